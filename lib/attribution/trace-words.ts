import { diffWords } from '@/lib/compare/diff-words';
import { chairCode } from './chair-edit';
import { creditRun, type ChangeRecord } from './credit-changes';

/** Where a run of words of a paragraph came from. */
export type WordSource = { kind: 'base' } | { kind: 'proposal'; delegation: string; at: string } | { kind: 'chair'; at: string };

export interface TracedRun {
  text: string;
  source: WordSource;
}

/**
 * A paragraph's text cut into runs, each with who introduced it: words already
 * in the text before the first recorded change on it are the base text; the
 * others are credited to the accepted proposal or chair edit whose own inserted
 * words they are (the records on this paragraph, oldest first).
 */
export function traceWords(text: string, records: readonly ChangeRecord[]): TracedRun[] {
  if (records.length === 0) return text ? [{ text, source: { kind: 'base' } }] : [];
  const runs: TracedRun[] = [];
  const push = (piece: string, source: WordSource) => {
    const last = runs.at(-1);
    if (last && JSON.stringify(last.source) === JSON.stringify(source)) last.text += piece;
    else runs.push({ text: piece, source });
  };
  for (const [op, piece] of diffWords(records[0]!.before, text, { showNoise: true }).ops) {
    if (op === -1) continue;
    if (op === 0 || piece.trim() === '') {
      push(piece, runs.at(-1)?.source && piece.trim() === '' ? runs.at(-1)!.source : { kind: 'base' });
      continue;
    }
    const author = creditRun(1, piece, records);
    const record = author ? [...records].reverse().find((candidate) => candidate.author === author) : undefined;
    if (!record) push(piece, { kind: 'base' });
    else if (record.author === chairCode) push(piece, { kind: 'chair', at: record.at });
    else push(piece, { kind: 'proposal', delegation: record.author, at: record.at });
  }
  return runs;
}
