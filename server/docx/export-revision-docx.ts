import { exportDraftDocx } from '@/lib/docx';
import { buildFurnitureExportOptions } from '@/lib/furniture/print-furniture';
import type { TextReader } from '@/server/compare/resolve-comparable-text';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { buildDraftDocumentFurniture } from '@/server/furniture/build-draft-document-furniture';
import { findRevision } from '@/server/revisions/find-revision';
import { findRevisionBase } from '@/server/revisions/find-revision-base';
import { exportComparisonDocx } from './export-comparison-docx';
import { listExportComments } from './list-export-comments';

/**
 * A revision as a clean Word file, or with tracked changes against `against` (by default the revision before
 * it, else the corpus text the draft started from). The reader's access to `against` is checked like any comparison.
 */
export async function exportRevisionDocx(
  db: Db,
  revisionId: string,
  options: { tracked: boolean; against?: string; reader: TextReader },
): Promise<{ buffer: Buffer; title: string }> {
  const revision = await findRevision(db, revisionId);
  if (!revision) throw new AppError('not-found', `There is no revision "${revisionId}".`, 'no-revision', { id: revisionId });
  const { snapshot } = revision;
  const furniture = buildFurnitureExportOptions(
    await buildDraftDocumentFurniture(db, {
      revision: { name: revision.name, issuedAt: revision.issuedAt, furniture: snapshot.furniture },
    }),
  );
  if (!options.tracked) {
    const comments = await listExportComments(
      db,
      revision.draftId,
      new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph.text])),
    );
    const buffer = await exportDraftDocx(
      {
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
          // Snapshots issued before content was kept print their text, with the lead italicised.
          content: paragraph.content ?? {
            type: 'doc',
            content: [{ type: 'paragraph', content: paragraph.text ? [{ type: 'text', text: paragraph.text }] : [] }],
          },
          number: paragraph.number,
        })),
      },
      { ...furniture, ...(comments.length > 0 ? { comments } : {}) },
    );
    return { buffer, title: `${snapshot.title} ${revision.name}` };
  }
  const against = options.against ?? (await findRevisionBase(db, revision));
  if (!against)
    throw new AppError(
      'invalid-input',
      'This revision has no base text to track changes against; pass &against=<corpus id or revision:<id>>.',
      'revision-no-base-text',
      { parameter: '&against=<corpus id or revision:<id>>' },
    );
  const { buffer } = await exportComparisonDocx(db, against, `revision:${revision.id}`, options.reader, {
    date: revision.issuedAt,
    furniture,
    comments: true,
  });
  return { buffer, title: `${snapshot.title} ${revision.name} (tracked changes)` };
}
