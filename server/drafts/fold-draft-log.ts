import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/server/errors/app-error';
import { createPrismaDraftPersistence } from './prisma-draft-persistence';

/**
 * With no realtime process running, a draft's log may still hold what a crashed one accepted after
 * its last save. This folds it into the snapshot and the rows (under a lease, like a realtime process),
 * so what is read from the rows next is current. Nothing to fold: nothing is written.
 */
export async function foldDraftLog(db: PrismaClient, draftId: string): Promise<void> {
  if ((await db.draftUpdate.count({ where: { draftId } })) === 0) return;
  const persistence = createPrismaDraftPersistence(db);
  const claim = await persistence.claim(draftId, { nodeId: `web-${process.pid}-${randomBytes(3).toString('hex')}`, nodeUrl: '' }, 30_000);
  if (!claim) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  if (!claim.granted) {
    throw new AppError(
      'unavailable',
      'The realtime server that held this draft has stopped; its hold runs out in a few seconds. Try again then.',
      'realtime-hold-running',
    );
  }
  try {
    const stored = await persistence.load(draftId);
    if (!stored) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    await persistence.save(draftId, doc, { epoch: claim.epoch, throughSeq: stored.lastSeq });
    doc.destroy();
  } finally {
    await persistence.release(draftId, claim.epoch);
  }
}
