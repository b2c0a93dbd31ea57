import { exportDraftDocx } from '@/lib/docx';
import { buildFurnitureExportOptions } from '@/lib/furniture/print-furniture';
import type { Db } from '@/server/db/client';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { buildDraftDocumentFurniture } from '@/server/furniture/build-draft-document-furniture';

/** The live draft as a clean Word file, from the rows the realtime server keeps current, with its furniture. */
export async function exportLiveDraftDocx(db: Db, draftId: string): Promise<{ buffer: Buffer; title: string }> {
  const [snapshot, furniture] = await Promise.all([loadDraftSnapshot(db, draftId), buildDraftDocumentFurniture(db, { draftId })]);
  return { buffer: await exportDraftDocx(snapshot, buildFurnitureExportOptions(furniture)), title: snapshot.title };
}
