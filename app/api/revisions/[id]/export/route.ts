import { z } from 'zod';
import { requireRevisionAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithDocx } from '@/server/docx/docx-response';
import { exportRevisionDocx } from '@/server/docx/export-revision-docx';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';

const querySchema = z.object({ tracked: z.enum(['0', '1']).default('0'), against: z.string().trim().min(1).max(200).optional() });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireRevisionAccess(id, 'draft:export');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError('invalid-input', 'Use ?tracked=1 and optionally &against=<corpus id, number or revision:<id>>.');
    const { buffer, title } = await exportRevisionDocx(getDb(), id, {
      tracked: query.data.tracked === '1',
      ...(query.data.against ? { against: query.data.against } : {}),
      reader: { user, action: 'draft:export' },
    });
    return respondWithDocx(buffer, title);
  } catch (error) {
    return respondWithError(error);
  }
}
