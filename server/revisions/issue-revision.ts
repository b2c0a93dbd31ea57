import type { Db } from '@/server/db/client';
import type { CurrentUser } from '@/server/users/find-user';
import { notifyPeople } from '@/server/notifications/notify-people';
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
  const revision = await db.$transaction((tx) => insertRevision(tx, { draftId, name, user, record }));
  await notifyRevisionIssued(db, draftId, revision, user);
  return revision;
}

/** The revision is issued whatever happens here: telling people of it must not turn that into a failure. */
async function notifyRevisionIssued(db: Db, draftId: string, revision: { id: string; name: string }, user: CurrentUser): Promise<void> {
  try {
    const draft = await db.draft.findUnique({ where: { id: draftId }, select: { title: true, negotiationId: true } });
    if (!draft) return;
    await notifyPeople(db, {
      negotiationId: draft.negotiationId,
      draftId,
      kind: 'revision.issued',
      title: `${revision.name} of "${draft.title}" was issued`,
      message: {
        key: 'revisionIssued',
        values: { revision: revision.name, draft: draft.title, issuer: `${user.name} (${user.delegation.code})` },
      },
      body: `Issued by ${user.name} (${user.delegation.code}).`,
      link: `/drafts/${draftId}/revisions/${revision.id}`,
      actorUserId: user.id,
      audience: { negotiation: true },
      dedupeKey: `revision.issued:${revision.id}`,
    });
  } catch (error) {
    console.error(`Revision ${revision.id}: notifications could not be written: ${(error as Error).message}`);
  }
}
