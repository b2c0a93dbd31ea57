import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../text/vocabulary';
import { GrowingText } from './growing-text';
import { appendLine } from './join-lines';
import { parseDocument } from './parse-document';
import type { WorkCounter } from './work-counter';

/*
 * The importer must read a document in time linear in its length. Time is not
 * measured (it depends on the machine and its load): the parser counts the
 * characters it reads while joining lines, joining blocks into paragraphs,
 * looking at paragraph ends and placing footnotes, and the count must grow
 * like the input when the input doubles.
 */

const SENTENCES = [
  'States parties should strengthen the identification of victims of trafficking in persons',
  'the Conference recognized the importance of international cooperation in criminal matters',
  'the secretariat continues to support technical assistance to requesting States, as appropriate',
  'national authorities reported progress in victim-centred and trauma-informed approaches',
];

function writeSentence(index: number): string {
  return `${SENTENCES[index % SENTENCES.length]} (${index})`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

const HEADER = ['Resolution 14/2', '', '17 October 2026', '', 'The Conference of the Parties,', ''];

/** One numbered paragraph of `sentences` sentences, hard-wrapped: the whole text is one long block. */
function writeHardWrappedProse(sentences: number): string {
  const body: string[] = [];
  for (let index = 0; index < sentences; index += 1) body.push(`${writeSentence(index)}.`);
  // A footnote number now and then, and its note after a rule, as PDF text has them.
  return [...HEADER, ...wrap(`1. Decides that ${body.join(' ')}`, 78), '______', '1 See the report.'].join('\n');
}

/** `count` numbered paragraphs, a quarter with lettered subparagraphs (past 999 numbers are text of paragraph 999). */
function writeNumberedParagraphs(count: number, format: 'text' | 'markdown'): string {
  const lines = [...HEADER];
  for (let number = 1; number <= count; number += 1) {
    const lettered = number < 1000 && number % 4 === 0;
    lines.push(`${number}. ${format === 'markdown' ? '*Requests*' : 'Requests'} that ${writeSentence(number)}${lettered ? ':' : ';'}`, '');
    if (lettered) lines.push(`(a) ${writeSentence(number + 1)};`, '', `(b) ${writeSentence(number + 2)};`, '');
  }
  return lines.join('\n');
}

function countParseWork(text: string, format: 'text' | 'markdown'): number {
  const workCounter: WorkCounter = { characters: 0 };
  parseDocument(text, { format, name: 'growth.txt', meta: { year: 2026 }, workCounter });
  return workCounter.characters;
}

/** Work for inputs of sizes n, 2n, 4n, 8n: each doubling may at most a little more than double it. */
function expectLinearGrowth(sizes: number[], measure: (size: number) => { work: number; characters: number }): void {
  const runs = sizes.map(measure);
  for (let index = 1; index < runs.length; index += 1) {
    const inputRatio = runs[index]!.characters / runs[index - 1]!.characters;
    const workRatio = runs[index]!.work / runs[index - 1]!.work;
    expect(
      workRatio / inputRatio,
      `work ${runs[index - 1]!.work} → ${runs[index]!.work} for input ${runs[index - 1]!.characters} → ${runs[index]!.characters}`,
    ).toBeLessThan(1.15);
  }
  // And a small constant number of characters read per input character.
  for (const run of runs) expect(run.work / run.characters).toBeLessThan(12);
}

describe('the importer reads a document in linear time', () => {
  it('joins hard-wrapped lines reading only the end of the paragraph', () => {
    const vocabulary = buildVocabulary(['vulnerability of migrants']);
    expectLinearGrowth([2_000, 4_000, 8_000, 16_000], (lines) => {
      const counter: WorkCounter = { characters: 0 };
      const text = new GrowingText(counter);
      let characters = 0;
      for (let index = 0; index < lines; index += 1) {
        // Soft hyphens, compound hyphens and hyphens set apart by a space: every rule that reads the end.
        const line =
          index % 7 === 0
            ? 'the vulnera-'
            : index % 7 === 1
              ? `bility of migrants, ${writeSentence(index)} -`
              : `${writeSentence(index)} near-`;
        characters += line.length;
        appendLine(text, line, vocabulary);
      }
      expect(text.toString().includes('the vulnerability of migrants')).toBe(true);
      return { work: counter.characters, characters };
    });
  });

  it('the measure tells quadratic joining apart: reading the whole paragraph for every line grows fourfold per doubling', () => {
    const quadraticWork = (lines: number): number => {
      let length = 0;
      let work = 0;
      for (let index = 0; index < lines; index += 1) {
        work += length;
        length += writeSentence(index).length + 1;
      }
      return work;
    };
    expect(quadraticWork(4_000) / quadraticWork(2_000)).toBeGreaterThan(3.5);
  });

  it('parses hard-wrapped prose (one block of many lines)', () => {
    expectLinearGrowth([1_000, 2_000, 4_000, 8_000], (sentences) => {
      const text = writeHardWrappedProse(sentences);
      return { work: countParseWork(text, 'text'), characters: text.length };
    });
  });

  it('parses many numbered paragraphs, as text and as Markdown', () => {
    for (const format of ['text', 'markdown'] as const) {
      expectLinearGrowth([2_000, 4_000, 8_000, 16_000], (count) => {
        const text = writeNumberedParagraphs(count, format);
        return { work: countParseWork(text, format), characters: text.length };
      });
    }
  });

  it('looks for footnote numbers that are not in the text without reading the text again for each', () => {
    expectLinearGrowth([500, 1_000, 2_000, 4_000], (notes) => {
      const lines = [...HEADER, '1. Decides that:', ''];
      for (let number = 1; number <= notes; number += 1) {
        // Footnote numbers have at most three digits; "article 5123" can never hold a marker.
        lines.push(
          `Requests the secretariat to report on article ${number + 5000};`,
          '',
          '______',
          `${(number % 900) + 1} A note no marker points to.`,
          '',
        );
      }
      const text = lines.join('\n');
      return { work: countParseWork(text, 'text'), characters: text.length };
    });
  });

  it('rejoins a Markdown paragraph broken by many page feet without copying it at each break', () => {
    expectLinearGrowth([500, 1_000, 2_000, 4_000], (pages) => {
      const lines = [...HEADER, '1. Decides that'];
      for (let page = 1; page <= pages; page += 1) {
        lines.push(
          `${writeSentence(page)}<sup>${(page % 900) + 1}</sup> and that`,
          '',
          '---',
          '',
          `<sup>${(page % 900) + 1}</sup> See the report.`,
          '',
        );
      }
      lines.push('the Conference will act;');
      const text = lines.join('\n');
      return { work: countParseWork(text, 'markdown'), characters: text.length };
    });
  });

  it('reads the end of a paragraph that keeps growing by lines of quotes and stars only once', () => {
    expectLinearGrowth([2_000, 4_000, 8_000, 16_000], (lines) => {
      const text = [...HEADER, '1. Decides that', ...Array.from({ length: lines }, (_, index) => (index % 2 ? '” ’' : '* "'))].join('\n');
      return { work: countParseWork(text, 'text'), characters: text.length };
    });
  });
});
