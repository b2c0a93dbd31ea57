import { nameInSentence } from '@/lib/proposals/describe-proposal-sentence';
import type { ProposalView } from './proposal-model';

export const statusWords: Record<ProposalView['status'], string> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** "Colombia", "Colombia and Mexico", "Colombia, Mexico and Japan". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Delegations are stored by code; the room shows their names wherever it knows them. */
export function nameDelegations(codes: readonly string[], names: ReadonlyMap<string, string>): string[] {
  return codes.map((code) => names.get(code) ?? code);
}

/** "Proposed by Colombia · supported by EU, Mexico · opposed by United States" */
export function describeStanding(proposal: ProposalView, names: ReadonlyMap<string, string>): string {
  const parts = [`Proposed by ${proposal.delegationName}`];
  if (proposal.supporters.length > 0) parts.push(`supported by ${nameDelegations(proposal.supporters, names).join(', ')}`);
  if (proposal.objectors.length > 0) parts.push(`opposed by ${nameDelegations(proposal.objectors, names).join(', ')}`);
  return parts.join(' · ');
}

const decisionWords: Record<Exclude<ProposalView['status'], 'open'>, string> = {
  accepted: 'Accepted by the facilitator',
  rejected: 'Rejected by the facilitator',
  withdrawn: 'Withdrawn',
};

/** "Supported by Mexico and Japan. Objected to by Colombia. Accepted by the facilitator." for a card's description. */
export function describeStandingSentence(proposal: ProposalView, names: ReadonlyMap<string, string>): string {
  const sentences: string[] = [];
  if (proposal.supporters.length > 0)
    sentences.push(`Supported by ${joinNames(nameDelegations(proposal.supporters, names).map(nameInSentence))}.`);
  if (proposal.objectors.length > 0)
    sentences.push(`Objected to by ${joinNames(nameDelegations(proposal.objectors, names).map(nameInSentence))}.`);
  if (proposal.supporters.length === 0 && proposal.objectors.length === 0 && proposal.status === 'open')
    sentences.push('No support or objection yet.');
  if (proposal.status !== 'open') sentences.push(`${decisionWords[proposal.status]}.`);
  else if (proposal.overtaken) sentences.push('Overtaken by changes to the paragraph.');
  return sentences.join(' ');
}

export function formatTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Every delegation named in the proposals, code → name, for lines and filters. */
export function collectDelegationNames(proposals: readonly ProposalView[], extra: Iterable<[string, string]> = []): Map<string, string> {
  const names = new Map<string, string>(extra);
  for (const proposal of proposals) names.set(proposal.delegation, proposal.delegationName);
  return names;
}

/** A stable fallback colour for a delegation nobody in the room has shown yet. */
export function pickFallbackColour(code: string): string {
  const palette = ['#92400e', '#1e40af', '#9f1239', '#065f46', '#5b21b6', '#9d174d', '#115e59', '#374151'];
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length]!;
}
