import { describe, expect, it } from 'vitest';
import { buildVocabulary, type Vocabulary } from '../text/vocabulary';
import { joinLines } from './join-lines';

/** The joiner as it was written with regular expressions over the whole paragraph: the behaviour to keep. */
function joinLinesByExpressions(left: string, right: string, vocabulary: Vocabulary): string {
  const head = left.replace(/\s+$/, '');
  const tail = right.replace(/^\s+/, '');
  if (head === '') return tail;
  if (tail === '') return head;
  if (/[A-Za-z] -$/.test(head)) return `${head.slice(0, -2)}-${tail}`;
  const hyphenated = /([A-Za-z]+)-$/.exec(head);
  const next = /^([a-z]+)/.exec(tail);
  if (hyphenated && next) {
    const joined = hyphenated[1] + next[1];
    const known = (word: string, times: number) => (vocabulary.counts.get(word.toLowerCase()) ?? 0) >= times;
    const soft = known(joined, 1) && !`${hyphenated[1]}-${next[1]}`.split('-').every((part) => known(part, 3));
    return soft ? `${head.slice(0, -1)}${tail}` : `${head}${tail}`;
  }
  if (/[A-Za-z]-$/.test(head)) return `${head}${tail}`;
  return `${head} ${tail}`;
}

describe('joinLines', () => {
  const vocabulary = buildVocabulary(['vulnerability; near universal, near universal, near universal; victim centred; abcdefghijklmnop']);

  it('undoes soft hyphens the vocabulary attests and keeps real ones', () => {
    expect(joinLines('the vulnera-', 'bility of', vocabulary)).toBe('the vulnerability of');
    expect(joinLines('near-', 'universal', vocabulary)).toBe('near-universal');
    expect(joinLines('victim -', 'centred', vocabulary)).toBe('victim-centred');
    expect(joinLines('Recalling  ', '  its resolution', vocabulary)).toBe('Recalling its resolution');
  });

  it('agrees with the joiner written with regular expressions', () => {
    const pieces = [
      'a',
      'b',
      'vulnera',
      'bility',
      'near',
      'universal',
      'victim',
      'centred',
      'abcdefgh',
      'ijklmnop',
      'A',
      '-',
      ' -',
      ' ',
      '  ',
      '\t',
      '.',
      '1',
      'é',
    ];
    let state = 11;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const write = () => Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    for (let round = 0; round < 20_000; round += 1) {
      const left = write();
      const right = write();
      expect(joinLines(left, right, vocabulary), JSON.stringify([left, right])).toBe(joinLinesByExpressions(left, right, vocabulary));
    }
  });
});
