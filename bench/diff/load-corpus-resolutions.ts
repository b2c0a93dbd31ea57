/**
 * Resolutions 10/3 and 11/5 and every paragraph text of the built-in corpus,
 * read with the corpus parser. Null when the corpus folder cannot be read, so
 * the benchmark can still time synthetic texts.
 */

import type { ComparableParagraph } from '../../lib/compare/types';
import type { CorpusDocument } from '../../lib/corpus/types';
import { loadBuiltInCorpus } from '../../lib/corpus/load-built-in-corpus';
import { readConfig } from '../../server/config/read-config';

export interface CorpusResolutions {
  older: ComparableParagraph[];
  newer: ComparableParagraph[];
  /** Every paragraph text of the corpus, for synthetic texts. */
  texts: string[];
}

export function loadCorpusResolutions(): CorpusResolutions | null {
  let documents: CorpusDocument[];
  try {
    ({ documents } = loadBuiltInCorpus(readConfig().corpusDir));
  } catch (error) {
    console.warn(`corpus not loaded: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const older = documents.find((document) => document.id === 'cop-res-10-3');
  const newer = documents.find((document) => document.id === 'cop-res-11-5');
  if (!older || !newer) return null;
  return {
    older: older.paragraphs,
    newer: newer.paragraphs,
    texts: documents.flatMap((document) => document.paragraphs.map((paragraph) => paragraph.text)),
  };
}
