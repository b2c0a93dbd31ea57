import type { Db } from '@/server/db/client';
import type { CurrentUser } from '@/server/users/find-user';
import { mintRealtimeToken } from './mint-realtime-token';

/**
 * Asks the realtime server to save a draft now. The server saves within a
 * second anyway, so when it cannot be reached the caller goes on with what the
 * database holds rather than failing.
 */
export async function flushRealtimeDraft(db: Db, user: CurrentUser, draftId: string): Promise<boolean> {
  const ticket = await mintRealtimeToken(db, user, draftId);
  // Server to server on this machine, whatever address browsers use.
  const host = process.env.REALTIME_HOST && process.env.REALTIME_HOST !== '0.0.0.0' ? process.env.REALTIME_HOST : '127.0.0.1';
  const url = `http://${host}:${process.env.REALTIME_PORT ?? '3001'}/${ticket.room}?token=${encodeURIComponent(ticket.token)}`;
  try {
    const response = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(3_000) });
    return response.status === 204;
  } catch {
    return false;
  }
}
