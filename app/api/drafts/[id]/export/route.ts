import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { exportDocument, exportFormats } from '@/server/docx/export-document';
import { respondWithExport } from '@/server/docx/respond-with-export';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const querySchema = z.object({ format: z.enum(exportFormats).default('docx') });

/** GET [?format=pdf]: the live draft as a Word file, or as LibreOffice prints it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:export');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidInputError(query.error, 'Use ?format=docx or ?format=pdf.', { preferSchemaMessage: false });
    return respondWithExport(
      await exportDocument(getDb(), { kind: 'draft', draftId: id }, query.data.format, { user, action: 'draft:export' }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
