import { FootnoteReferenceRun, TextRun, type ParagraphChild } from 'docx';
import type { ProseMirrorJson } from '@/lib/editor/fragment-content';

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

/**
 * Runs from the paragraph's ProseMirror content, keeping italics inside the
 * text (titles of studies, Latin words) that `lead` alone would lose.
 * `addFootnote` returns the Word footnote id, or null to leave notes out.
 */
export function buildContentRuns(content: ProseMirrorJson, addFootnote: (note: string) => number | null): ContentRuns {
  const runs: ParagraphChild[] = [];
  let text = '';
  let pendingBreak = false;
  const blocks = readChildren(content as InlineNode);
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
