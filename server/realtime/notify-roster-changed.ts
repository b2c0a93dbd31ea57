import { realtimeSignalHeader, rosterChangedPath, signRealtimeSignal } from '@/lib/auth/realtime-token';
import { readConfig } from '@/server/config/read-config';
import { readSecret } from '@/server/secret';

/** The web app waits this long at most: the next save of each room checks the roster again anyway. */
const signalTimeoutMs = 3_000;

/**
 * Tells the realtime server that a negotiation's roster (or a person's standing) changed, so it re-checks the
 * open connections of that negotiation (or of that person) now instead of at the next save. Resolves once the
 * realtime server has closed the connections that lost access. Never throws: a realtime server that is down
 * has no connections to revoke, and one that does not answer checks again when its rooms save.
 */
export async function notifyRosterChanged(change: { negotiationId?: string; userId?: string }): Promise<void> {
  if (change.negotiationId === undefined && change.userId === undefined) return;
  try {
    const body = JSON.stringify(change);
    // Server to server on this machine, whatever address browsers use.
    const { realtimeHost, realtimePort } = readConfig();
    const host = realtimeHost === '0.0.0.0' ? '127.0.0.1' : realtimeHost;
    const response = await fetch(`http://${host}:${realtimePort}${rosterChangedPath}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [realtimeSignalHeader]: signRealtimeSignal(body, readSecret()) },
      body,
      signal: AbortSignal.timeout(signalTimeoutMs),
    });
    if (!response.ok) console.warn(`[realtime] roster signal answered ${response.status}; open drafts re-check at their next save.`);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'ECONNREFUSED') return;
    console.warn(`[realtime] roster signal not delivered (${(error as Error).message}); open drafts re-check at their next save.`);
  }
}
