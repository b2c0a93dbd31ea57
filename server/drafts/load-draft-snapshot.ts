import type { Prisma } from '@/generated/prisma/client';
import {
  deriveNumbering,
  paragraphKinds,
  paragraphStatuses,
  type DraftSnapshot,
  type ParagraphKind,
  type ParagraphStatus,
  type SnapshotParagraph,
} from '@/lib/draft';
import { readFragmentLeadFromJson } from './read-lead-from-json';

import { AppError } from '@/server/errors/app-error';

/**
 * The draft as plain data, from the paragraph rows the realtime server keeps
 * up to date; no Yjs decoding. Subparagraph depth is not stored in the rows,
 * so every subparagraph is numbered one level deep ((a), (b) …) here.
 */
export async function loadDraftSnapshot(db: Prisma.TransactionClient, draftId: string): Promise<DraftSnapshot> {
  const draft = await db.draft.findUnique({
    where: { id: draftId },
    include: { paragraphs: { orderBy: { position: 'asc' } } },
  });
  if (!draft) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  const paragraphs: Omit<SnapshotParagraph, 'number'>[] = draft.paragraphs.map((row) => {
    const kind = (paragraphKinds as readonly string[]).includes(row.kind) ? (row.kind as ParagraphKind) : 'operative';
    const content = JSON.parse(row.content) as SnapshotParagraph['content'];
    const lead = readFragmentLeadFromJson(content);
    return {
      id: row.id,
      kind,
      status: (paragraphStatuses as readonly string[]).includes(row.status) ? (row.status as ParagraphStatus) : 'open',
      frozen: row.frozen,
      depth: kind === 'subparagraph' ? 1 : 0,
      text: row.text,
      ...(lead ? { lead } : {}),
      content,
    };
  });
  const numbers = deriveNumbering(paragraphs);
  return {
    title: draft.title,
    body: draft.body,
    chapeau: draft.chapeau,
    ...(draft.baseDocumentId ? { baseDocumentId: draft.baseDocumentId } : {}),
    ...(draft.baseDraftId ? { baseDraftId: draft.baseDraftId } : {}),
    paragraphs: paragraphs.map((paragraph, index) => ({ ...paragraph, number: numbers[index]! })),
  };
}
