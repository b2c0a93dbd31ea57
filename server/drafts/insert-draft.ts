import type { Prisma } from '@/generated/prisma/client';
import type { DraftState } from './build-draft-state';
import { writeDraftRows } from './write-draft-rows';

/** Writes a built draft inside the caller's transaction, so the draft row never exists without its text. */
export async function insertDraft(
  tx: Prisma.TransactionClient,
  state: DraftState,
  createdById: string,
  negotiationId: string,
): Promise<{ id: string }> {
  const draft = await tx.draft.create({
    data: {
      title: state.snapshot.title,
      body: state.snapshot.body,
      chapeau: state.snapshot.chapeau,
      baseDocumentId: state.baseDocumentId,
      baseDraftId: state.baseDraftId,
      createdById,
      negotiationId,
    },
    select: { id: true },
  });
  await writeDraftRows(tx, draft.id, state.snapshot, state.ydocState);
  return draft;
}
