import type { DocumentKind } from './types';

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,5}$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Readable, stable ids:
 * - adopted Conference texts: "cop-res-10-3", "cop-dec-4-4";
 * - Working Group recommendation lists: "wg-tip-<meeting>-<year>", e.g. "wg-tip-4-2011"
 *   (two meetings were held in 2010, so the year alone is not unique);
 * - anything else (drafts, uploads): the file name, e.g. "cop10-draft-resolution-2020".
 */
export function deriveDocumentId(facts: {
  kind: DocumentKind;
  number?: string;
  body: string;
  meeting?: number;
  year: number;
  name: string;
}): string {
  const adopted = facts.kind === 'resolution' || facts.kind === 'decision';
  if (adopted && facts.number && /conference of the parties/i.test(facts.body)) {
    return `cop-${facts.kind === 'decision' ? 'dec' : 'res'}-${facts.number.replace(/\//g, '-')}`;
  }
  if (facts.kind === 'recommendations' && facts.meeting !== undefined && /working group/i.test(facts.body)) {
    const group = /trafficking in persons/i.test(facts.body) ? 'wg-tip' : `wg-${slugify(facts.body.replace(/^working group on\s+/i, ''))}`;
    return `${group}-${facts.meeting}-${facts.year}`;
  }
  return slugify(facts.name) || 'document';
}
