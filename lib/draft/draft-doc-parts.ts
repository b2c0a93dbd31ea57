import * as Y from 'yjs';
import { paragraphKinds, paragraphStatuses, UnknownParagraphError, type ParagraphKind, type ParagraphStatus } from './types';

/** Names of the shared types; clients and server must agree on them. */
export const draftDocKeys = { meta: 'meta', order: 'order', paragraphs: 'paragraphs' } as const;
export const paragraphKeys = {
  kind: 'kind',
  status: 'status',
  frozen: 'frozen',
  depth: 'depth',
  source: 'source',
  content: 'content',
} as const;

export type ParagraphMap = Y.Map<unknown>;

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(draftDocKeys.meta);
}

export function getOrderArray(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>(draftDocKeys.order);
}

export function getParagraphMap(doc: Y.Doc): Y.Map<ParagraphMap> {
  return doc.getMap<ParagraphMap>(draftDocKeys.paragraphs);
}

export function getParagraph(doc: Y.Doc, id: string): ParagraphMap {
  const paragraph = getParagraphMap(doc).get(id);
  if (!paragraph) throw new UnknownParagraphError(id);
  return paragraph;
}

/** The paragraph's rich text; the browser binds one Tiptap editor to it. */
export function getParagraphContent(paragraph: ParagraphMap): Y.XmlFragment {
  const content = paragraph.get(paragraphKeys.content);
  if (!(content instanceof Y.XmlFragment)) throw new Error('Paragraph has no content fragment.');
  return content;
}

export function readParagraphKind(paragraph: ParagraphMap): ParagraphKind {
  const kind = paragraph.get(paragraphKeys.kind);
  return (paragraphKinds as readonly unknown[]).includes(kind) ? (kind as ParagraphKind) : 'operative';
}

export function readParagraphStatus(paragraph: ParagraphMap): ParagraphStatus {
  const status = paragraph.get(paragraphKeys.status);
  return (paragraphStatuses as readonly unknown[]).includes(status) ? (status as ParagraphStatus) : 'open';
}

export function readParagraphDepth(paragraph: ParagraphMap): number {
  if (readParagraphKind(paragraph) !== 'subparagraph') return 0;
  const depth = paragraph.get(paragraphKeys.depth);
  return depth === 2 ? 2 : 1;
}

/** Short random ids; collisions across clients would merge two paragraphs, so about 60 bits of randomness. */
export function createParagraphId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'p';
  for (const byte of bytes) id += (byte % 36).toString(36);
  return id;
}
