import { z } from 'zod';
import { exportDraftDocx } from '@/lib/docx';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { UnknownTextError } from '@/server/compare/resolve-comparable-text';
import { getDb } from '@/server/db/client';
import { exportComparisonDocx } from '@/server/docx/export-comparison-docx';
import { respondWithDocx } from '@/server/docx/docx-response';
import { findRevision } from '@/server/revisions/find-revision';
import { findRevisionBase } from '@/server/revisions/find-revision-base';

const querySchema = z.object({ tracked: z.enum(['0', '1']).default('0'), against: z.string().trim().min(1).max(200).optional() });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission('draft:read');
    const { id } = await params;
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new HttpError(400, 'Use ?tracked=1 and optionally &against=<corpus id, number or revision:<id>>.');
    const db = getDb();
    const revision = await findRevision(db, id);
    if (!revision) throw new HttpError(404, `There is no revision "${id}".`);
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
      throw new HttpError(422, 'This revision has no base text to track changes against; pass &against=<corpus id or revision:<id>>.');
    const { buffer } = await exportComparisonDocx(db, against, `revision:${revision.id}`, { date: revision.issuedAt }).catch(
      (error: unknown) => {
        throw error instanceof UnknownTextError ? new HttpError(404, error.message) : error;
      },
    );
    return respondWithDocx(buffer, `${revision.snapshot.title} ${revision.name} (tracked changes)`);
  } catch (error) {
    return respondWithError(error);
  }
}
