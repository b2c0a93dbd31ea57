import { type DelegationFates, type ProgressProposal, proposalFates, type ProposalFate } from './types';

function isFate(status: string): status is ProposalFate {
  return (proposalFates as readonly string[]).includes(status);
}

/** Each delegation's proposals by what became of them, delegations with most proposals first, then by name. */
export function tallyDelegationFates(
  proposals: readonly Pick<ProgressProposal, 'delegation' | 'status'>[],
  delegationName: (code: string) => string,
): DelegationFates[] {
  const byCode = new Map<string, DelegationFates>();
  for (const proposal of proposals) {
    if (!isFate(proposal.status)) continue;
    const row = byCode.get(proposal.delegation) ?? {
      code: proposal.delegation,
      name: delegationName(proposal.delegation),
      open: 0,
      accepted: 0,
      rejected: 0,
      withdrawn: 0,
      total: 0,
    };
    row[proposal.status] += 1;
    row.total += 1;
    byCode.set(proposal.delegation, row);
  }
  return [...byCode.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
