import { FootnoteReferenceRun, TextRun, type ParagraphChild } from 'docx';
import type { ProseMirrorJson } from '@/lib/editor/fragment-content';
import type { FootnoteAnchor } from './types';

export interface RunFormat {
  italics?: boolean;
  bold?: boolean;
}

/** One run per line; a newline inside a paragraph is a line break, as the editor's hard break. */
export function buildTextRuns(text: string, format: RunFormat = {}): TextRun[] {
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        ...(format.italics ? { italics: true } : {}),
        ...(format.bold ? { bold: true } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      }),
  );
}

/** Runs for a text whose italic opening words are `lead`. */
export function buildLeadTextRuns(text: string, lead?: string): TextRun[] {
  if (!lead || !text.startsWith(lead)) return buildTextRuns(text);
  return [...buildTextRuns(lead, { italics: true }), ...(text.length > lead.length ? buildTextRuns(text.slice(lead.length)) : [])];
}

interface InlineNode {
  type?: unknown;
  text?: unknown;
  marks?: unknown;
  attrs?: unknown;
  content?: unknown;
}

function readChildren(node: InlineNode): InlineNode[] {
  return Array.isArray(node.content) ? (node.content as InlineNode[]) : [];
}

function readFormat(node: InlineNode): RunFormat {
  const marks = Array.isArray(node.marks) ? (node.marks as { type?: unknown }[]) : [];
  return {
    italics: marks.some((mark) => mark.type === 'italic'),
    bold: marks.some((mark) => mark.type === 'bold'),
  };
}

function readNote(node: InlineNode): string {
  const attrs = node.attrs as { note?: unknown } | undefined;
  return typeof attrs?.note === 'string' ? attrs.note : '';
}

export interface ContentRuns {
  runs: ParagraphChild[];
  /** The text the runs spell, footnotes left out, to check against the paragraph's text. */
  text: string;
}

function isText(node: InlineNode): node is InlineNode & { text: string } {
  return node.type === 'text' && typeof node.text === 'string';
}

/**
 * The content with its opening `lead` italic, unless the content already italicises something there: the
 * editor italicises leads as they are typed, but content written elsewhere (a revision's plain snapshot, an
 * import) may carry the lead only as `paragraph.lead`.
 */
function italiciseLead(blocks: InlineNode[], lead: string | undefined): InlineNode[] {
  const first = blocks[0];
  if (!lead || !first) return blocks;
  const inlines = readChildren(first);
  let spelled = '';
  for (const node of inlines) {
    if (spelled.length >= lead.length) break;
    if (!isText(node)) return blocks;
    if (readFormat(node).italics) return blocks;
    spelled += node.text;
  }
  if (!spelled.startsWith(lead)) return blocks;
  const result: InlineNode[] = [];
  let offset = 0;
  for (const node of inlines) {
    if (offset >= lead.length || !isText(node)) {
      result.push(node);
      continue;
    }
    const marks = Array.isArray(node.marks) ? (node.marks as unknown[]) : [];
    const cut = Math.min(node.text.length, lead.length - offset);
    result.push({ ...node, text: node.text.slice(0, cut), marks: [...marks, { type: 'italic' }] });
    if (cut < node.text.length) result.push({ ...node, text: node.text.slice(cut) });
    offset += node.text.length;
  }
  return [{ ...first, content: result }, ...blocks.slice(1)];
}

/**
 * Runs from the paragraph's ProseMirror content, keeping italics inside the
 * text (titles of studies, Latin words) that `lead` alone would lose.
 * `addFootnote` returns the Word footnote id, or null to leave notes out; `lead` is italicised where the
 * content has no italics of its own.
 */
export function buildContentRuns(content: ProseMirrorJson, addFootnote: (note: string) => number | null, lead?: string): ContentRuns {
  const runs: ParagraphChild[] = [];
  let text = '';
  let pendingBreak = false;
  const blocks = italiciseLead(readChildren(content as InlineNode), lead);
  blocks.forEach((block, blockIndex) => {
    if (blockIndex > 0) {
      text += '\n';
      pendingBreak = true;
    }
    for (const node of readChildren(block)) {
      if (node.type === 'text' && typeof node.text === 'string') {
        const lines = node.text.split('\n');
        lines.forEach((line, lineIndex) => {
          const format = readFormat(node);
          runs.push(
            new TextRun({
              text: line,
              ...(format.italics ? { italics: true } : {}),
              ...(format.bold ? { bold: true } : {}),
              ...(pendingBreak || lineIndex > 0 ? { break: 1 } : {}),
            }),
          );
          pendingBreak = false;
        });
        text += node.text;
      } else if (node.type === 'hardBreak') {
        text += '\n';
        if (pendingBreak) runs.push(new TextRun({ text: '', break: 1 }));
        pendingBreak = true;
      } else if (node.type === 'footnote') {
        const id = addFootnote(readNote(node));
        if (id !== null) runs.push(new FootnoteReferenceRun(id));
      }
    }
  });
  if (pendingBreak) runs.push(new TextRun({ text: '', break: 1 }));
  return { runs, text };
}

/** Where the footnotes of a paragraph's content stand in its text, as `buildContentRuns` spells the text. */
export function readFootnoteAnchors(content: ProseMirrorJson): FootnoteAnchor[] {
  const anchors: FootnoteAnchor[] = [];
  let at = 0;
  readChildren(content as InlineNode).forEach((block, blockIndex) => {
    if (blockIndex > 0) at += 1;
    for (const node of readChildren(block)) {
      if (isText(node)) at += node.text.length;
      else if (node.type === 'hardBreak') at += 1;
      else if (node.type === 'footnote' && readNote(node).trim() !== '') anchors.push({ at, note: readNote(node) });
    }
  });
  return anchors;
}
