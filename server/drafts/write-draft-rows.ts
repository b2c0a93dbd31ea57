import type { Prisma } from '@/generated/prisma/client';
import type { DraftSnapshot } from '@/lib/draft';
import { removeNulCharacters } from '@/lib/text/remove-nul-characters';

/**
 * Replaces a draft's plain projection (paragraph rows, title, chapeau) and its
 * Yjs state. Runs inside the caller's transaction so both always match.
 */
export async function writeDraftRows(
  tx: Prisma.TransactionClient,
  draftId: string,
  snapshot: DraftSnapshot,
  ydocState: Uint8Array,
): Promise<void> {
  await tx.draft.update({
    where: { id: draftId },
    data: {
      title: removeNulCharacters(snapshot.title),
      chapeau: removeNulCharacters(snapshot.chapeau),
      ydocState: Uint8Array.from(ydocState),
    },
  });
  await tx.draftParagraph.deleteMany({ where: { draftId } });
  if (snapshot.paragraphs.length === 0) return;
  await tx.draftParagraph.createMany({
    data: snapshot.paragraphs.map((paragraph, position) => ({
      id: paragraph.id,
      draftId,
      position,
      kind: paragraph.kind,
      status: paragraph.status,
      frozen: paragraph.frozen,
      text: removeNulCharacters(paragraph.text),
      content: JSON.stringify(paragraph.content),
    })),
  });
}
