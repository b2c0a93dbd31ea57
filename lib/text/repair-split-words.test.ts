import { describe, expect, it } from 'vitest';
import { repairSplitWords } from './repair-split-words';
import { buildVocabulary } from './vocabulary';

const vocabulary = buildVocabulary([
  'the vulnerability of victims of trafficking; into the situation; an approach; in to; a a a; the the the; in in in; to to to',
  'espouse these principles; liable to sanctions (e) (n) (e) IV.46.f',
]);

describe('repairSplitWords', () => {
  it('joins pieces whose concatenation the corpus attests', () => {
    expect(repairSplitWords('a position of vulnerabi lity, and tr afficking in persons', vocabulary)).toBe(
      'a position of vulnerability, and trafficking in persons',
    );
    expect(repairSplitWords('policies that e spouse these principles; is l iable', vocabulary)).toBe(
      'policies that espouse these principles; is liable',
    );
    expect(repairSplitWords('the situa tion and t he work', vocabulary)).toBe('the situation and the work');
  });

  it('leaves real word pairs alone', () => {
    expect(repairSplitWords('went in to the room', vocabulary)).toBe('went in to the room');
    expect(repairSplitWords('paragraph a n of', vocabulary)).toBe('paragraph a n of');
    expect(repairSplitWords('New York', buildVocabulary(['newyork']))).toBe('New York');
  });
});
