import JSZip from 'jszip';
import { Paragraph, TextRun } from 'docx';
import type { DraftSnapshot, SnapshotParagraph } from '@/lib/draft/types';
import { buildContentRuns, buildLeadTextRuns, buildTextRuns } from './build-content-runs';
import { buildStatusMarkRuns } from './build-status-mark';
import type { ExportDraftOptions } from './types';
import { buildParagraphLayout, buildTitleParagraph, createUnDocument, packDocument, styleIds } from './un-layout';
import { anchorCommentSpans } from './anchor-comment-spans';
import { WordCommentWriter } from './word-comments';

type FootnoteMap = Record<number, { children: Paragraph[] }>;

function buildBodyParagraph(
  paragraph: SnapshotParagraph,
  addFootnote: (note: string) => number | null,
  comments: WordCommentWriter,
): Paragraph {
  const fromContent = buildContentRuns(paragraph.content, addFootnote, paragraph.lead);
  // The content is the source of truth for formatting, but a snapshot whose
  // content and text disagree (hand-built, or older data) must still print its text.
  const children =
    fromContent.text === paragraph.text && fromContent.runs.length > 0
      ? fromContent.runs
      : buildLeadTextRuns(paragraph.text, paragraph.lead);
  return new Paragraph({
    ...buildParagraphLayout(paragraph.kind, paragraph.depth),
    children: comments.wrap(paragraph.id, [...children, ...buildStatusMarkRuns(paragraph.status)]),
  });
}

/** The draft as a UN-style Word document; numbers are Word list numbers, brackets stay as typed. */
export async function exportDraftDocx(snapshot: DraftSnapshot, options: ExportDraftOptions = {}): Promise<Buffer> {
  const footnotes: FootnoteMap = {};
  let nextFootnote = 1;
  const addFootnote = (note: string): number | null => {
    if (options.footnotes === false || note.trim() === '') return null;
    const id = nextFootnote++;
    footnotes[id] = { children: [new Paragraph({ children: [new TextRun(note)] })] };
    return id;
  };

  const comments = new WordCommentWriter(options.comments);
  const children: Paragraph[] = [];
  if (snapshot.title) children.push(buildTitleParagraph(snapshot.title));
  if (snapshot.chapeau)
    children.push(new Paragraph({ style: styleIds.chapeau, children: buildTextRuns(snapshot.chapeau, { italics: true }) }));
  for (const paragraph of snapshot.paragraphs) children.push(buildBodyParagraph(paragraph, addFootnote, comments));

  const document = createUnDocument({
    children,
    ...(options.symbol ? { symbol: options.symbol } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(nextFootnote > 1 ? { footnotes } : {}),
    ...(options.furniture ? { furniture: options.furniture } : {}),
    ...comments.documentOptions,
  });
  const buffer = await packDocument(document);
  if (comments.spans.length === 0) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file('word/document.xml');
  if (!part) return buffer;
  zip.file('word/document.xml', anchorCommentSpans(await part.async('string'), comments.spans));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
