import { describe, expect, it } from 'vitest';
import { emptyTypeahead, extendTypeahead, findTypeaheadMatch, isTypeaheadKey, typeaheadPauseMs, typeIntoMenu } from './menu-typeahead';

const english = [
  'Move paragraph PP1 down',
  'Insert a paragraph after PP1',
  'Split paragraph PP1 at the cursor',
  'Freeze paragraph PP1',
  'Preambular (PP)',
  'Operative (1.)',
  'Subparagraph (a)',
  'Sub-subparagraph (i)',
  'Open',
  'Bracketed',
  'Agreed ad ref',
  'Agreed',
  'Delete paragraph PP1',
];

describe('findTypeaheadMatch', () => {
  it('moves to the first item after the current one whose name starts with the character, whatever its case', () => {
    expect(findTypeaheadMatch(english, 'd', 0)).toBe(12);
    expect(findTypeaheadMatch(english, 'D', 0)).toBe(12);
    expect(findTypeaheadMatch(english, 'o', 0)).toBe(5);
  });

  it('cycles: the same character again goes on to the next match, past the end back to the top', () => {
    expect(findTypeaheadMatch(english, 's', 0)).toBe(2);
    expect(findTypeaheadMatch(english, 's', 2)).toBe(6);
    expect(findTypeaheadMatch(english, 's', 6)).toBe(7);
    expect(findTypeaheadMatch(english, 's', 7)).toBe(2);
    expect(findTypeaheadMatch(english, 'ss', 6)).toBe(7);
  });

  it('matches a prefix typed quickly, staying on the current item while it still matches', () => {
    expect(findTypeaheadMatch(english, 'sub-', 0)).toBe(7);
    expect(findTypeaheadMatch(english, 'su', 6)).toBe(6);
    expect(findTypeaheadMatch(english, 'agreed ', 0)).toBe(10);
    expect(findTypeaheadMatch(english, 'op', 0)).toBe(5);
    expect(findTypeaheadMatch(english, 'ope', 5)).toBe(5);
    expect(findTypeaheadMatch(english, 'open', 5)).toBe(8);
  });

  it('answers null when nothing starts with what was typed, or the menu is empty', () => {
    expect(findTypeaheadMatch(english, 'z', 3)).toBeNull();
    expect(findTypeaheadMatch(english, 'mx', 0)).toBeNull();
    expect(findTypeaheadMatch([], 'd', -1)).toBeNull();
  });

  it('starts from the top when no item has focus yet', () => {
    expect(findTypeaheadMatch(english, 'm', -1)).toBe(0);
  });

  it('finds French names without their accents or capitals', () => {
    const french = [
      'Monter le paragraphe PP2',
      'Insérer un paragraphe après PP2',
      'Scinder le paragraphe PP2 au curseur',
      'Élément',
      'Supprimer le paragraphe PP2',
    ];
    expect(findTypeaheadMatch(french, 's', 2, 'fr')).toBe(4);
    expect(findTypeaheadMatch(french, 'e', 0, 'fr')).toBe(3);
    expect(findTypeaheadMatch(french, 'ins', 0, 'fr')).toBe(1);
  });
});

describe('extendTypeahead', () => {
  it('gathers characters typed quickly into one search and starts over after a pause', () => {
    const first = extendTypeahead(emptyTypeahead, 'd', 10_000);
    expect(first.text).toBe('d');
    const second = extendTypeahead(first, 'e', 10_000 + typeaheadPauseMs - 1);
    expect(second.text).toBe('de');
    expect(extendTypeahead(second, 'm', second.at + typeaheadPauseMs + 1).text).toBe('m');
  });
});

describe('isTypeaheadKey', () => {
  const plain = { ctrlKey: false, metaKey: false, altKey: false };
  it('takes printable characters and leaves navigation keys, Space and shortcuts alone', () => {
    expect(isTypeaheadKey({ ...plain, key: 'd' })).toBe(true);
    expect(isTypeaheadKey({ ...plain, key: 'É' })).toBe(true);
    expect(isTypeaheadKey({ ...plain, key: 'ArrowDown' })).toBe(false);
    expect(isTypeaheadKey({ ...plain, key: ' ' })).toBe(false);
    expect(isTypeaheadKey({ ...plain, key: 'Escape' })).toBe(false);
    expect(isTypeaheadKey({ ...plain, key: 'd', ctrlKey: true })).toBe(false);
    expect(isTypeaheadKey({ ...plain, key: 'd', metaKey: true })).toBe(false);
  });
});

describe('typeIntoMenu', () => {
  it('follows a quick prefix, and lets a quick letter that fits nothing after it start afresh', () => {
    const d = typeIntoMenu(emptyTypeahead, 'd', 10_000, english, 1);
    expect(d.match).toBe(12);
    const dm = typeIntoMenu(d.buffer, 'm', 10_050, english, 12);
    expect(dm).toEqual({ buffer: { text: 'm', at: 10_050 }, match: 0 });
    const s = typeIntoMenu(emptyTypeahead, 's', 10_000, english, 0);
    const su = typeIntoMenu(s.buffer, 'u', 10_050, english, s.match!);
    expect(su).toEqual({ buffer: { text: 'su', at: 10_050 }, match: 6 });
  });

  it('stays put when nothing starts with the letter', () => {
    expect(typeIntoMenu(emptyTypeahead, 'z', 10_000, english, 3).match).toBeNull();
  });
});
