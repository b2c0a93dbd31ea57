import { exportDraftDocx } from '@/lib/docx';
import { requireDraftAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { DraftNotFoundError, loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { respondWithDocx } from '@/server/docx/docx-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:export');
    const snapshot = await loadDraftSnapshot(getDb(), id).catch((error: unknown) => {
      throw error instanceof DraftNotFoundError ? new AppError('not-found', error.message) : error;
    });
    return respondWithDocx(await exportDraftDocx(snapshot), snapshot.title);
  } catch (error) {
    return respondWithError(error);
  }
}
