import { exportDraftDocx } from '@/lib/docx';
import type { Db } from '@/server/db/client';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';

/** The live draft as a clean Word file, from the rows the realtime server keeps current. */
export async function exportLiveDraftDocx(db: Db, draftId: string): Promise<{ buffer: Buffer; title: string }> {
  const snapshot = await loadDraftSnapshot(db, draftId);
  return { buffer: await exportDraftDocx(snapshot), title: snapshot.title };
}
