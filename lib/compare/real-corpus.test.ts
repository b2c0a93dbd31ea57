/** The engine on real texts read by the corpus parser from the repository's built-in corpus. */

import { describe, expect, it } from 'vitest';
import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { compareTexts } from './compare-texts';
import type { ComparisonPair, DiffOp } from './types';

const { documents } = loadBuiltInCorpus(builtInCorpusDir);
const documentById = (id: string) => {
  const found = documents.find((document) => document.id === id);
  if (!found) throw new Error(`The built-in corpus has no document ${id}.`);
  return found;
};
const res103 = documentById('cop-res-10-3');
const res115 = documentById('cop-res-11-5');
const draft2020 = documentById('cop10-draft-resolution-2020');

const oldTextOf = (ops: DiffOp[]) =>
  ops
    .filter(([op]) => op <= 0)
    .map(([, text]) => text)
    .join('');
const newTextOf = (ops: DiffOp[]) =>
  ops
    .filter(([op]) => op >= 0)
    .map(([, text]) => text)
    .join('');
const changedWords = (pair: ComparisonPair) => pair.ops.filter(([op]) => op !== 0).map(([op, text]) => [op, text.trim()]);

/** A deliberately crude, independent notion of "same text apart from noise". */
const strip = (text: string) =>
  text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, '');

describe('resolution 10/3 compared with 11/5', () => {
  const { pairs } = compareTexts(res103!.paragraphs, res115!.paragraphs);
  const pairFrom = (ref: string) => pairs.find((pair) => pair.from === ref || pair.fromRefs?.includes(ref));
  const pairTo = (ref: string) => pairs.find((pair) => pair.to === ref || pair.toRefs?.includes(ref));

  it('keeps operative paragraph 1 (urging accession to the Protocol) unchanged', () => {
    expect(pairFrom('1')).toMatchObject({ to: '1', status: 'unchanged', similarity: 1 });
  });

  it('shows operative paragraph 3 of 10/3 moved to paragraph 19 of 11/5, with its word changes', () => {
    const pair = pairFrom('3')!;
    expect(pair).toMatchObject({ to: '19', status: 'moved', moved: true });
    expect(changedWords(pair)).toEqual(
      expect.arrayContaining([
        [-1, 'perform'],
        [1, 'fulfil'],
        [-1, 'tailor-made'],
        [1, 'tailored'],
      ]),
    );
  });

  it('shows operative paragraph 8 of 11/5 on corruption as new', () => {
    const pair = pairTo('8')!;
    expect(pair).toMatchObject({ from: null, status: 'new' });
    expect(newTextOf(pair.ops)).toContain('corruption');
  });

  it('pairs the closing paragraph on extrabudgetary resources (17 → 21) as changed', () => {
    expect(pairFrom('17')).toMatchObject({ to: '21', status: 'changed' });
  });

  it('lists every paragraph of both texts once, in the reading order of 11/5', () => {
    const toRefs = pairs.flatMap((pair) => pair.toRefs ?? (pair.to ? [pair.to] : []));
    const fromRefs = pairs.flatMap((pair) => pair.fromRefs ?? (pair.from ? [pair.from] : []));
    expect(toRefs).toEqual(res115!.paragraphs.map((paragraph) => paragraph.ref));
    expect([...fromRefs].sort()).toEqual(res103!.paragraphs.map((paragraph) => paragraph.ref).sort());
  });

  it('rebuilds both texts of every pair from its ops when noise is shown', () => {
    const shown = compareTexts(res103!.paragraphs, res115!.paragraphs, { showNoise: true });
    const oldByRef = new Map(res103!.paragraphs.map((paragraph) => [paragraph.ref, paragraph.text]));
    const newByRef = new Map(res115!.paragraphs.map((paragraph) => [paragraph.ref, paragraph.text]));
    for (const pair of shown.pairs) {
      const olds = (pair.fromRefs ?? (pair.from ? [pair.from] : [])).map((ref) => oldByRef.get(ref));
      const news = (pair.toRefs ?? (pair.to ? [pair.to] : [])).map((ref) => newByRef.get(ref));
      expect(oldTextOf(pair.ops)).toBe(olds.join('\n'));
      expect(newTextOf(pair.ops)).toBe(news.join('\n'));
    }
  });
});

describe('the 2020 draft compared with the adopted resolution 10/3', () => {
  const { pairs, summary } = compareTexts(draft2020!.paragraphs, res103!.paragraphs);

  it('pairs every paragraph in place: nothing new, deleted or moved', () => {
    expect(summary).toMatchObject({ new: 0, deleted: 0, moved: 0, split: 0, merged: 0 });
    expect(pairs.every((pair) => pair.from === pair.to)).toBe(true);
  });

  it('reports only real edits: no pair changed by noise alone', () => {
    const changed = pairs.filter((pair) => pair.status === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    expect(summary.unchanged).toBeGreaterThan(changed.length);
    for (const pair of changed) {
      expect(strip(oldTextOf(pair.ops))).not.toBe(strip(newTextOf(pair.ops)));
      for (const [, text] of pair.ops.filter(([op]) => op !== 0)) expect(text).toMatch(/[\p{L}\p{N},;:.]/u);
    }
  });

  it('shows the one-word edit in PP19 ("disproportionally" → "disproportionately")', () => {
    const pair = pairs.find((candidate) => candidate.to === 'PP19')!;
    expect(pair.status).toBe('changed');
    expect(changedWords(pair)).toEqual([
      [-1, 'disproportionally'],
      [1, 'disproportionately'],
    ]);
  });
});
