/**
 * The opening words the UN sets in italics: the participle of a preambular
 * paragraph ("Recalling also", "Bearing in mind", "Taking note with
 * appreciation of") or the verb of an operative one ("Calls upon", "Also
 * requests", "Takes note of"). Italics are used when the source kept them;
 * otherwise leads learned from italic sources and a grammatical rule apply.
 */

const ADVERB = /^(?:[A-Z]?[a-z]+ly|Also|also|Further|further|Again|again)$/;
const PREAMBULAR_WORD =
  /^[A-Z][a-z]+(?:ing|ed)$|^(?:Aware|Mindful|Conscious|Cognizant|Convinced|Desirous|Determined|Alarmed|Concerned|Emphasizing|Guided|Noting)$/;
const OPERATIVE_WORD = /^[A-Za-z][a-z]+(?:s|ed)$/;
const APPRAISAL = /^(?:appreciation|concern|satisfaction|interest|regret|gratitude|deep|grave|serious|great)$/;

export type LeadKind = 'preambular' | 'operative';

/**
 * The words of `text.split(/\s+/)`, split off only as far as they are asked
 * for: a paragraph may be megabytes long and only its first words matter,
 * while `split` (even with a limit) reads it all.
 */
class LeadingWords {
  private readonly words: string[] = [];
  private readonly separator = /\s+/g;
  private cursor = 0;
  private done = false;

  constructor(private readonly text: string) {}

  at(index: number): string | undefined {
    while (this.words.length <= index && !this.done) {
      const match = this.separator.exec(this.text);
      if (match) {
        this.words.push(this.text.slice(this.cursor, match.index));
        this.cursor = match.index + match[0].length;
      } else {
        this.words.push(this.text.slice(this.cursor));
        this.done = true;
      }
    }
    return this.words[index];
  }

  /** `words.slice(0, end).join(' ')` */
  joinUpTo(end: number): string {
    this.at(end - 1);
    return this.words.slice(0, end).join(' ');
  }
}

/** Starts like a preambular paragraph ("Recalling", "Deeply concerned", "Aware"). */
export function looksLikePreambularStart(text: string): boolean {
  const words = new LeadingWords(text.trim());
  const first = words.at(0)?.replace(/[^A-Za-z]/g, '') ?? '';
  if (PREAMBULAR_WORD.test(first)) return true;
  return ADVERB.test(first) && /^[a-z]+(?:ing|ed)$/.test(words.at(1) ?? '');
}

function takeTails(words: LeadingWords, start: number): number {
  let index = start;
  for (;;) {
    const word = words.at(index)?.toLowerCase();
    const next = words.at(index + 1)?.toLowerCase();
    if (word === 'also' || word === 'further' || word === 'again' || word === 'upon' || word === 'forward') {
      index += 1;
    } else if (word === 'in' && next === 'mind') {
      index += 2;
    } else if (word === 'into' && next === 'account') {
      index += 2;
    } else if (word === 'note') {
      index += 1;
      if (/^(?:also|further)$/i.test(words.at(index) ?? '')) index += 1;
      if (words.at(index)?.toLowerCase() === 'with') {
        let cursor = index + 1;
        while (APPRAISAL.test(words.at(cursor)?.toLowerCase() ?? '') && cursor < index + 3) cursor += 1;
        if (cursor > index + 1) index = cursor;
      }
      if (words.at(index)?.toLowerCase() === 'of') index += 1;
      return index;
    } else if (word === 'with' && APPRAISAL.test(next ?? '')) {
      let cursor = index + 1;
      while (APPRAISAL.test(words.at(cursor)?.toLowerCase() ?? '') && cursor < index + 3) cursor += 1;
      return cursor;
    } else {
      return index;
    }
  }
}

/** Known leads by length, lower-cased: a paragraph tries each length once instead of every lead. */
export interface LeadIndex {
  readonly byLength: ReadonlyMap<number, ReadonlySet<string>>;
  /** Longest first. */
  readonly lengths: readonly number[];
}

export function indexLeads(leads: Iterable<string>): LeadIndex {
  const byLength = new Map<number, Set<string>>();
  for (const lead of leads) {
    const same = byLength.get(lead.length) ?? new Set<string>();
    same.add(lead.toLowerCase());
    byLength.set(lead.length, same);
  }
  return { byLength, lengths: [...byLength.keys()].sort((a, b) => b - a) };
}

function isLeadIndex(known: Iterable<string> | LeadIndex): known is LeadIndex {
  return 'byLength' in known;
}

