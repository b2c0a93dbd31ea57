import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithDocx } from '@/server/docx/docx-response';
import { exportComparisonDocx } from '@/server/docx/export-comparison-docx';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';

const querySchema = z.object({ a: z.string().trim().min(1).max(200), b: z.string().trim().min(1).max(200) });

export async function GET(request: Request) {
  try {
    const user = await requireSignedIn();
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError('invalid-input', 'Name the two texts: ?a=<old>&b=<new>.');
    const { buffer, title } = await exportComparisonDocx(getDb(), query.data.a, query.data.b, { user, action: 'draft:export' });
    return respondWithDocx(buffer, `Redline ${title}`);
  } catch (error) {
    return respondWithError(error);
  }
}
