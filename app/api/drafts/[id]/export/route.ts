import { exportDraftDocx } from '@/lib/docx';
import { buildFurnitureExportOptions } from '@/lib/furniture/print-furniture';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithDocx } from '@/server/docx/docx-response';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { buildDraftDocumentFurniture } from '@/server/furniture/build-draft-document-furniture';
import { respondWithError } from '@/server/http/respond-with-error';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:export');
    const [snapshot, furniture] = await Promise.all([
      loadDraftSnapshot(getDb(), id),
      buildDraftDocumentFurniture(getDb(), { draftId: id }),
    ]);
    return respondWithDocx(await exportDraftDocx(snapshot, buildFurnitureExportOptions(furniture)), snapshot.title);
  } catch (error) {
    return respondWithError(error);
  }
}
