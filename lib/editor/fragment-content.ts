import * as Y from 'yjs';
import type { Mark, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { blockNodeName, getEditorSchema, hardBreakNodeName, markNames } from './schema';

export type ProseMirrorJson = { type: string; [key: string]: unknown };

export interface InlineRun {
  text: string;
  attributes?: Record<string, unknown>;
}

function readMarks(schema: Schema, attributes: Record<string, unknown> | undefined): Mark[] {
  const marks: Mark[] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    // y-prosemirror names overlapping marks "name--hash"; ours do not overlap, but read them all the same.
    const type = schema.marks[key.split('--')[0]!];
    if (type && value !== null && typeof value === 'object') marks.push(type.create(value as Record<string, unknown>));
  }
  return marks;
}

function readInlineNodes(schema: Schema, element: Y.XmlElement): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert === 'string' && op.insert.length > 0) nodes.push(schema.text(op.insert, readMarks(schema, op.attributes)));
      }
    } else if (child instanceof Y.XmlElement) {
      const type = schema.nodes[child.nodeName];
      if (type?.isInline && !type.isText) nodes.push(type.create(child.getAttributes()));
    }
  }
  return nodes;
}

/**
 * ProseMirror JSON of a paragraph's content, as the browser editor would see
 * it. Read without y-prosemirror's conversion, which writes to the document it
 * reads (it deletes what it cannot convert and merges text runs): saving or
 * exporting must never change a draft. Anything the schema does not know is
 * left out here; the realtime server refuses it and repairs stored drafts.
 */
export function readFragmentJson(fragment: Y.XmlFragment): ProseMirrorJson {
  const schema = getEditorSchema();
  const blocks: ProseMirrorNode[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === blockNodeName) {
      blocks.push(schema.nodes[blockNodeName]!.create(null, readInlineNodes(schema, child)));
    }
  }
  return schema.topNodeType.create(null, blocks).toJSON() as ProseMirrorJson;
}

/** Plain text: blocks joined by a newline, hard breaks as newlines, footnotes left out. */
export function readFragmentText(fragment: Y.XmlFragment): string {
  const blocks: string[] = [];
  for (const child of fragment.toArray()) {
    blocks.push(child instanceof Y.XmlText ? child.toString() : readInlineText(child as Y.XmlElement));
  }
  return blocks.join('\n');
}

function readInlineText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown }[]) {
        if (typeof op.insert === 'string') text += op.insert;
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === hardBreakNodeName) {
      text += '\n';
    } else if (child instanceof Y.XmlElement && child.nodeName !== 'footnote') {
      text += readInlineText(child);
    }
  }
  return text;
}

/** Builds integrated content: the fragment must already belong to a document (or be filled in the same transaction). */
export function writeFragmentRuns(fragment: Y.XmlFragment, runs: InlineRun[]): void {
  const block = new Y.XmlElement(blockNodeName);
  fragment.insert(fragment.length, [block]);
  const text = new Y.XmlText();
  block.insert(0, [text]);
  appendRuns(text, runs);
}

export function appendRuns(text: Y.XmlText, runs: InlineRun[]): void {
  for (const run of runs) {
    if (run.text.length === 0) continue;
    // An explicit attribute object stops the run from inheriting the formatting before it.
    text.insert(text.length, run.text, { ...(run.attributes ?? {}) });
  }
}

/** Runs for a corpus paragraph: the lead (a prefix of the text) in italics. */
export function buildLeadRuns(text: string, lead?: string): InlineRun[] {
  if (lead && text.startsWith(lead)) {
    return [{ text: lead, attributes: { [markNames.italic]: {} } }, { text: text.slice(lead.length) }];
  }
  return [{ text }];
}

/** The italic prefix of the first block, which is how the UN sets a paragraph's opening words. */
export function readFragmentLead(fragment: Y.XmlFragment): string | undefined {
  const first = fragment.get(0);
  if (!(first instanceof Y.XmlElement)) return undefined;
  const head = first.get(0);
  if (!(head instanceof Y.XmlText)) return undefined;
  let lead = '';
  for (const op of head.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string' || !op.attributes || !(markNames.italic in op.attributes)) break;
    lead += op.insert;
  }
  return lead.trim().length > 0 ? lead : undefined;
}
