import { describe, expect, it } from 'vitest';
import { removeNoteMarkers } from './clean-inline';
import { GrowingText } from './growing-text';
import { endsGrowingParagraph, endsParagraph, endsWithFootnoteNumber, endsWithOneOf } from './paragraph-end';
import { encodeNoteMarker } from './source-block';

/** The definitions the backward readers replace, fine on short strings. */
const reference = {
  endsParagraph: (text: string) => /[.,;:!?]["”’')]*$/.test(removeNoteMarkers(text).replace(/[*\s]+$/, '')),
  endsWithFootnoteNumber: (text: string) => /([.,;:])\s*\d{1,3}\s*$/.test(text),
  endsWithSentence: (text: string) => /[.!?)”"]$/.test(text.trim()),
};

const PIECES = [
  'a',
  'word',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '*',
  '**',
  '"',
  '”',
  '’',
  "'",
  ')',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '1',
  '23',
  '4567',
  encodeNoteMarker('2'),
  encodeNoteMarker('*'),
];

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('reading the end of a text backwards', () => {
  it('answers as the regular expressions do, on a text that grows piece by piece', () => {
    const random = createRandom(7);
    for (let round = 0; round < 3000; round += 1) {
      const text = new GrowingText();
      let plain = '';
      const steps = 1 + Math.floor(random() * 8);
      for (let step = 0; step < steps; step += 1) {
        let piece = '';
        for (let count = 1 + Math.floor(random() * 4); count > 0; count -= 1) piece += PIECES[Math.floor(random() * PIECES.length)];
        text.append(piece);
        plain += piece;
        if (random() < 0.2 && plain.length > 0) {
          const cut = 1 + Math.floor(random() * 2);
          // Cuts happen only where a line joiner makes them: never inside a note marker.
          if (!/[\uE000\uE001]/.test(plain.slice(-cut - 3))) {
            text.dropEnd(cut);
            plain = plain.slice(0, -cut);
          }
        }
        expect(endsGrowingParagraph(text), JSON.stringify(plain)).toBe(reference.endsParagraph(plain));
        expect(endsParagraph(plain), JSON.stringify(plain)).toBe(reference.endsParagraph(plain));
        expect(endsWithFootnoteNumber(text), JSON.stringify(plain)).toBe(reference.endsWithFootnoteNumber(plain));
        expect(endsWithOneOf(text, '.!?)”"'), JSON.stringify(plain)).toBe(reference.endsWithSentence(plain));
      }
      expect(text.toString()).toBe(plain);
    }
  });
});
