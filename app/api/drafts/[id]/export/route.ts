import { exportDraftDocx } from '@/lib/docx';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { DraftNotFoundError, loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { respondWithDocx } from '@/server/docx/docx-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission('draft:read');
    const { id } = await params;
    const snapshot = await loadDraftSnapshot(getDb(), id).catch((error: unknown) => {
      throw error instanceof DraftNotFoundError ? new HttpError(404, error.message) : error;
    });
    return respondWithDocx(await exportDraftDocx(snapshot), snapshot.title);
  } catch (error) {
    return respondWithError(error);
  }
}
