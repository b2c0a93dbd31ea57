import * as Y from 'yjs';
import type { PrismaClient } from '@/generated/prisma/client';
import { readStoredDraft } from './read-stored-draft';

/**
 * A draft's shared document as the realtime server last made it durable: the snapshot with the
 * log accepted since applied, so readers outside the room never miss what was typed since the last save.
 */
export async function readDraftDoc(db: PrismaClient, draftId: string): Promise<Y.Doc | null> {
  const stored = await readStoredDraft(db, draftId);
  if (!stored) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.state);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}
