import { z } from 'zod';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { UnknownTextError } from '@/server/compare/resolve-comparable-text';
import { getDb } from '@/server/db/client';
import { exportComparisonDocx } from '@/server/docx/export-comparison-docx';
import { respondWithDocx } from '@/server/docx/docx-response';

const querySchema = z.object({ a: z.string().trim().min(1).max(200), b: z.string().trim().min(1).max(200) });

export async function GET(request: Request) {
  try {
    await requirePermission('corpus:read');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new HttpError(400, 'Name the two texts: ?a=<old>&b=<new>.');
    const { buffer, title } = await exportComparisonDocx(getDb(), query.data.a, query.data.b).catch((error: unknown) => {
      throw error instanceof UnknownTextError ? new HttpError(404, error.message) : error;
    });
    return respondWithDocx(buffer, `Redline ${title}`);
  } catch (error) {
    return respondWithError(error);
  }
}
