import type { Db } from '@/server/db/client';
import type { CurrentUser } from '@/server/users/find-user';
import { insertRevision } from './insert-revision';
import { readRevisionRecord } from './read-revision-record';

/**
 * Freezes the draft as it stands in the database under a name such as "Rev.1".
 * The revision and its audit row commit together or not at all.
 */
export async function issueRevision(db: Db, draftId: string, name: string, user: CurrentUser): Promise<{ id: string; name: string }> {
  const record = await readRevisionRecord(db, draftId);
  // Reads stay outside: a SQLite transaction that reads before it writes fails at once (SQLITE_BUSY) instead of
  // waiting while another process, such as the realtime server, is writing.
  return db.$transaction((tx) => insertRevision(tx, { draftId, name, user, record }));
}
