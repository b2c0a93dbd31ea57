/**
 * Word-level diff of two paragraph texts with diff-match-patch. Each distinct
 * unit (word, punctuation, or whitespace when noise is shown) is mapped to one
 * character, as diff-match-patch does for lines, so the character diff it
 * computes is a unit diff and never splits a word.
 */

import DiffMatchPatch from 'diff-match-patch';
import {
  buildExactUnits,
  buildNoiseFreeUnits,
  collectVocabulary,
  joinSplitWords,
  type DiffUnit,
  type UnitSequence,
} from './build-diff-units';
import type { DiffOp } from './types';

export interface WordDiff {
  ops: DiffOp[];
  /** No difference other than (hidden) noise. */
  equal: boolean;
  /**
   * Share of the two texts' characters (whitespace aside) in words they have in
   * common, measured before semantic clean-up: the clean-up folds scattered
   * kept words into larger replacements, which reads better but understates
   * how much survived.
   */
  similarity: number;
}

const FIRST_CODE = 0x21;
const SURROGATES_START = 0xd800;
const SURROGATES_END = 0xdfff;
const LAST_CODE = 0xffff;

const dmp = new DiffMatchPatch();
// Paragraphs are short; a deadline would only make results depend on machine load.
dmp.Diff_Timeout = 0;

export function diffWords(oldText: string, newText: string, options: { showNoise?: boolean } = {}): WordDiff {
  if (oldText === newText) return { ops: newText ? [[0, newText]] : [], equal: true, similarity: 1 };
  const [oldSide, newSide] = options.showNoise
    ? [buildExactUnits(oldText), buildExactUnits(newText)]
    : buildNoiseFreePair(oldText, newText);
  if (haveSameKeys(oldSide.units, newSide.units)) return { ops: newText ? [[0, newText]] : [], equal: true, similarity: 1 };

  const encoded = encodeUnits(oldSide.units, newSide.units);
  if (!encoded) return { ops: buildCoarseOps(oldText, newText), equal: false, similarity: 0 };
  const diffs = dmp.diff_main(encoded.old, encoded.new, false);
  const similarity = measureKeptShare(decodeDiffs(diffs, oldSide, newSide));
  dmp.diff_cleanupSemantic(diffs);
  const ops = decodeDiffs(diffs, oldSide, newSide);
  const cleaned = options.showNoise ? ops : hideStrayFootnoteNumbers(ops);
  const merged = mergeOps(cleaned);
  const equal = merged.every(([op]) => op === 0);
  return { ops: merged, equal, similarity: equal ? 1 : Math.min(similarity, 0.999) };
}

/** Kept characters over both texts, whitespace aside, to three decimals. */
function measureKeptShare(ops: UnitOp[]): number {
  let kept = 0;
  let total = 0;
  for (const { op, units } of ops) {
    const length = units.reduce((sum, unit) => sum + unit.key.replace(/\s+/g, '').length, 0);
    total += op === 0 ? 2 * length : length;
    if (op === 0) kept += 2 * length;
  }
  return total === 0 ? 1 : Math.round((kept / total) * 1000) / 1000;
}

function buildNoiseFreePair(oldText: string, newText: string): [UnitSequence, UnitSequence] {
  const oldSide = buildNoiseFreeUnits(oldText);
  const newSide = buildNoiseFreeUnits(newText);
  const oldVocabulary = collectVocabulary(oldSide.units);
  const newVocabulary = collectVocabulary(newSide.units);
  return [
    { units: joinSplitWords(oldSide.units, newVocabulary), rest: oldSide.rest },
    { units: joinSplitWords(newSide.units, oldVocabulary), rest: newSide.rest },
  ];
}

function haveSameKeys(a: DiffUnit[], b: DiffUnit[]): boolean {
  return a.length === b.length && a.every((unit, index) => unit.key === b[index]!.key);
}

