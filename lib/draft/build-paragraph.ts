import * as Y from 'yjs';
import { buildLeadRuns, writeFragmentRuns, type InlineRun } from '@/lib/editor/fragment-content';
import { createParagraphId, getParagraphMap, paragraphKeys, type ParagraphMap } from './draft-doc-parts';
import type { ParagraphInit } from './types';

/**
 * Adds a paragraph to the paragraphs map (not to the order). The map is
 * integrated before its content is filled, so every nested type is live.
 * Call inside a transaction.
 */
export function addParagraphEntry(doc: Y.Doc, init: ParagraphInit, runs?: InlineRun[]): string {
  const id = createParagraphId();
  const paragraph: ParagraphMap = new Y.Map<unknown>();
  getParagraphMap(doc).set(id, paragraph);
  paragraph.set(paragraphKeys.kind, init.kind);
  paragraph.set(paragraphKeys.status, init.status ?? 'open');
  paragraph.set(paragraphKeys.frozen, init.frozen ?? false);
  if (init.kind === 'subparagraph') paragraph.set(paragraphKeys.depth, init.depth === 2 ? 2 : 1);
  if (init.source) paragraph.set(paragraphKeys.source, { ...init.source });
  const content = new Y.XmlFragment();
  paragraph.set(paragraphKeys.content, content);
  writeFragmentRuns(content, runs ?? buildLeadRuns(init.text, init.lead));
  return id;
}
