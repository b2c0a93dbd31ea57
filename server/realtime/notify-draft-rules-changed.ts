import { deadlinesChangedPath, realtimeSignalHeader, signRealtimeSignal } from '@/lib/auth/realtime-token';
import { readConfig } from '@/server/config/read-config';
import { readSecret } from '@/server/secret';

const signalTimeoutMs = 2_000;

/**
 * Tells the realtime server what its rules read about a draft changed (a deadline set, reopened or cleared; a
 * silence procedure started, broken or cancelled) so it re-reads them at once. Never throws: a server that is down
 * enforces nothing, and one that does not answer re-reads within a second anyway.
 */
export async function notifyDraftRulesChanged(draftId: string): Promise<void> {
  try {
    const body = JSON.stringify({ draftId });
    const { realtimeHost, realtimePort } = readConfig();
    const host = realtimeHost === '0.0.0.0' ? '127.0.0.1' : realtimeHost;
    await fetch(`http://${host}:${realtimePort}${deadlinesChangedPath}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [realtimeSignalHeader]: signRealtimeSignal(body, readSecret()) },
      body,
      signal: AbortSignal.timeout(signalTimeoutMs),
    });
  } catch {
    // See above: the one-second re-read is the fallback.
  }
}
