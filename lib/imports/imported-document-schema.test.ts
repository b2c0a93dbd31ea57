import { describe, expect, it } from 'vitest';
import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { detectNumbering } from './correct-imported-paragraphs';
import { importedDocumentSchema, toImportedDocument } from './imported-document-schema';

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
