import { readConfig } from '@/server/config/read-config';
import { getDb } from '@/server/db/client';
import { foldDraftLog } from '@/server/drafts/fold-draft-log';
import type { DraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import { AppError } from '@/server/errors/app-error';
import { mintRealtimeToken } from './mint-realtime-token';

/** The realtime server holds changes it could not write: anything read from the rows now would be stale. */
function notSaved(reason: string, code: string, params?: Record<string, string>): AppError {
  return new AppError(
    'unavailable',
    `${reason} The revision was not issued, so it cannot miss the latest changes; try again in a minute.`,
    code,
    params,
  );
}

/**
 * Asks the realtime server to save a draft now, so rows read next include the
 * last keystrokes. When no realtime server is listening, nothing can hold
 * unsaved changes, but a log one left behind is folded into the rows here. When it answers that the save
 * failed, or does not answer in time, throws an AppError "unavailable": a revision
 * must never be issued from stale rows.
 */
export async function flushRealtimeDraft(user: CurrentUser, access: DraftAccess): Promise<'saved' | 'no-server'> {
  const ticket = mintRealtimeToken(user, access);
  // Server to server on this machine, whatever address browsers use.
  const { realtimeHost, realtimePort } = readConfig();
  const host = realtimeHost === '0.0.0.0' ? '127.0.0.1' : realtimeHost;
  const url = `http://${host}:${realtimePort}/${ticket.room}?token=${encodeURIComponent(ticket.token)}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'ECONNREFUSED') {
      await foldDraftLog(getDb(), access.draft.id);
      return 'no-server';
    }
    throw notSaved('The realtime server did not confirm that the draft is saved.', 'save-not-confirmed');
  }
  if (response.status === 204) return 'saved';
  const reason = (await response.text().catch(() => '')).trim();
  throw reason
    ? notSaved(`The draft could not be saved just now (${reason}).`, 'draft-not-saved-because', { detail: reason })
    : notSaved('The draft could not be saved just now.', 'draft-not-saved');
}
