import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { UnknownTextError } from '@/server/compare/resolve-comparable-text';
import { getDb } from '@/server/db/client';
import { exportComparisonDocx } from '@/server/docx/export-comparison-docx';
import { respondWithDocx } from '@/server/docx/docx-response';

const querySchema = z.object({ a: z.string().trim().min(1).max(200), b: z.string().trim().min(1).max(200) });

export async function GET(request: Request) {
  try {
    await requireSignedIn();
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError('invalid-input', 'Name the two texts: ?a=<old>&b=<new>.');
    const { buffer, title } = await exportComparisonDocx(getDb(), query.data.a, query.data.b).catch((error: unknown) => {
      throw error instanceof UnknownTextError ? new AppError('not-found', error.message) : error;
    });
    return respondWithDocx(buffer, `Redline ${title}`);
  } catch (error) {
    return respondWithError(error);
  }
}