/** The longest known lead that opens the text, as written in the text. */
function learnedLead(text: string, known: LeadIndex): string | undefined {
  for (const length of known.lengths) {
    const prefix = text.slice(0, length);
    const boundary = text.charAt(length);
    if (known.byLength.get(length)!.has(prefix.toLowerCase()) && (boundary === '' || /[\s,;:]/.test(boundary))) return prefix;
  }
  return undefined;
}

/**
 * Capitalised words that open paragraphs without being the verb or participle
 * the UN italicises ("States parties should", "United Nations entities",
 * "During the session"); the grammatical rule alone would take them for one.
 */
const NOT_A_LEAD =
  /^(?:States|Parties|Members|Governments|Nations|Ministers|Countries|Persons|Victims|Organizations|Institutions|Experts|This|These|Those|Thus|Its|His|Hers|Has|Was|Always|United|Indeed|Need|Needs|Means|Series|Process|Access|Business|Progress|Success|Address|During|According|Regarding|Concerning|Including|Excluding|Notwithstanding|Pending|Nothing|Something|Anything|Everything|Morning|Evening|Hundred|Sacred)$/;

/** The grammatical lead of plain text, or undefined; see detectParagraphLead. */
function grammaticalLead(plain: string, kind: LeadKind): { lead: string; unknownWord: boolean } | undefined {
  const words = new LeadingWords(plain);
  let index = 0;
  if (ADVERB.test(words.at(0) ?? '') && words.at(1) !== undefined) index = 1;
  const written = (words.at(index) ?? '').replace(/[,;:]$/, '');
  // After an adverb the participle is lower-case ("Deeply concerned").
  const main = index > 0 ? written.charAt(0).toUpperCase() + written.slice(1) : written;
  const pattern = kind === 'preambular' ? PREAMBULAR_WORD : OPERATIVE_WORD;
  if (!pattern.test(main) || NOT_A_LEAD.test(main)) {
    return index === 0 && /^[A-Z][a-z]+$/.test(main) ? { lead: written, unknownWord: true } : undefined;
  }
  const end = written === words.at(index) ? takeTails(words, index + 1) : index + 1;
  return { lead: words.joinUpTo(end).replace(/[,;:]$/, ''), unknownWord: false };
}

/**
 * The one recogniser of a paragraph's opening words, shared by the importers
 * and the drafting room: the participle phrase of a preambular paragraph
 * ("Recalling also", "Bearing in mind", "Noting with concern") or the verb
 * phrase of an operative one ("Urges", "Calls upon", "Requests also").
 * `text` is plain; `known` holds leads learned from italic sources, whose
 * longest match wins unless the grammar reads on past it ("Decides" learned,
 * "Decides also" written). Returns a prefix of `text`, or undefined when the
 * paragraph does not open with a recognised lead (a capitalised word that is
 * neither participle nor verb, such as "States" or "The", is not one).
 */
export function detectParagraphLead(text: string, kind: LeadKind, known?: LeadIndex): string | undefined {
  const grammar = grammaticalLead(text, kind);
  const recognised = grammar && !grammar.unknownWord ? grammar.lead : undefined;
  const learned = known ? learnedLead(text, known) : undefined;
  if (learned && recognised && recognised.length > learned.length && recognised.startsWith(learned)) return recognised;
  return learned ?? recognised;
}

/**
 * The importers' reading of a lead. `text` may still hold Markdown emphasis,
 * whose italics win; the returned lead is plain and a prefix of the plain
 * text. Beyond detectParagraphLead, a document under a chapeau is trusted to
 * open each paragraph with its lead, so an unknown capitalised word counts.
 */
export function detectLead(text: string, kind: LeadKind, known: Iterable<string> | LeadIndex = []): string | undefined {
  const italic = /^\*([^*]+?)\*/.exec(text);
  if (italic) return italic[1].trim().replace(/[,;:]$/, '');
  const plain = text.replace(/\*/g, '');
  const recognised = detectParagraphLead(plain, kind, isLeadIndex(known) ? known : indexLeads(known));
  if (recognised) return recognised;
  const grammar = grammaticalLead(plain, kind);
  return grammar?.unknownWord ? grammar.lead : undefined;
}

/**
 * Leads written in italics at the start of paragraphs ("1. *Urges*"), to reuse
 * on plain text. The indent is white space within the line: `\s*` would run
 * on over the following empty lines from each of them, in time quadratic in
 * a run of empty lines, and finds the same leads.
 */
export function collectItalicLeads(markdown: string): Set<string> {
  const leads = new Set<string>();
  for (const match of markdown.matchAll(/^[^\S\n\r\u2028\u2029]*(?:\d{1,3}\.\s+)?\*([A-Z][A-Za-z ]{1,40}?)\*(?=\s)/gm)) {
    leads.add(match[1].trim());
  }
  return leads;
}
