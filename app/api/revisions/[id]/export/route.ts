import { z } from 'zod';
import { requireRevisionAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { exportDocument, exportFormats } from '@/server/docx/export-document';
import { respondWithExport } from '@/server/docx/respond-with-export';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const querySchema = z.object({
  tracked: z.enum(['0', '1']).default('0'),
  against: z.string().trim().min(1).max(200).optional(),
  format: z.enum(exportFormats).default('docx'),
});

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireRevisionAccess(id, 'draft:export');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success)
      throw invalidInputError(
        query.error,
        'Use ?tracked=1 and optionally &against=<corpus id, number or revision:<id>>, and &format=docx or pdf.',
        { preferSchemaMessage: false },
      );
    const target = {
      kind: 'revision' as const,
      revisionId: id,
      tracked: query.data.tracked === '1',
      ...(query.data.against ? { against: query.data.against } : {}),
    };
    return respondWithExport(await exportDocument(getDb(), target, query.data.format, { user, action: 'draft:export' }));
  } catch (error) {
    return respondWithError(error);
  }
}
