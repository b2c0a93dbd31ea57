/**
 * The opening words the UN sets in italics: the participle of a preambular
 * paragraph ("Recalling also", "Bearing in mind", "Taking note with
 * appreciation of") or the verb of an operative one ("Calls upon", "Also
 * requests", "Takes note of"). Italics are used when the source kept them;
 * otherwise leads learned from italic sources and a grammatical rule apply.
 */

const ADVERB = /^(?:[A-Z]?[a-z]+ly|Also|also|Further|further|Again|again)$/;
const PREAMBULAR_WORD = /^[A-Z][a-z]+(?:ing|ed)$|^(?:Aware|Mindful|Conscious|Cognizant|Convinced|Desirous|Determined|Alarmed|Concerned|Emphasizing|Guided|Noting)$/;
const OPERATIVE_WORD = /^[A-Za-z][a-z]+(?:s|ed)$/;
const APPRAISAL = /^(?:appreciation|concern|satisfaction|interest|regret|gratitude|deep|grave|serious|great)$/;

export type LeadKind = 'preambular' | 'operative';

/** Starts like a preambular paragraph ("Recalling", "Deeply concerned", "Aware"). */
export function looksLikePreambularStart(text: string): boolean {
  const words = text.trim().split(/\s+/, 3);
  const first = words[0]?.replace(/[^A-Za-z]/g, '') ?? '';
  if (PREAMBULAR_WORD.test(first)) return true;
  return ADVERB.test(first) && /^[a-z]+(?:ing|ed)$/.test(words[1] ?? '');
}

function takeTails(words: string[], start: number): number {
  let index = start;
  for (;;) {
    const word = words[index]?.toLowerCase();
    const next = words[index + 1]?.toLowerCase();
    if (word === 'also' || word === 'further' || word === 'again' || word === 'upon' || word === 'forward') {
      index += 1;
    } else if (word === 'in' && next === 'mind') {
      index += 2;
    } else if (word === 'into' && next === 'account') {
      index += 2;
    } else if (word === 'note') {
      index += 1;
      if (/^(?:also|further)$/i.test(words[index] ?? '')) index += 1;
      if (words[index]?.toLowerCase() === 'with') {
        let cursor = index + 1;
        while (APPRAISAL.test(words[cursor]?.toLowerCase() ?? '') && cursor < index + 3) cursor += 1;
        if (cursor > index + 1) index = cursor;
      }
      if (words[index]?.toLowerCase() === 'of') index += 1;
      return index;
    } else if (word === 'with' && APPRAISAL.test(next ?? '')) {
      let cursor = index + 1;
      while (APPRAISAL.test(words[cursor]?.toLowerCase() ?? '') && cursor < index + 3) cursor += 1;
      return cursor;
    } else {
      return index;
    }
  }
}

function learnedLead(text: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const lead of known) {
    if (best && lead.length <= best.length) continue;
    const prefix = text.slice(0, lead.length);
    const boundary = text.charAt(lead.length);
    if (prefix.toLowerCase() === lead.toLowerCase() && (boundary === '' || /[\s,;:]/.test(boundary))) {
      best = prefix;
    }
  }
  return best;
}

/** `text` may still hold Markdown emphasis; the returned lead is plain and a prefix of the plain text. */
export function detectLead(text: string, kind: LeadKind, known: Iterable<string> = []): string | undefined {
  const italic = /^\*([^*]+?)\*/.exec(text);
  if (italic) return italic[1].trim().replace(/[,;:]$/, '');
  const plain = text.replace(/\*/g, '');
  const learned = learnedLead(plain, known);
  if (learned) return learned;
  const words = plain.split(/\s+/);
  let index = 0;
  if (ADVERB.test(words[0] ?? '') && words.length > 1) index = 1;
  const written = (words[index] ?? '').replace(/[,;:]$/, '');
  // After an adverb the participle is lower-case ("Deeply concerned").
  const main = index > 0 ? written.charAt(0).toUpperCase() + written.slice(1) : written;
  const pattern = kind === 'preambular' ? PREAMBULAR_WORD : OPERATIVE_WORD;
  if (!pattern.test(main) && !(index === 0 && /^[A-Z][a-z]+$/.test(main))) return undefined;
  if (!pattern.test(main)) return written;
  const end = written === words[index] ? takeTails(words, index + 1) : index + 1;
  return words.slice(0, end).join(' ').replace(/[,;:]$/, '');
}

/** Leads written in italics at the start of paragraphs ("1. *Urges*"), to reuse on plain text. */
export function collectItalicLeads(markdown: string): Set<string> {
  const leads = new Set<string>();
  for (const match of markdown.matchAll(/^\s*(?:\d{1,3}\.\s+)?\*([A-Z][A-Za-z ]{1,40}?)\*(?=\s)/gm)) {
    leads.add(match[1].trim());
  }
  return leads;
}
