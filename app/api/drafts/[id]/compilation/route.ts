import { exportProposalTableDocx } from '@/lib/docx';
import { requireDraftAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { respondWithDocx } from '@/server/docx/docx-response';
import { listProposals } from '@/server/proposals/list-proposals';

const kindLabels: Record<string, string> = {
  amend: 'Amendment',
  add: 'New paragraph',
  delete: 'Deletion',
  alternative: 'Alternative wording',
  move: 'Move',
};

/** The compilation of proposals as a Word table, the way a secretariat circulates it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { access } = await requireDraftAccess(id, 'draft:export');
    const { draft } = access;
    const db = getDb();
    const openOnly = new URL(request.url).searchParams.get('status') !== 'all';
    const [proposals, delegations] = await Promise.all([
      listProposals(db, id),
      db.delegation.findMany({ select: { code: true, name: true } }),
    ]);
    const nameOf = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
    const rows = proposals
      .filter((proposal) => !openOnly || proposal.status === 'open')
      .map((proposal) => ({
        paragraph: proposal.paragraph ?? '(removed)',
        proposal: `${kindLabels[proposal.kind] ?? proposal.kind}${proposal.text ? `: ${proposal.text}` : ''}`,
        delegation: nameOf.get(proposal.delegation) ?? proposal.delegation,
        supporters: proposal.supporters.map((code) => nameOf.get(code) ?? code),
        objectors: proposal.objectors.map((code) => nameOf.get(code) ?? code),
        status: proposal.status,
      }));
    return respondWithDocx(await exportProposalTableDocx(rows, `${draft.title} — compilation of proposals`), `${draft.title} compilation`);
  } catch (error) {
    return respondWithError(error);
  }
}
