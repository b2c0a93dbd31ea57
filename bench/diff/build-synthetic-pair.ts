/**
 * Two long texts with known differences: the new text is the old one with a
 * share of paragraphs moved elsewhere and another share reworded, so the
 * comparison's answers can be scored against what was planted.
 */

import type { ComparableParagraph } from '../../lib/compare/types';

export interface SyntheticPair {
  older: ComparableParagraph[];
  newer: ComparableParagraph[];
  /** For each new paragraph, the index of the old paragraph it came from. */
  originOfNew: number[];
  movedOld: Set<number>;
  editedOld: Set<number>;
}

export interface SyntheticOptions {
  paragraphs: number;
  movedShare: number;
  editedShare: number;
  seed: number;
}

const LEADS = ['Encourages', 'Urges', 'Invites', 'Calls upon', 'Requests', 'Recommends', 'Stresses', 'Notes'];
const SUBJECTS = ['Member States', 'States parties', 'the Office', 'relevant stakeholders'];
const FILLER =
  'cooperation victims exploitation assistance prevention protection capacity prosecution evidence identification ' +
  'referral shelters compensation recruitment labour supply chains border migrants children women data training';

export function buildSyntheticPair(sentences: string[], options: SyntheticOptions): SyntheticPair {
  const random = createRandom(options.seed);
  const clauses = collectClauses(sentences, random);
  const olderTexts = Array.from({ length: options.paragraphs }, (_, index) => composeParagraph(clauses, index, random));
  const order = olderTexts.map((_, index) => index);
  const shuffled = shuffle([...order], random);
  const movedCount = Math.round(options.paragraphs * options.movedShare);
  const editedCount = Math.round(options.paragraphs * options.editedShare);
  const movedOld = new Set(shuffled.slice(0, movedCount));
  const editedOld = new Set(shuffled.slice(movedCount, movedCount + editedCount));

  const originOfNew = order.filter((index) => !movedOld.has(index));
  for (const index of movedOld) {
    // Somewhere at least a tenth of the text away, so the move is a real one.
    let position = Math.floor(random() * (originOfNew.length + 1));
    const distance = Math.max(2, Math.floor(options.paragraphs / 10));
    const current = originOfNew.findIndex((origin) => origin > index);
    if (current >= 0 && Math.abs(position - current) < distance) position = (position + distance * 3) % (originOfNew.length + 1);
    originOfNew.splice(position, 0, index);
  }

  const older = olderTexts.map((text, index) => buildOperative(index, text));
  const newer = originOfNew.map((origin, index) =>
    buildOperative(index, editedOld.has(origin) ? editParagraph(olderTexts[origin]!, random) : olderTexts[origin]!),
  );
  return { older, newer, originOfNew, movedOld, editedOld };
}

function buildOperative(index: number, text: string): ComparableParagraph {
  return { ref: String(index + 1), kind: 'operative', text };
}

function collectClauses(sentences: string[], random: () => number): string[] {
  const clauses = new Set<string>();
  for (const sentence of sentences) {
    for (const clause of sentence.split(/[,;:]\s+/)) {
      const words = clause.trim().split(/\s+/);
      if (words.length >= 6 && words.length <= 40) clauses.add(words.join(' ').replace(/[.;,]$/, ''));
    }
  }
  if (clauses.size >= 50) return shuffle([...clauses], random);
  // No corpus: invent clauses from a small domain vocabulary.
  const vocabulary = FILLER.split(' ');
  return Array.from({ length: 3000 }, () =>
    Array.from({ length: 8 + Math.floor(random() * 12) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' '),
  );
}

function composeParagraph(clauses: string[], index: number, random: () => number): string {
  const lead = LEADS[Math.floor(random() * LEADS.length)];
  const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)];
  const parts = [0, 1, 2].map((offset) => clauses[(index * 3 + offset) % clauses.length]);
  return `${lead} ${subject} to ${parts.join(', ')};`;
}

/** Replaces, drops and adds a few words, as a negotiator's amendment would. */
function editParagraph(text: string, random: () => number): string {
  const words = text.split(' ');
  const edits = Math.max(2, Math.round(words.length * 0.12));
  for (let edit = 0; edit < edits; edit += 1) {
    const at = 1 + Math.floor(random() * (words.length - 2));
    const kind = edit % 3;
    if (kind === 0) words[at] = 'strengthened';
    else if (kind === 1) words.splice(at, 1);
    else words.splice(at, 0, 'as appropriate');
  }
  return words.join(' ');
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

/** Xorshift: small seeded generator so every run plants the same differences. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
