import { type DocumentFurniture, exportProposalTableDocx } from '@/lib/docx';
import type { Db } from '@/server/db/client';
import { listProposals } from '@/server/proposals/list-proposals';

const kindLabels: Record<string, string> = {
  amend: 'Amendment',
  add: 'New paragraph',
  delete: 'Deletion',
  alternative: 'Alternative wording',
  move: 'Move',
};

/**
 * The compilation of proposals as a Word table, the way a secretariat circulates it; open proposals only unless `all`.
 * `furniture` is the draft's, for the table's masthead once the proposal table prints one.
 */
export async function exportCompilationDocx(
  db: Db,
  draft: { id: string; title: string },
  options: { all: boolean; furniture?: DocumentFurniture },
): Promise<{ buffer: Buffer; title: string }> {
  const [proposals, delegations] = await Promise.all([
    listProposals(db, draft.id),
    db.delegation.findMany({ select: { code: true, name: true } }),
  ]);
  const nameOf = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
  const rows = proposals
    .filter((proposal) => options.all || proposal.status === 'open')
    .map((proposal) => ({
      paragraph: proposal.paragraph ?? '(removed)',
      proposal: `${kindLabels[proposal.kind] ?? proposal.kind}${proposal.text ? `: ${proposal.text}` : ''}`,
      delegation: nameOf.get(proposal.delegation) ?? proposal.delegation,
      supporters: proposal.supporters.map((code) => nameOf.get(code) ?? code),
      objectors: proposal.objectors.map((code) => nameOf.get(code) ?? code),
      status: proposal.status,
    }));
  const buffer = await exportProposalTableDocx(rows, `${draft.title} — compilation of proposals`);
  return { buffer, title: `${draft.title} compilation` };
}
