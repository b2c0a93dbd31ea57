import { describe, expect, it } from 'vitest';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { detectLead, detectParagraphLead } from './detect-lead';
import { loadBuiltInCorpus } from './load-built-in-corpus';

const corpus = loadBuiltInCorpus(builtInCorpusDir);
const ledParagraphs = corpus.documents.flatMap((document) =>
  document.paragraphs.filter(
    (paragraph): paragraph is typeof paragraph & { kind: 'preambular' | 'operative'; lead: string } =>
      paragraph.kind !== 'subparagraph' && paragraph.lead !== undefined,
  ),
);

describe('detectParagraphLead on the built-in corpus', () => {
  it('has enough imported leads to mean something', () => {
    expect(ledParagraphs.length).toBeGreaterThan(200);
    expect(new Set(ledParagraphs.map((paragraph) => paragraph.kind))).toEqual(new Set(['preambular', 'operative']));
  });

  it('recognises, without anything learned, the lead the importer gave every preambular and operative paragraph', () => {
    const differences = ledParagraphs
      .map((paragraph) => ({
        text: paragraph.text.slice(0, 60),
        imported: paragraph.lead,
        typed: detectParagraphLead(paragraph.text, paragraph.kind),
      }))
      .filter((row) => row.typed !== row.imported);
    expect(differences).toEqual([]);
  });

  it('recognises them as they are typed, word by word, once a space follows', () => {
    for (const paragraph of ledParagraphs) {
      const typed = `${paragraph.lead} `;
      expect(detectParagraphLead(typed, paragraph.kind)).toBe(paragraph.lead);
    }
  });
});

describe('detectParagraphLead', () => {
  it.each([
    ['Recalling also its resolution 10/3,', 'preambular', 'Recalling also'],
    ['Bearing in mind that the Protocol', 'preambular', 'Bearing in mind'],
    ['Noting with concern the low rate', 'preambular', 'Noting with concern'],
    ['Noting with deep concern the low rate', 'preambular', 'Noting with deep concern'],
    ['Taking note with appreciation of the report', 'preambular', 'Taking note with appreciation of'],
    ['Deeply concerned by', 'preambular', 'Deeply concerned'],
    ['Urges States parties to act;', 'operative', 'Urges'],
    ['Calls upon States parties', 'operative', 'Calls upon'],
    ['Requests also the secretariat', 'operative', 'Requests also'],
    ['Also requests the secretariat', 'operative', 'Also requests'],
    ['Decides, in accordance with', 'operative', 'Decides'],
  ] as const)('%s (%s) opens with "%s"', (text, kind, lead) => {
    expect(detectParagraphLead(text, kind)).toBe(lead);
  });

  it.each([
    ['States parties should act', 'operative'],
    ['The Secretariat should', 'operative'],
    ['With regard to training', 'operative'],
    ['The Conference,', 'preambular'],
    ['Also ', 'operative'],
    ['', 'preambular'],
  ] as const)('finds no lead in "%s" (%s)', (text, kind) => {
    expect(detectParagraphLead(text, kind)).toBeUndefined();
  });

  it('reads only the first words of a long paragraph', () => {
    expect(detectParagraphLead(`Recalling ${'word '.repeat(500_000)}`, 'preambular')).toBe('Recalling');
  });
});

describe('detectLead (the importers)', () => {
  it('keeps a source italic and trusts a capitalised word under a chapeau', () => {
    expect(detectLead('*Decides* that', 'operative')).toBe('Decides');
    expect(detectLead('States parties should', 'operative')).toBe('States');
  });

  it('lets the grammar read on past a shorter learned lead', () => {
    expect(detectLead('Decides also that, for its second session', 'operative', ['Decides'])).toBe('Decides also');
    expect(detectLead('Takes note of the report', 'operative', ['Takes note'])).toBe('Takes note of');
  });
});
