import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithDocx } from '@/server/docx/docx-response';
import { exportCompilationDocx } from '@/server/docx/export-compilation-docx';
import { buildDraftDocumentFurniture } from '@/server/furniture/build-draft-document-furniture';
import { respondWithError } from '@/server/http/respond-with-error';

/** GET [?status=all]: the compilation of open (or all) proposals as a Word table. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { access } = await requireDraftAccess(id, 'draft:export');
    const all = new URL(request.url).searchParams.get('status') === 'all';
    const furniture = await buildDraftDocumentFurniture(getDb(), { draftId: id });
    const { buffer, title } = await exportCompilationDocx(getDb(), access.draft, { all, furniture });
    return respondWithDocx(buffer, title);
  } catch (error) {
    return respondWithError(error);
  }
}
