import type { DocumentKind } from './types';
import { readEndDate, readStandaloneDate } from './read-dates';

export interface HeaderFacts {
  title?: string;
  symbol?: string;
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
/** "Eleventh session Vienna, 17–21 October 2022": a converter joined the session and its place into one block. */
const SESSION_AND_PLACE = /^((?:\w+(?:-\w+)?)\s+(?:session|meeting))\s+(\S.*\d{4})$/i;
/**
 * A United Nations document symbol standing alone: A/RES/78/1, E/CN.15/2023/L.3,
 * CTOC/COP/2022/L.5/Rev.1, CTOC/COP/WG.4/2023/4. Parts are bounded, so a line is read once.
 */
const SYMBOL = /^(?:A|S|E|CTOC|UNODC|CAC|CCPCJ|CND|HRC|ST)(?:\/[A-Za-z0-9][A-Za-z0-9.-]{0,15}){1,7}$/;
/** Issuing bodies by the start of the symbol, longest first. */
const BODY_BY_SYMBOL: [RegExp, string][] = [
  [/^CTOC\/COP\/WG\.2\//, 'Working Group on Technical Assistance'],
  [/^CTOC\/COP\/WG\.3\//, 'Working Group on the Smuggling of Migrants'],
  [/^CTOC\/COP\/WG\.4\//, 'Working Group on Trafficking in Persons'],
  [/^CTOC\/COP\//, 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime'],
  [/^E\/CN\.15\//, 'Commission on Crime Prevention and Criminal Justice'],
  [/^E\/CN\.7\//, 'Commission on Narcotic Drugs'],
  [/^A\/HRC\//, 'Human Rights Council'],
  [/^A\//, 'General Assembly'],
  [/^S\//, 'Security Council'],
  [/^E\//, 'Economic and Social Council'],
];
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
    const sessionAndPlace = session ? null : SESSION_AND_PLACE.exec(line);
    const documentSymbol = readDocumentSymbol(line);
    if (documentSymbol) {
      facts.symbol ??= documentSymbol;
    } else if (symbol && line.length < 40) {
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
    } else if (sessionAndPlace && readEndDate(sessionAndPlace[2])) {
      facts.session = `${line.charAt(0).toLowerCase()}${sessionAndPlace[1].slice(1)}, ${sessionAndPlace[2]}`;
    } else if (date) {
      facts.date = date;
    } else if (/^distr\./i.test(line) && readEndDate(line)) {
      // "Distr.: Limited 19 October 2022": the date of issue, once a converter joined the two lines.
      facts.date ??= readEndDate(line);
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

/** The line if it is only a document symbol ("CTOC/COP/2022/L.5/Rev.1"), else undefined. */
export function readDocumentSymbol(line: string): string | undefined {
  const trimmed = line.replace(/[*_`]/g, '').trim();
  return trimmed.length <= 60 && SYMBOL.test(trimmed) && /\d/.test(trimmed) ? trimmed : undefined;
}

/**
 * The first document symbol standing on a line of its own before the body:
 * the readers drop such lines as running heads, so the raw text is read.
 * Only the top of the text is looked at; a symbol in a footnote or a citation
 * is another document's.
 */
export function findDocumentSymbol(text: string, maxLines = 40): string | undefined {
  let seen = 0;
  let from = 0;
  while (seen < maxLines && from < text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    from = end < 0 ? text.length : end + 1;
    if (line.trim() === '') continue;
    seen += 1;
    const symbol = readDocumentSymbol(line.replace(/<[^>]{0,40}>/g, ''));
    if (symbol) return symbol;
    if (/^\s*\d{1,3}\.\s/.test(line)) return undefined;
  }
  return undefined;
}

/** The issuing body a symbol names ("E/CN.15/…" → the Commission on Crime Prevention and Criminal Justice). */
export function readBodyFromSymbol(symbol: string): string | undefined {
  return BODY_BY_SYMBOL.find(([prefix]) => prefix.test(symbol))?.[1];
}

/** "A/RES/78/1" → "78/1": the session and number of an adopted resolution. */
export function readNumberFromSymbol(symbol: string): string | undefined {
  const match = /\/(?:RES|DEC)\/(\d{1,4})\/(\d{1,4})$/.exec(symbol);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** "The Conference of the Parties to …," → "Conference of the Parties to …". */
export function readBodyFromChapeau(chapeau: string): string | undefined {
  const match = /^the\s+(.+?)(?:,|:|$)/i.exec(chapeau.trim());
  return match?.[1].trim();
}
