import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { exportDocument, exportFormats } from '@/server/docx/export-document';
import { respondWithExport } from '@/server/docx/respond-with-export';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const querySchema = z.object({
  a: z.string().trim().min(1).max(200),
  b: z.string().trim().min(1).max(200),
  format: z.enum(exportFormats).default('docx'),
});

export async function GET(request: Request) {
  try {
    const user = await requireSignedIn();
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success)
      throw invalidInputError(query.error, 'Name the two texts: ?a=<old>&b=<new> (and &format=docx or pdf).', {
        preferSchemaMessage: false,
      });
    const target = { kind: 'comparison' as const, a: query.data.a, b: query.data.b };
    return respondWithExport(await exportDocument(getDb(), target, query.data.format, { user, action: 'draft:export' }));
  } catch (error) {
    return respondWithError(error);
  }
}
