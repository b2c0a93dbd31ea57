import * as Y from 'yjs';
import type { PrismaClient } from '@/generated/prisma/client';
import type { StoredDraft } from '@/lib/persistence/draft-persistence';

/** A draft's snapshot, the log accepted since it and the client-id bindings; null when there is no such draft. */
export async function readStoredDraft(db: PrismaClient, draftId: string): Promise<StoredDraft | null> {
  const [draft, updates, bindings] = await Promise.all([
    db.draft.findUnique({ where: { id: draftId }, select: { ydocState: true } }),
    db.draftUpdate.findMany({ where: { draftId }, orderBy: { seq: 'asc' }, select: { seq: true, update: true } }),
    db.draftClientBinding.findMany({ where: { draftId }, select: { clientId: true, userId: true } }),
  ]);
  if (!draft) return null;
  return {
    // A draft row without Yjs state (made by hand or by an older build) starts from an empty document.
    state: draft.ydocState && draft.ydocState.length > 0 ? new Uint8Array(draft.ydocState) : Y.encodeStateAsUpdate(new Y.Doc()),
    updates: updates.map((row) => new Uint8Array(row.update)),
    lastSeq: Number(updates.at(-1)?.seq ?? 0n),
    bindings: bindings.map((row) => [Number(row.clientId), row.userId]),
  };
}