function encodeUnits(oldUnits: DiffUnit[], newUnits: DiffUnit[]): { old: string; new: string } | null {
  const codes = new Map<string, string>();
  let next = FIRST_CODE;
  const encode = (units: DiffUnit[]): string | null => {
    let out = '';
    for (const unit of units) {
      let char = codes.get(unit.key);
      if (char === undefined) {
        if (next === SURROGATES_START) next = SURROGATES_END + 1;
        if (next > LAST_CODE) return null;
        char = String.fromCharCode(next);
        next += 1;
        codes.set(unit.key, char);
      }
      out += char;
    }
    return out;
  };
  const oldEncoded = encode(oldUnits);
  const newEncoded = encode(newUnits);
  return oldEncoded === null || newEncoded === null ? null : { old: oldEncoded, new: newEncoded };
}

interface UnitOp {
  op: -1 | 0 | 1;
  units: DiffUnit[];
}

/** Equal runs take the new side's text: with noise hidden that is the wording the reader sees. */
function decodeDiffs(diffs: [number, string][], oldSide: UnitSequence, newSide: UnitSequence): UnitOp[] {
  let oldIndex = 0;
  let newIndex = 0;
  const ops: UnitOp[] = [];
  for (const [op, chars] of diffs) {
    const length = chars.length;
    if (op === 0) {
      ops.push({ op: 0, units: newSide.units.slice(newIndex, newIndex + length) });
      oldIndex += length;
      newIndex += length;
    } else if (op === -1) {
      const units = oldSide.units.slice(oldIndex, oldIndex + length);
      const gap = findJunctionSpace(ops.at(-1), oldSide.units[oldIndex - 1]);
      ops.push({ op: -1, units: gap ? [{ kind: 'space', key: '', text: gap }, ...units] : units });
      oldIndex += length;
    } else {
      ops.push({ op: 1, units: newSide.units.slice(newIndex, newIndex + length) });
      newIndex += length;
    }
  }
  if (oldSide.rest) ops.unshift({ op: -1, units: [{ kind: 'space', key: '', text: oldSide.rest }] });
  if (newSide.rest) ops.unshift({ op: 1, units: [{ kind: 'space', key: '', text: newSide.rest }] });
  return ops;
}

/**
 * The equal run before a deletion shows the new text, which may lack the space
 * the old text had there ("act" + "quickly"); the deletion carries that space.
 */
function findJunctionSpace(previous: UnitOp | undefined, oldUnit: DiffUnit | undefined): string {
  const shown = previous?.units.at(-1)?.text ?? '';
  if (!previous || previous.op !== 0 || /\s$/.test(shown)) return '';
  return oldUnit?.text.match(/\s+$/)?.[0] ?? '';
}

/**
 * A lone one- or two-digit number added or dropped right after "word," is a
 * footnote reference that extraction set on the line ("Convention, 1 pursuant").
 * A number replaced by another, or inside a list of numbers, stays a change.
 */
function hideStrayFootnoteNumbers(ops: UnitOp[]): UnitOp[] {
  const kept: UnitOp[] = [];
  ops.forEach((current, index) => {
    if (current.op !== 0 && isStrayFootnote(ops, index)) {
      if (current.op === 1) kept.push({ op: 0, units: current.units });
      return;
    }
    kept.push(current);
  });
  return kept;
}

function isStrayFootnote(ops: UnitOp[], index: number): boolean {
  const current = ops[index]!;
  const [unit] = current.units;
  if (current.units.length !== 1 || unit?.kind !== 'number' || !/^\d{1,2}$/.test(unit.key)) return false;
  const before = ops[index - 1];
  const after = ops[index + 1];
  if (before?.op !== 0 || (after && after.op !== 0)) return false;
  const punct = before.units.at(-1);
  const word = before.units.at(-2);
  return punct?.kind === 'punct' && /^[,;:]$/.test(punct.key) && word?.kind === 'word';
}

function mergeOps(ops: UnitOp[]): DiffOp[] {
  const merged: DiffOp[] = [];
  for (const { op, units } of ops) {
    const text = units.map((unit) => unit.text).join('');
    if (!text) continue;
    const last = merged.at(-1);
    if (last && last[0] === op) last[1] += text;
    else merged.push([op, text]);
  }
  return merged;
}

function buildCoarseOps(oldText: string, newText: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (oldText) ops.push([-1, oldText]);
  if (newText) ops.push([1, newText]);
  return ops;
}
