import { exportDraftDocx } from '@/lib/docx';
import { buildFurnitureExportOptions } from '@/lib/furniture/print-furniture';
import type { Db } from '@/server/db/client';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { buildDraftDocumentFurniture } from '@/server/furniture/build-draft-document-furniture';
import { listExportComments } from './list-export-comments';

/**
 * The live draft as a clean Word file, from the rows the realtime server keeps current, with its furniture and
 * its shared comment threads and silence outcomes as Word comments.
 */
export async function exportLiveDraftDocx(db: Db, draftId: string): Promise<{ buffer: Buffer; title: string }> {
  const [snapshot, furniture] = await Promise.all([loadDraftSnapshot(db, draftId), buildDraftDocumentFurniture(db, { draftId })]);
  const comments = await listExportComments(db, draftId, new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph.text])));
  return {
    buffer: await exportDraftDocx(snapshot, { ...buildFurnitureExportOptions(furniture), ...(comments.length > 0 ? { comments } : {}) }),
    title: snapshot.title,
  };
}
