import { z } from 'zod';
import { exportDraftDocx } from '@/lib/docx';
import { requireRevisionAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { UnknownTextError } from '@/server/compare/resolve-comparable-text';
import { getDb } from '@/server/db/client';
import { exportComparisonDocx } from '@/server/docx/export-comparison-docx';
import { respondWithDocx } from '@/server/docx/docx-response';
import { findRevision } from '@/server/revisions/find-revision';
import { findRevisionBase } from '@/server/revisions/find-revision-base';

const querySchema = z.object({ tracked: z.enum(['0', '1']).default('0'), against: z.string().trim().min(1).max(200).optional() });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireRevisionAccess(id, 'draft:export');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError('invalid-input', 'Use ?tracked=1 and optionally &against=<corpus id, number or revision:<id>>.');
    const db = getDb();
    const revision = await findRevision(db, id);
    if (!revision) throw new AppError('not-found', `There is no revision "${id}".`);
    if (query.data.tracked === '0') {
      const { snapshot } = revision;
      const buffer = await exportDraftDocx({
        title: snapshot.title,
        body: snapshot.body,
        chapeau: snapshot.chapeau,
        paragraphs: snapshot.paragraphs.map((paragraph) => ({
          id: paragraph.id,
          kind: paragraph.kind,
          status: paragraph.status,
          frozen: false,
          depth: paragraph.depth,
          text: paragraph.text,
          ...(paragraph.lead ? { lead: paragraph.lead } : {}),
          content: {
            type: 'doc',
            content: [{ type: 'paragraph', content: paragraph.text ? [{ type: 'text', text: paragraph.text }] : [] }],
          },
          number: paragraph.number,
        })),
      });
      return respondWithDocx(buffer, `${snapshot.title} ${revision.name}`);
    }
    const against = query.data.against ?? (await findRevisionBase(db, revision));
    if (!against)
      throw new AppError(
        'invalid-input',
        'This revision has no base text to track changes against; pass &against=<corpus id or revision:<id>>.',
      );
    const { buffer } = await exportComparisonDocx(db, against, `revision:${revision.id}`, { date: revision.issuedAt }).catch(
      (error: unknown) => {
        throw error instanceof UnknownTextError ? new AppError('not-found', error.message) : error;
      },
    );
    return respondWithDocx(buffer, `${revision.snapshot.title} ${revision.name} (tracked changes)`);
  } catch (error) {
    return respondWithError(error);
  }
}
