import { describe, expect, it } from 'vitest';
import { compareTexts } from './compare-texts';
import { buildOperatives, OPERATIVE_TEXTS } from '@/test-support/compare-fixtures';
import type { ComparableParagraph, ComparisonPair, DiffOp } from './types';

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
const brief = (pair: ComparisonPair) => [pair.from, pair.to, pair.status];

describe('compareTexts alignment', () => {
  it('pairs identical texts as unchanged', () => {
    const text = buildOperatives(['ratify', 'borders', 'study', 'referral']);
    const { pairs, summary } = compareTexts(text, text);
    expect(pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      ['2', '2', 'unchanged'],
      ['3', '3', 'unchanged'],
      ['4', '4', 'unchanged'],
    ]);
    expect(pairs.every((pair) => pair.similarity === 1 && pair.moved === false)).toBe(true);
    expect(summary).toEqual({ unchanged: 4, changed: 0, moved: 0, new: 0, deleted: 0, split: 0, merged: 0 });
  });

  it('follows renumbering after an insertion and marks the inserted paragraph new', () => {
    const inserted = 'Decides to hold a special event on the protection of child victims of trafficking during its next session;';
    const a = buildOperatives(['ratify', 'borders', 'study', 'referral']);
    const b = buildOperatives(['ratify', { text: inserted }, 'borders', 'study', 'referral']);
    const { pairs } = compareTexts(a, b);
    expect(pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      [null, '2', 'new'],
      ['2', '3', 'unchanged'],
      ['3', '4', 'unchanged'],
      ['4', '5', 'unchanged'],
    ]);
    expect(pairs[1]!.ops).toEqual([[1, inserted]]);
  });

  it('places a deleted paragraph where it stood in the old text', () => {
    const a = buildOperatives(['ratify', 'borders', 'study', 'referral', 'nonPunishment']);
    const b = buildOperatives(['ratify', 'borders', 'referral', 'nonPunishment']);
    const { pairs, summary } = compareTexts(a, b);
    expect(pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      ['2', '2', 'unchanged'],
      ['3', null, 'deleted'],
      ['4', '3', 'unchanged'],
      ['5', '4', 'unchanged'],
    ]);
    expect(pairs[2]!.ops).toEqual([[-1, OPERATIVE_TEXTS.study]]);
    expect(summary.deleted).toBe(1);
  });

  it('places a deleted first paragraph at the top', () => {
    const a = buildOperatives(['ratify', 'borders', 'study']);
    const b = buildOperatives(['borders', 'study']);
    expect(compareTexts(a, b).pairs.map(brief)).toEqual([
      ['1', null, 'deleted'],
      ['2', '1', 'unchanged'],
      ['3', '2', 'unchanged'],
    ]);
  });

  it('marks an edited paragraph changed with word ops', () => {
    const a = buildOperatives(['ratify', 'borders', 'study']);
    const edited = OPERATIVE_TEXTS.borders.replace('strengthen', 'enhance');
    const b = buildOperatives(['ratify', { text: edited }, 'study']);
    const pair = compareTexts(a, b).pairs[1]!;
    expect(brief(pair)).toEqual(['2', '2', 'changed']);
    expect(pair.ops.filter(([op]) => op !== 0).map(([op, text]) => [op, text.trim()])).toEqual([
      [-1, 'strengthen'],
      [1, 'enhance'],
    ]);
    expect(pair.similarity).toBeGreaterThan(0.8);
    expect(pair.similarity).toBeLessThan(1);
  });

  it('marks a paragraph taken out of order as moved, even when its words also changed', () => {
    const a = buildOperatives(['ratify', 'borders', 'study', 'referral', 'nonPunishment', 'report', 'resources']);
    const movedAndEdited = OPERATIVE_TEXTS.borders.replace('forged travel documents', 'fraudulent identity documents');
    const b = buildOperatives(['ratify', 'study', 'referral', 'nonPunishment', { text: movedAndEdited }, 'report', 'resources']);
    const { pairs, summary } = compareTexts(a, b);
    expect(pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      ['3', '2', 'unchanged'],
      ['4', '3', 'unchanged'],
      ['5', '4', 'unchanged'],
      ['2', '5', 'moved'],
      ['6', '6', 'unchanged'],
      ['7', '7', 'unchanged'],
    ]);
    const moved = pairs[4]!;
    expect(moved.moved).toBe(true);
    expect(moved.ops.filter(([op]) => op !== 0).map(([op, text]) => [op, text.trim()])).toEqual([
      [-1, 'forged travel'],
      [1, 'fraudulent identity'],
    ]);
    expect(summary).toMatchObject({ unchanged: 6, moved: 1 });
  });

  it('marks a paragraph moved without edits as moved with a single equal op', () => {
    const a = buildOperatives(['ratify', 'borders', 'study', 'referral', 'nonPunishment']);
    const b = buildOperatives(['ratify', 'study', 'referral', 'nonPunishment', 'borders']);
    const moved = compareTexts(a, b).pairs.find((pair) => pair.status === 'moved');
    expect(moved).toMatchObject({ from: '2', to: '5', similarity: 1, ops: [[0, OPERATIVE_TEXTS.borders]] });
  });

  it('places a deleted paragraph after the last paragraph before it that stayed in place', () => {
    const a = buildOperatives(['ratify', 'borders', 'study', 'referral', 'nonPunishment']);
    const b = buildOperatives(['ratify', 'referral', 'nonPunishment', 'borders']);
    expect(compareTexts(a, b).pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      ['3', null, 'deleted'],
      ['4', '2', 'unchanged'],
      ['5', '3', 'unchanged'],
      ['2', '4', 'moved'],
    ]);
  });

  it('pairs near-duplicates that differ only in boilerplate with their identical counterparts', () => {
    const clause = 'to ensure confidentiality in order to protect victims and to facilitate their cooperation with the authorities;';
    const members = { text: `Invites Member States ${clause}` };
    const parties = { text: `Invites States parties ${clause}` };
    const a = buildOperatives(['ratify', members, 'borders', 'study', parties, 'referral']);
    const b = buildOperatives(['ratify', parties, 'borders', 'study', members, 'referral']);
    const pairs = compareTexts(a, b).pairs.filter((pair) => pair.from !== null && pair.to !== null);
    expect(pairs.map((pair) => pair.similarity)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(pairs.filter((pair) => pair.status === 'moved').map((pair) => [pair.from, pair.to])).toEqual([
      ['5', '2'],
      ['2', '5'],
    ]);
  });

  it('detects a paragraph split in two', () => {
    const whole =
      'Encourages States to collect data on trafficking cases, disaggregated by age and sex, and to share such data with the Office for its global report, while protecting the personal data of victims;';
    const first = 'Encourages States to collect data on trafficking cases, disaggregated by age and sex;';
    const second =
      'Also encourages States to share such data with the Office for its global report, while protecting the personal data of victims;';
    const a = buildOperatives(['ratify', { text: whole }, 'study']);
    const b = buildOperatives(['ratify', { text: first }, { text: second }, 'study']);
    const { pairs, summary } = compareTexts(a, b);
    expect(pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      ['2', '2', 'split'],
      ['3', '4', 'unchanged'],
    ]);
    expect(pairs[1]).toMatchObject({ fromRefs: ['2'], toRefs: ['2', '3'] });
    expect(oldTextOf(pairs[1]!.ops)).toBe(whole);
    expect(newTextOf(pairs[1]!.ops)).toBe(`${first}\n${second}`);
    expect(summary.split).toBe(1);
  });

  it('detects two paragraphs merged into one', () => {
    const first = 'Invites States to establish national referral mechanisms for the identification of victims;';
    const second = 'Also invites States to ensure access of identified victims to shelters, medical care and legal aid;';
    const whole =
      'Invites States to establish national referral mechanisms for the identification of victims and to ensure their access to shelters, medical care and legal aid;';
    const a = buildOperatives(['ratify', { text: first }, { text: second }, 'study']);
    const b = buildOperatives(['ratify', { text: whole }, 'study']);
    const { pairs, summary } = compareTexts(a, b);
    expect(pairs.map(brief)).toEqual([
      ['1', '1', 'unchanged'],
      ['2', '2', 'merged'],
      ['4', '3', 'unchanged'],
    ]);
    expect(pairs[1]).toMatchObject({ fromRefs: ['2', '3'], toRefs: ['2'] });
    expect(summary.merged).toBe(1);
  });

  it('does not pair paragraphs that share only an organisation name or a common opening', () => {
    const a: ComparableParagraph[] = [
      {
        ref: 'PP1',
        kind: 'preambular',
        text: 'Recalling the United Nations Convention against Transnational Organized Crime and its relevance to the control of firearms,',
      },
      {
        ref: '1',
        kind: 'operative',
        text: 'Requests the United Nations Office on Drugs and Crime to prepare a study on the use of online platforms for the recruitment of victims;',
      },
    ];
    const b: ComparableParagraph[] = [
      {
        ref: 'PP1',
        kind: 'preambular',
        text: 'Noting that the United Nations Convention against Transnational Organized Crime provides a legal basis for extradition,',
      },
      {
        ref: '1',
        kind: 'operative',
        text: 'Requests the United Nations Office on Drugs and Crime to convene an expert meeting on forensic accounting in financial investigations;',
      },
    ];
    const { pairs, summary } = compareTexts(a, b);
    expect(summary).toEqual({ unchanged: 0, changed: 0, moved: 0, new: 2, deleted: 2, split: 0, merged: 0 });
    expect(pairs.every((pair) => pair.from === null || pair.to === null)).toBe(true);
  });

  it('treats a paragraph that differs only by noise as unchanged, unless noise is shown', () => {
    const a: ComparableParagraph[] = [
      {
        ref: '1',
        kind: 'operative',
        text: 'Calls upon States to adopt a victim -centred approach to the vulnerabi lity of women,¹ as “appropriate”;',
      },
    ];
    const b: ComparableParagraph[] = [
      {
        ref: '1',
        kind: 'operative',
        text: 'Calls upon States to adopt a victim-centred approach to the vulnerability of women, as "appropriate";',
      },
    ];
    const hidden = compareTexts(a, b).pairs[0]!;
    expect(hidden).toMatchObject({ status: 'unchanged', similarity: 1, ops: [[0, b[0]!.text]] });
    const shown = compareTexts(a, b, { showNoise: true }).pairs[0]!;
    expect(shown.status).toBe('changed');
    expect(oldTextOf(shown.ops)).toBe(a[0]!.text);
    expect(newTextOf(shown.ops)).toBe(b[0]!.text);
  });

  it('keeps ops that rebuild both texts of every pair', () => {
    const a = buildOperatives(['ratify', 'borders', 'study', 'referral', 'nonPunishment', 'report']);
    const b = buildOperatives([
      'ratify',
      { text: OPERATIVE_TEXTS.referral.replace('legal aid', 'free legal aid and interpretation') },
      'study',
      { text: 'Decides to remain seized of the matter;' },
      'nonPunishment',
      'report',
    ]);
    const { pairs } = compareTexts(a, b, { showNoise: true });
    const oldByRef = new Map(a.map((paragraph) => [paragraph.ref, paragraph.text]));
    const newByRef = new Map(b.map((paragraph) => [paragraph.ref, paragraph.text]));
    for (const pair of pairs) {
      expect(oldTextOf(pair.ops)).toBe(pair.from ? oldByRef.get(pair.from) : '');
      expect(newTextOf(pair.ops)).toBe(pair.to ? newByRef.get(pair.to) : '');
    }
    expect(pairs.map((pair) => pair.to).filter(Boolean)).toEqual(b.map((paragraph) => paragraph.ref));
    expect(
      pairs
        .map((pair) => pair.from)
        .filter(Boolean)
        .sort(),
    ).toEqual(a.map((paragraph) => paragraph.ref).sort());
  });

  it('carries the attribution of the new paragraph', () => {
    const a = buildOperatives(['ratify', 'borders']);
    const b = buildOperatives(['ratify', { text: OPERATIVE_TEXTS.borders.replace('strengthen', 'enhance'), attribution: 'COL' }]);
    expect(compareTexts(a, b).pairs[1]).toMatchObject({ status: 'changed', attribution: 'COL' });
  });

  it('handles empty texts', () => {
    const b = buildOperatives(['ratify']);
    expect(compareTexts([], []).pairs).toEqual([]);
    expect(compareTexts([], b).pairs.map(brief)).toEqual([[null, '1', 'new']]);
    expect(compareTexts(b, []).pairs.map(brief)).toEqual([['1', null, 'deleted']]);
  });
});
