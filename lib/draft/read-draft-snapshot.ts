import type * as Y from 'yjs';
import { readFragmentJson, readFragmentLead, readFragmentText } from '@/lib/editor';
import { deriveNumbering } from './derive-numbering';
import {
  getMetaMap,
  getParagraph,
  getParagraphContent,
  paragraphKeys,
  readParagraphDepth,
  readParagraphKind,
  readParagraphStatus,
} from './draft-doc-parts';
import { readParagraphOrder } from './read-paragraph-order';
import type { DraftSnapshot, ParagraphSource, SnapshotParagraph } from './types';

function readString(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' ? value : undefined;
}

function readSource(value: unknown): ParagraphSource | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const source = value as Record<string, unknown>;
  if (typeof source.documentId !== 'string' || typeof source.ref !== 'string') return undefined;
  return {
    documentId: source.documentId,
    ref: source.ref,
    citation: typeof source.citation === 'string' ? source.citation : '',
    text: typeof source.text === 'string' ? source.text : '',
  };
}

/** Plain data for storage, search, diff and export; numbering derived from the current order. */
export function readDraftSnapshot(doc: Y.Doc): DraftSnapshot {
  const meta = getMetaMap(doc);
  const paragraphs: Omit<SnapshotParagraph, 'number'>[] = readParagraphOrder(doc).map((id) => {
    const paragraph = getParagraph(doc, id);
    const content = getParagraphContent(paragraph);
    const lead = readFragmentLead(content);
    const source = readSource(paragraph.get(paragraphKeys.source));
    return {
      id,
      kind: readParagraphKind(paragraph),
      status: readParagraphStatus(paragraph),
      frozen: paragraph.get(paragraphKeys.frozen) === true,
      depth: readParagraphDepth(paragraph),
      text: readFragmentText(content),
      ...(lead ? { lead } : {}),
      content: readFragmentJson(content),
      ...(source ? { source } : {}),
    };
  });
  const numbers = deriveNumbering(paragraphs);
  const baseDocumentId = readString(meta, 'baseDocumentId');
  const baseDraftId = readString(meta, 'baseDraftId');
  return {
    title: readString(meta, 'title') ?? '',
    body: readString(meta, 'body') ?? '',
    chapeau: readString(meta, 'chapeau') ?? '',
    ...(baseDocumentId ? { baseDocumentId } : {}),
    ...(baseDraftId ? { baseDraftId } : {}),
    paragraphs: paragraphs.map((paragraph, index) => ({ ...paragraph, number: numbers[index]! })),
  };
}
