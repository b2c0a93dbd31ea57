import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { exportDocument, exportFormats } from '@/server/docx/export-document';
import { respondWithExport } from '@/server/docx/respond-with-export';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const querySchema = z.object({ status: z.enum(['open', 'all']).default('open'), format: z.enum(exportFormats).default('docx') });

/** GET [?status=all][&format=pdf]: the compilation of open (or all) proposals as a Word table, or as LibreOffice prints it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user, access } = await requireDraftAccess(id, 'draft:export');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success)
      throw invalidInputError(query.error, 'Use ?status=all for every proposal, and &format=docx or pdf.', { preferSchemaMessage: false });
    const target = { kind: 'compilation' as const, draft: access.draft, all: query.data.status === 'all' };
    return respondWithExport(await exportDocument(getDb(), target, query.data.format, { user, action: 'draft:export' }));
  } catch (error) {
    return respondWithError(error);
  }
}
