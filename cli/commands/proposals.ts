import { createPrismaClient } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { listProposals, type ProposalListing } from '@/server/proposals/list-proposals';
import { printResult, UsageError } from '../output';

function formatProposal(proposal: ProposalListing): string {
  const positions = [
    proposal.supporters.length > 0 ? `+${proposal.supporters.join(',')}` : '',
    proposal.objectors.length > 0 ? `-${proposal.objectors.join(',')}` : '',
  ].filter(Boolean);
  return [
    (proposal.paragraph ?? '—').padEnd(8),
    proposal.kind.padEnd(11),
    proposal.delegation.padEnd(6),
    proposal.status.padEnd(9),
    positions.join(' ').padEnd(16),
    proposal.text,
  ].join(' ');
}

/** `proposals <draft-id> [--json]`: every proposal in the draft, as the realtime server last saved them. */
export async function runProposals(args: string[], json: boolean): Promise<void> {
  const [draftId, ...extra] = args.filter((word) => !word.startsWith('--'));
  if (!draftId || extra.length > 0) throw new UsageError('Usage: proposals <draft-id> [--json]');
  const db = createPrismaClient();
  try {
    const proposals = await listProposals(db, draftId).catch((error: unknown) => {
      throw isAppError(error, 'not-found') ? new UsageError(error.message) : error;
    });
    const output = proposals.map(({ id, paragraph, kind, delegation, author, createdAt, status, supporters, objectors, text }) => ({
      id,
      paragraph,
      kind,
      delegation,
      author,
      createdAt,
      status,
      supporters,
      objectors,
      text,
    }));
    printResult(output, json, () => (proposals.length === 0 ? 'No proposals.' : proposals.map(formatProposal).join('\n')));
  } finally {
    await db.$disconnect();
  }
}
