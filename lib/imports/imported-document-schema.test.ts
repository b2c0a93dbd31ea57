import { describe, expect, it } from 'vitest';
import { importedParagraphsSample, makeImportedParagraph } from '@/test-support/imported-paragraphs';
import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { detectNumbering } from './correct-imported-paragraphs';
import { importedDocumentSchema, importLimits, toImportedDocument } from './imported-document-schema';

const paragraph = makeImportedParagraph;
const sample = importedParagraphsSample;

describe('the save validation', () => {
  const valid = {
    fileName: 'draft on data.md',
    document: {
      title: 'Data',
      kind: 'draft resolution',
      body: 'Conference of the Parties',
      year: 2026,
      paragraphs: sample.map(({ ref: _ref, ...rest }) => ({ ...rest, ref: 'PP99' })),
    },
  };

  it('recomputes references instead of trusting them, and derives the id from the file name', () => {
    const document = toImportedDocument(importedDocumentSchema.parse(valid));
    expect(document.paragraphs.map((p) => p.ref)).toEqual(['PP1', 'PP2', '1', '2', '2(a)', '2(a)(i)', '3']);
    expect(document.id).toBe('draft-on-data');
    expect(document.sources).toEqual(['draft on data.md']);
  });

  it('drops a lead the text no longer starts with', () => {
    const input = structuredClone(valid);
    input.document.paragraphs[0] = { ...input.document.paragraphs[0], text: 'Bearing in mind its resolution 10/3,' };
    expect(toImportedDocument(importedDocumentSchema.parse(input)).paragraphs[0].lead).toBeUndefined();
  });

  it('refuses unknown kinds, empty texts, overlong texts and too many paragraphs', () => {
    const withKind = structuredClone(valid) as { document: { paragraphs: { kind: string }[] } };
    withKind.document.paragraphs[0].kind = 'chapeau';
    expect(importedDocumentSchema.safeParse(withKind).success).toBe(false);
    const empty = structuredClone(valid);
    empty.document.paragraphs[0] = { ...empty.document.paragraphs[0], text: '   ' };
    expect(importedDocumentSchema.safeParse(empty).success).toBe(false);
    const many = structuredClone(valid);
    many.document.paragraphs = Array.from({ length: importLimits.paragraphs + 1 }, () => valid.document.paragraphs[2]);
    expect(importedDocumentSchema.safeParse(many).success).toBe(false);
    const long = structuredClone(valid);
    long.document.paragraphs[0] = { ...long.document.paragraphs[0], text: 'x'.repeat(importLimits.paragraphChars + 1) };
    expect(importedDocumentSchema.safeParse(long).success).toBe(false);
  });
});

describe('a text lettered from the top', () => {
  const lettered = [
    paragraph('operative', 'Recommendation one;', { ref: '(a)' }),
    paragraph('subparagraph', 'with detail;', { ref: '(a)(i)', depth: 1 }),
    paragraph('operative', 'Recommendation two;', { ref: '(b)' }),
    paragraph('operative', 'Recommendation three.', { ref: '(c)' }),
  ];

  it('is saved lettered when the browser says so', () => {
    const document = toImportedDocument(
      importedDocumentSchema.parse({
        fileName: 'recommendations.txt',
        document: {
          title: 'Recommendations',
          kind: 'recommendations',
          body: 'Working Group',
          year: 2011,
          numbering: 'lettered',
          paragraphs: lettered,
        },
      }),
    );
    expect(document.paragraphs.map((p) => p.ref)).toEqual(['(a)', '(a)(i)', '(b)', '(c)']);
  });
});

describe('saving a previewed document nobody corrected', () => {
  it('gives every built-in text back with its own references, kinds, leads and notes', () => {
    const { documents } = loadBuiltInCorpus(builtInCorpusDir);
    expect(documents.length).toBeGreaterThan(10);
    const differing: string[] = [];
    for (const document of documents) {
      const sent = JSON.parse(JSON.stringify({ ...document, numbering: detectNumbering(document.paragraphs) }));
      const saved = toImportedDocument(importedDocumentSchema.parse({ fileName: document.sources[0] ?? 'x.md', document: sent }));
      const strip = (paragraphs: typeof document.paragraphs) =>
        paragraphs.map(({ ref, kind, text, lead, notes, depth }) => ({ ref, kind, text, lead, notes, depth }));
      if (JSON.stringify(strip(saved.paragraphs)) !== JSON.stringify(strip(document.paragraphs))) differing.push(document.id);
    }
    expect(differing).toEqual([]);
  });
});
