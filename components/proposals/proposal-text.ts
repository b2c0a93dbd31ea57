import type { useTranslations } from 'next-intl';
import { nameInSentence } from '@/lib/proposals/describe-proposal-sentence';
import type { ProposalView } from './proposal-model';

/** The translator of the `proposals` namespace, from `useTranslations('proposals')` (or `createTranslator` in tests). */
export type TranslateProposals = ReturnType<typeof useTranslations<'proposals'>>;

/** "Colombia", "Colombia and Mexico", "Colombia, Mexico and Japan". */
export function joinNames(names: readonly string[], t: TranslateProposals): string {
  if (names.length <= 1) return names.join('');
  return t('listAnd', { head: names.slice(0, -1).join(', '), last: names.at(-1)! });
}

/** "the European Union" in English; languages whose names carry no article here keep the name as it is. */
function nameWithArticle(name: string, t: TranslateProposals): string {
  return t('nameInSentence', { name, article: nameInSentence(name) === name ? 'none' : 'the' });
}

/** Delegations are stored by code; the room shows their names wherever it knows them. */
export function nameDelegations(codes: readonly string[], names: ReadonlyMap<string, string>): string[] {
  return codes.map((code) => names.get(code) ?? code);
}

/** "Proposed by Colombia · supported by EU, Mexico · opposed by United States" */
export function describeStanding(proposal: ProposalView, names: ReadonlyMap<string, string>, t: TranslateProposals): string {
  const parts = [t('standing.proposedBy', { name: proposal.delegationName })];
  if (proposal.supporters.length > 0)
    parts.push(t('standing.supportedBy', { names: nameDelegations(proposal.supporters, names).join(', ') }));
  if (proposal.objectors.length > 0) parts.push(t('standing.opposedBy', { names: nameDelegations(proposal.objectors, names).join(', ') }));
  return parts.join(' · ');
}

/** "Supported by Mexico and Japan. Objected to by Colombia. Accepted by the facilitator." for a card's description. */
export function describeStandingSentence(proposal: ProposalView, names: ReadonlyMap<string, string>, t: TranslateProposals): string {
  const sentences: string[] = [];
  const list = (codes: readonly string[]) =>
    joinNames(
      nameDelegations(codes, names).map((name) => nameWithArticle(name, t)),
      t,
    );
  if (proposal.supporters.length > 0) sentences.push(t('standingSentence.supportedBy', { names: list(proposal.supporters) }));
  if (proposal.objectors.length > 0) sentences.push(t('standingSentence.objectedToBy', { names: list(proposal.objectors) }));
  if (proposal.supporters.length === 0 && proposal.objectors.length === 0 && proposal.status === 'open')
    sentences.push(t('standingSentence.noPosition'));
  if (proposal.status !== 'open') sentences.push(t(`standingSentence.${proposal.status}`));
  else if (proposal.overtaken) sentences.push(t('standingSentence.overtaken'));
  return sentences.join(' ');
}

/** The formatting locale for the interface language: English keeps the day-month order the room always showed. */
export function pickFormatLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export function formatTime(value: string | number | Date | null | undefined, locale = 'en-GB'): string {
  if (value === null || value === undefined) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(value: string | number | Date | null | undefined, locale = 'en-GB'): string {
  if (value === null || value === undefined) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
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
