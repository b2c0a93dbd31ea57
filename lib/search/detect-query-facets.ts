import { scanWords } from './scan-words';
import type { SearchIndex } from './types';

/**
 * Who a paragraph speaks to, right after its opening formula ("Calls upon States
 * parties to …", "Requests the United Nations Office on Drugs and Crime to …"):
 * like the formula, a facet of the paragraph, not its substance. Longest first.
 */
const ADDRESSEES = [
  'the united nations office on drugs and crime',
  'united nations office on drugs and crime',
  'states parties and signatories',
  'states parties to the protocol',
  'member states and other donors',
  'states parties and other donors',
  'the conference of the parties',
  'all member states',
  'all states parties',
  'member states',
  'states parties',
  'state parties',
  'all states',
  'governments',
  'states',
  'the secretariat',
  'its secretariat',
  'the office',
  'unodc',
  'the working group',
  'the conference',
  'signatories',
  'donors',
  'parties',
].map((phrase) => phrase.split(' '));

/** The opening words of a lead or a query, normalised as words: the key of `SearchIndex.leadIds`. */
export function normalizeLead(text: string): string {
  const words: string[] = [];
  scanWords(text, (word) => words.push(word));
  return words.join(' ');
}

export interface QueryFacets {
  /** Words of the opening formula: the longest lead the corpus uses that opens the query. */
  leadWords: number;
  /** Words of the addressee that follows the formula (or opens the query). */
  addresseeWords: number;
}

/**
 * The facets at the start of a query, as word counts over its normalised words:
 * an opening formula only counts when the corpus uses it as a lead, so
 * "Trafficking in organs" or "companies must …" keep all their words as substance.
 */
export function detectQueryFacets(index: SearchIndex, words: readonly string[]): QueryFacets {
  let leadWords = 0;
  for (let length = Math.min(index.longestLead, words.length); length >= 1; length--) {
    if (index.leadIds.has(words.slice(0, length).join(' '))) {
      leadWords = length;
      break;
    }
  }
  let addresseeWords = 0;
  for (const phrase of ADDRESSEES) {
    if (phrase.length > words.length - leadWords) continue;
    if (phrase.every((word, i) => words[leadWords + i] === word)) {
      addresseeWords = phrase.length;
      break;
    }
  }
  return { leadWords, addresseeWords };
}

/**
 * The opening formula of a query as the corpus writes it in leads ("calls upon"), for
 * the "same opening words" filter; undefined when the query opens with none.
 */
export function findQueryLead(index: SearchIndex, query: string): string | undefined {
  const words: string[] = [];
  scanWords(query, (word) => words.push(word));
  const { leadWords } = detectQueryFacets(index, words);
  return leadWords > 0 ? words.slice(0, leadWords).join(' ') : undefined;
}
