import { paragraphStatusLabels } from '@/lib/draft/paragraph-status-labels';
import { type CompilationParagraphRows, type DocumentFurniture, exportProposalTableDocx } from '@/lib/docx';
import { compilationStatusLabels, readCompilation, type CompilationGroup } from '@/lib/proposals';
import type { Db } from '@/server/db/client';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import { AppError } from '@/server/errors/app-error';

function shapeRows(groups: CompilationGroup[], nameOf: (code: string) => string): CompilationParagraphRows[] {
  return groups.map((group) => ({
    ref: group.ref,
    ...(group.paragraph
      ? {
          currentText: group.paragraph.text,
          ...(group.paragraph.lead ? { lead: group.paragraph.lead } : {}),
          status: paragraphStatusLabels[group.paragraph.status],
        }
      : {}),
    proposals: group.entries.map((entry) => ({
      ref: entry.ref,
      action: entry.action,
      change: entry.change,
      ...(entry.lead ? { lead: entry.lead } : {}),
      ...(entry.baseLead ? { baseLead: entry.baseLead } : {}),
      delegation: nameOf(entry.proposal.delegation),
      supporters: entry.proposal.supporters.map(nameOf),
      objectors: entry.proposal.objectors.map(nameOf),
      status: compilationStatusLabels[entry.status],
      versions: entry.versions,
      explanation: entry.proposal.explanation,
    })),
  }));
}

/**
 * The compilation of proposals as a Word table, the way a secretariat circulates it, read from the draft's
 * shared document as the realtime server last made it durable (the same reading as the compilation page);
 * open proposals only unless `all`; `furniture` is the draft's, printed above the table.
 */
export async function exportCompilationDocx(
  db: Db,
  draft: { id: string; title: string },
  options: { all: boolean; furniture?: DocumentFurniture },
): Promise<{ buffer: Buffer; title: string }> {
  const [doc, delegations] = await Promise.all([
    readDraftDoc(db, draft.id),
    db.delegation.findMany({ select: { code: true, name: true } }),
  ]);
  if (!doc) throw new AppError('not-found', `There is no draft "${draft.id}".`, 'no-draft', { id: draft.id });
  try {
    const names = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
    const signed = new Map<string, string>();
    const groups = readCompilation(doc, options);
    for (const entry of groups.flatMap((group) => group.entries)) signed.set(entry.proposal.delegation, entry.proposal.delegationName);
    const nameOf = (code: string) => names.get(code) ?? signed.get(code) ?? code;
    const buffer = await exportProposalTableDocx(
      { paragraphs: shapeRows(groups, nameOf) },
      `${draft.title} — compilation of proposals`,
      options.furniture ? { furniture: options.furniture } : {},
    );
    return { buffer, title: `${draft.title} compilation` };
  } finally {
    doc.destroy();
  }
}
