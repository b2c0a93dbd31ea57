import { describe, expect, it } from 'vitest';
import { markFootnoteNumbers, type FootnoteToMark } from './mark-footnote-numbers';
import { encodeNoteMarker, type SourceBlock } from './source-block';

/** The search as first written: a regular expression per footnote over the blocks from the last find. Fine on small inputs. */
function markByRescanning(blocks: SourceBlock[], footnotes: FootnoteToMark[]): void {
  let blockIndex = 0;
  let offset = 0;
  const alreadyMarked = new Set(blocks.flatMap((block) => [...block.text.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((match) => match[1])));
  for (const note of footnotes) {
    if (!/^\d+$/.test(note.key) || alreadyMarked.has(note.key)) continue;
    const key = note.key;
    const marker = new RegExp(
      `(?<=[A-Za-z’'”")\\]])${key}(?![\\d/])` +
        `|(?<=[,.;:”")\\]]\\s{1,2})${key}(?=\\s|$)(?![\\s]*[/.]\\d)` +
        `|(?<=[A-Za-z]\\s)${key}(?=\\s{2,}|\\s*$)` +
        `|(?<=[,;:])${key}(?=\\s|$)`,
      'g',
    );
    for (let index = blockIndex; index < Math.min(blocks.length, note.blockLimit); index += 1) {
      const block = blocks[index]!;
      marker.lastIndex = index === blockIndex ? offset : 0;
      const found = marker.exec(block.text);
      if (!found) continue;
      const replacement = encodeNoteMarker(key);
      block.text = block.text.slice(0, found.index) + replacement + block.text.slice(found.index + key.length);
      blockIndex = index;
      offset = found.index + replacement.length;
      break;
    }
  }
}

describe('markFootnoteNumbers', () => {
  it('marks numbers only where a footnote marker can stand, in order', () => {
    const blocks: SourceBlock[] = [
      { kind: 'body', line: 1, text: 'Recalling article 32 of the Convention,1 and paragraph 2 of resolution 1/2,' },
      { kind: 'body', line: 3, text: 'Noting the report, 2  of the Working Group 3' },
    ];
    markFootnoteNumbers(blocks, [
      { key: '1', blockLimit: 2 },
      { key: '2', blockLimit: 2 },
      { key: '3', blockLimit: 2 },
    ]);
    expect(blocks.map((block) => block.text)).toEqual([
      `Recalling article 32 of the Convention,${encodeNoteMarker('1')} and paragraph 2 of resolution 1/2,`,
      `Noting the report, ${encodeNoteMarker('2')}  of the Working Group ${encodeNoteMarker('3')}`,
    ]);
  });

  it('places the same markers as a fresh search from the last find for every footnote', () => {
    const words = [
      'Convention',
      ',',
      ';',
      ':',
      '.',
      ' ',
      '  ',
      '"',
      ')',
      'a',
      'article',
      '1',
      '2',
      '3',
      '12',
      '1/2',
      '2.5',
      '\uE0009\uE001',
    ];
    let state = 5;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let round = 0; round < 3000; round += 1) {
      const blocks = Array.from(
        { length: 1 + Math.floor(random() * 4) },
        (_, index): SourceBlock => ({
          kind: 'body',
          line: index + 1,
          text: Array.from({ length: Math.floor(random() * 12) }, () => words[Math.floor(random() * words.length)]).join(''),
        }),
      );
      const footnotes = Array.from(
        { length: Math.floor(random() * 6) },
        (): FootnoteToMark => ({
          key: ['1', '2', '3', '12', '9', '*'][Math.floor(random() * 6)]!,
          blockLimit: Math.floor(random() * (blocks.length + 1)),
        }),
      );
      const expected = blocks.map((block) => ({ ...block }));
      markByRescanning(expected, footnotes);
      markFootnoteNumbers(blocks, footnotes);
      expect(blocks, JSON.stringify({ blocks: expected, footnotes })).toEqual(expected);
    }
  });
});
