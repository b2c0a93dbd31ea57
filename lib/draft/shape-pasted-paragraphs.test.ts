import { describe, expect, it } from 'vitest';
import { detectParagraphLead } from '@/lib/corpus/detect-lead';
import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import { parseRef } from '@/lib/corpus/refs';
import type { CorpusParagraph } from '@/lib/corpus/types';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { isMarkedParagraph, shapePastedParagraphs, splitPastedText } from './shape-pasted-paragraphs';

const corpus = loadBuiltInCorpus(builtInCorpusDir);
/** Resolutions and decisions under a chapeau: preambular paragraphs, then numbered ones with their subparagraphs. */
const resolutions = corpus.documents.filter(
  (document) => document.chapeau !== undefined && document.paragraphs.some((paragraph) => paragraph.kind === 'preambular'),
);

/** A paragraph as it reads in the printed document, its number or letter in front. */
function printed(paragraph: CorpusParagraph): string {
  const parsed = parseRef(paragraph.ref);
  if (paragraph.kind === 'preambular' || !parsed) return paragraph.text;
  if (paragraph.kind === 'operative') return `${paragraph.ref}. ${paragraph.text}`;
  return `(${parsed.parts[parsed.parts.length - 1]}) ${paragraph.text}`;
}

function expectedShape(paragraph: CorpusParagraph) {
  const lead = paragraph.kind === 'subparagraph' ? undefined : detectParagraphLead(paragraph.text, paragraph.kind);
  return {
    text: paragraph.text,
    kind: paragraph.kind,
    depth: paragraph.depth,
    ...(lead && lead.length < paragraph.text.length ? { lead } : {}),
  };
}

describe('pasting the paragraphs of real resolutions', () => {
  it('has resolutions with preambular, operative and subparagraphs to paste', () => {
    expect(resolutions.length).toBeGreaterThan(2);
    const kinds = new Set(resolutions.flatMap((document) => document.paragraphs.map((paragraph) => paragraph.kind)));
    expect(kinds).toEqual(new Set(['preambular', 'operative', 'subparagraph']));
  });

  for (const separator of ['\n\n', '\n']) {
    it(`gives back each paragraph's kind, depth, text and lead, numbers taken off (paragraphs separated by ${JSON.stringify(separator)})`, () => {
      for (const document of resolutions) {
        const pasted = document.paragraphs.map(printed).join(separator);
        const shaped = shapePastedParagraphs(splitPastedText(pasted), { kind: 'preambular', depth: 0 });
        expect(
          shaped.map(({ shaped: _shaped, ...rest }) => rest),
          document.id,
        ).toEqual(document.paragraphs.map(expectedShape));
      }
    });
  }

  it('italicises the imported lead of every preambular and operative paragraph', () => {
    for (const document of resolutions) {
      const shaped = shapePastedParagraphs(splitPastedText(document.paragraphs.map(printed).join('\n')), { kind: 'preambular', depth: 0 });
      document.paragraphs.forEach((paragraph, index) => {
        if (paragraph.lead) expect(shaped[index]?.lead, `${document.id} ${paragraph.ref}`).toBe(paragraph.lead);
      });
    }
  });
});

describe('splitPastedText', () => {
  it('splits at blank lines and joins hard wraps, as before', () => {
    expect(splitPastedText('One pasted.\n\nTwo pasted,\nwrapped.\n\nThree pasted.')).toEqual([
      'One pasted.',
      'Two pasted, wrapped.',
      'Three pasted.',
    ]);
  });

  it('splits at single line breaks before numbers and letters', () => {
    expect(
      splitPastedText(
        '1. Requests the secretariat to report;\n2. Requests also the Working Group\nto meet;\n(a) To review;\r\n(b) To report.',
      ),
    ).toEqual([
      '1. Requests the secretariat to report;',
      '2. Requests also the Working Group to meet;',
      '(a) To review;',
      '(b) To report.',
    ]);
  });

  it('splits before a participle only after a line that ends like a paragraph', () => {
    expect(splitPastedText('Recalling its resolution 10/3,\nNoting with concern the rate,')).toEqual([
      'Recalling its resolution 10/3,',
      'Noting with concern the rate,',
    ]);
    expect(splitPastedText('Recalling the measures taken by\nNoting States')).toEqual(['Recalling the measures taken by Noting States']);
  });
});

describe('shapePastedParagraphs', () => {
  const preambular = { kind: 'preambular', depth: 0 } as const;

  it('makes numbered lines operative paragraphs without their numbers, with their verbs as leads', () => {
    expect(shapePastedParagraphs(['1. Requests the secretariat to report;', '2) Calls upon States parties to act.'], preambular)).toEqual([
      { text: 'Requests the secretariat to report;', kind: 'operative', depth: 0, lead: 'Requests', shaped: true },
      { text: 'Calls upon States parties to act.', kind: 'operative', depth: 0, lead: 'Calls upon', shaped: true },
    ]);
  });

  it('reads (a) as a subparagraph, (i) as one a level deeper, and (i) after (h) as a letter', () => {
    const texts = [
      '(a) One;',
      '(i) Deeper;',
      '(ii) Deeper still;',
      '(b) Two;',
      '(c) Three;',
      '(d) d;',
      '(e) e;',
      '(f) f;',
      '(g) g;',
      '(h) h;',
      '(i) i;',
      '(j) j.',
    ];
    expect(shapePastedParagraphs(texts, preambular).map(({ depth }) => depth)).toEqual([1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(shapePastedParagraphs(['(a) One;'], preambular)[0]).toEqual({ text: 'One;', kind: 'subparagraph', depth: 1, shaped: true });
  });

  it('makes an unnumbered participle line preambular and leaves other lines the shape of the paragraph pasted into', () => {
    const operative = { kind: 'operative', depth: 0 } as const;
    expect(shapePastedParagraphs(['Recalling also its resolution 10/3,', 'Further text.'], operative)).toEqual([
      { text: 'Recalling also its resolution 10/3,', kind: 'preambular', depth: 0, lead: 'Recalling also', shaped: true },
      { text: 'Further text.', kind: 'operative', depth: 0, shaped: false },
    ]);
    expect(shapePastedParagraphs(['Requested the secretariat to report;'], operative)[0]).toMatchObject({
      kind: 'operative',
      shaped: false,
    });
    expect(shapePastedParagraphs(['More words.'], { kind: 'subparagraph', depth: 2 })[0]).toMatchObject({ kind: 'subparagraph', depth: 2 });
  });

  it('knows a single line that is a paragraph of its own', () => {
    expect(isMarkedParagraph('1. Requests the secretariat;')).toBe(true);
    expect(isMarkedParagraph('(b) To report;')).toBe(true);
    expect(isMarkedParagraph('Requests the secretariat;')).toBe(false);
    expect(isMarkedParagraph('2.5 per cent of')).toBe(false);
  });
});
