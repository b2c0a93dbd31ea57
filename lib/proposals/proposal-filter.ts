import type { ProposalRecord } from './proposal-doc-parts';

/** Which open proposals a bulk decision covers; an empty filter covers all of them. */
export interface ProposalFilter {
  paragraphId?: string;
  delegation?: string;
}

export function matchesProposalFilter(record: ProposalRecord, filter: ProposalFilter): boolean {
  return (
    record.status === 'open' &&
    (filter.paragraphId === undefined || record.paragraphId === filter.paragraphId) &&
    (filter.delegation === undefined || record.delegation === filter.delegation)
  );
}
