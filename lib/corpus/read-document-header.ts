import type { DocumentKind } from './types';
import { readEndDate, readStandaloneDate } from './read-dates';

export interface HeaderFacts {
  title?: string;
  kind?: DocumentKind;
  number?: string;
  date?: string;
  session?: string;
  sponsors?: string;
  body?: string;
}

const SYMBOL_OR_HEADING = /^(draft\s+)?(resolution|decision)\s+(\d+\/\d+)\b/i;
const SPONSORED = /^(.+?):\s+((?:revised\s+)?draft\s+(?:resolution|decision))\.?$/i;
const DRAFT_ONLY = /^((?:revised\s+)?draft\s+(?:resolution|decision))\.?$/i;
const SESSION = /^(\w+(?:-\w+)?)\s+(session|meeting)$/i;
const ADMIN = /^(?:distr\.|original:|item\s+\d|agenda\s+item|provisional agenda|limited$|general$|english$)/i;
const BODY_NAME =
  /^(?:the\s+)?(?:conference|general assembly|commission|economic and social council|security council|human rights council|working group)\b/i;

function kindOf(words: string): DocumentKind {
  const lower = words.toLowerCase();
  if (lower.startsWith('revised draft')) return 'revised draft resolution';
  if (lower.startsWith('draft')) return 'draft resolution';
  return lower.includes('decision') ? 'decision' : 'resolution';
}

/**
 * Reads catalogue facts from the lines above a resolution's chapeau (symbol,
 * "Colombia: revised draft resolution", session and dates). The title is the
 * last of those lines that is not such a fact.
 */
export function readDocumentHeader(lines: string[]): HeaderFacts {
  const facts: HeaderFacts = {};
  const candidates: string[] = [];
  lines.forEach((raw, index) => {
    const line = raw.replace(/\*+$/, '').trim();
    const symbol = SYMBOL_OR_HEADING.exec(line);
    const sponsored = SPONSORED.exec(line);
    const draft = DRAFT_ONLY.exec(line);
    const session = SESSION.exec(line);
    const date = readStandaloneDate(line);
    if (symbol && line.length < 40) {
      facts.kind = kindOf(`${symbol[1] ?? ''}${symbol[2]}`);
      facts.number = symbol[3];
    } else if (sponsored) {
      facts.sponsors = sponsored[1].trim();
      facts.kind = kindOf(sponsored[2]);
    } else if (draft) {
      facts.kind = kindOf(draft[1]);
    } else if (session) {
      const place = lines[index + 1]?.trim();
      const where = place && readEndDate(place) ? `, ${place}` : '';
      facts.session = `${line.charAt(0).toLowerCase()}${line.slice(1)}${where}`;
    } else if (date) {
      facts.date = date;
    } else if (ADMIN.test(line) || (readEndDate(line) !== undefined && line.length < 60)) {
      return;
    } else if (BODY_NAME.test(line) && index === 0 && lines.length > 1) {
      facts.body = line.replace(/^the\s+/i, '');
    } else {
      candidates.push(line);
    }
  });
  facts.title = candidates[candidates.length - 1];
  return facts;
}

/** "The Conference of the Parties to …," → "Conference of the Parties to …". */
export function readBodyFromChapeau(chapeau: string): string | undefined {
  const match = /^the\s+(.+?)(?:,|:|$)/i.exec(chapeau.trim());
  return match?.[1].trim();
}
