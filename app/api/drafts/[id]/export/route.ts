import { exportDraftDocx } from '@/lib/docx';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithDocx } from '@/server/docx/docx-response';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { respondWithError } from '@/server/http/respond-with-error';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:export');
    const snapshot = await loadDraftSnapshot(getDb(), id);
    return respondWithDocx(await exportDraftDocx(snapshot), snapshot.title);
  } catch (error) {
    return respondWithError(error);
  }
}
