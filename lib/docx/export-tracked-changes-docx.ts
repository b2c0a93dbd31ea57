import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { diffWords } from '@/lib/compare/diff-words';
import type {
  DocxTextParagraph,
  ExportTrackedChangesOptions,
  TrackedBaseText,
  TrackedOp,
  TrackedParagraph,
  TrackedRevisionText,
} from './types';
import { buildParagraphLayout, createUnDocument, packDocument, styleIds } from './un-layout';

const DEFAULT_AUTHOR = 'Zero Draft';

interface Revision {
  id: number;
  author: string;
  date: string;
}

/** Word wants `yyyy-mm-ddThh:mm:ssZ`; a bare day is taken as its midnight UTC. */
function normalizeDate(value: string): string {
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`Not a date: "${value}"`);
  return parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function spellSide(ops: readonly TrackedOp[], side: -1 | 1): string {
  return ops
    .filter(([op]) => op === 0 || op === side)
    .map(([, text]) => text)
    .join('');
}

interface RunFormat {
  bold?: boolean;
  /** Italic for the whole text (the chapeau). */
  italics?: boolean;
  /** Italic opening words on each side of the change. */
  oldLead?: string;
  newLead?: string;
}

/**
 * Cuts `text`, starting at `position` on its side, where the lead ends and at
 * line breaks, so every piece has one formatting.
 */
function splitPieces(text: string, position: number, lead: number): { text: string; italic: boolean; breakBefore: boolean }[] {
  const pieces: { text: string; italic: boolean; breakBefore: boolean }[] = [];
  const cut = Math.max(0, Math.min(text.length, lead - position));
  const parts = cut > 0 && cut < text.length ? [text.slice(0, cut), text.slice(cut)] : [text];
  let offset = position;
  for (const part of parts) {
    part.split('\n').forEach((line, index) => {
      pieces.push({ text: line, italic: offset < lead, breakBefore: index > 0 });
    });
    offset += part.length;
  }
  return pieces.filter((piece) => piece.text.length > 0 || piece.breakBefore);
}

class TrackedRunWriter {
  private nextId = 1;

  constructor(
    private readonly defaultAuthor: string,
    private readonly defaultDate: string,
  ) {}

  createRevision(author: string | undefined, date: string | undefined): Revision {
    return {
      id: this.nextId++,
      author: author?.trim() || this.defaultAuthor,
      date: date ? normalizeDate(date) : this.defaultDate,
    };
  }

  buildRuns(ops: readonly TrackedOp[], format: RunFormat, fallback: { author?: string; date?: string }): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    const oldLead = format.oldLead?.length ?? 0;
    const newLead = format.newLead?.length ?? 0;
    let oldPosition = 0;
    let newPosition = 0;
    for (const [op, text, attribution] of ops) {
      if (text.length === 0) continue;
      const pieces = op === -1 ? splitPieces(text, oldPosition, oldLead) : splitPieces(text, newPosition, newLead);
      const author = attribution?.author ?? fallback.author;
      const date = attribution?.date ?? fallback.date;
      for (const piece of pieces) {
        // Revision ids must be unique in the document, so each piece gets its own.
        const revision = op === 0 ? undefined : this.createRevision(author, date);
        const options = {
          text: piece.text,
          ...(format.italics || piece.italic ? { italics: true } : {}),
          ...(format.bold ? { bold: true } : {}),
          ...(piece.breakBefore ? { break: 1 } : {}),
        };
        if (!revision) runs.push(new TextRun(options));
        else if (op === 1) runs.push(new InsertedTextRun({ ...options, ...revision }));
        else runs.push(new DeletedTextRun({ ...options, ...revision }));
      }
      if (op !== 1) oldPosition += text.length;
      if (op !== -1) newPosition += text.length;
    }
    return runs;
  }
}

function findBase(base: TrackedBaseText, ref: string | undefined): DocxTextParagraph | undefined {
  return ref === undefined ? undefined : base.paragraphs.find((paragraph) => paragraph.ref === ref);
}

function describeParagraph(paragraph: TrackedParagraph, index: number): string {
  return paragraph.ref ? `paragraph ${paragraph.ref}` : `paragraph #${index + 1}`;
}

function resolveOps(paragraph: TrackedParagraph, index: number, baseParagraph: DocxTextParagraph | undefined): readonly TrackedOp[] {
  if (paragraph.change === 'new') return paragraph.ops ?? [[1, paragraph.text]];
  if (paragraph.change === 'deleted') return paragraph.ops ?? [[-1, paragraph.text]];
  if (paragraph.ops) {
    if (spellSide(paragraph.ops, 1) !== paragraph.text) {
      throw new RangeError(`Revised ${describeParagraph(paragraph, index)}: its ops do not spell its text`);
    }
    return paragraph.ops;
  }
  if (!baseParagraph) {
    throw new RangeError(
      `Revised ${describeParagraph(paragraph, index)} has neither ops nor a base paragraph "${paragraph.baseRef ?? ''}"`,
    );
  }
  // Every character counts in a submission, so noise (quotes, spaces) is shown too.
  return diffWords(baseParagraph.text, paragraph.text, { showNoise: true }).ops;
}

/**
 * Base paragraphs the revision never mentions were dropped: they come back as
 * deleted paragraphs right after the revision paragraph of the base paragraph before them.
 */
function addDroppedParagraphs(base: TrackedBaseText, paragraphs: TrackedParagraph[]): TrackedParagraph[] {
  const mentioned = new Set(paragraphs.map((paragraph) => paragraph.baseRef).filter((ref) => ref !== undefined));
  if (base.paragraphs.every((paragraph) => paragraph.ref === undefined || mentioned.has(paragraph.ref))) return paragraphs;
  const result = [...paragraphs];
  let insertAt = 0;
  for (const baseParagraph of base.paragraphs) {
    if (baseParagraph.ref === undefined) continue;
    if (mentioned.has(baseParagraph.ref)) {
      const position = result.findIndex((paragraph) => paragraph.baseRef === baseParagraph.ref);
      insertAt = Math.max(insertAt, position + 1);
      continue;
    }
    const dropped: TrackedParagraph = {
      ref: baseParagraph.ref,
      baseRef: baseParagraph.ref,
      kind: baseParagraph.kind,
      text: baseParagraph.text,
      change: 'deleted',
      ...(baseParagraph.depth !== undefined ? { depth: baseParagraph.depth } : {}),
      ...(baseParagraph.lead !== undefined ? { lead: baseParagraph.lead } : {}),
    };
    result.splice(insertAt, 0, dropped);
    insertAt += 1;
  }
  return result;
}

/** A lead is italic only where its text opens the base side: not in the second half of a split. */
function guessOldLead(ops: readonly TrackedOp[], lead: string | undefined): string | undefined {
  return lead && spellSide(ops, -1).startsWith(lead) ? lead : undefined;
}

function buildMarkOptions(
  writer: TrackedRunWriter,
  paragraph: TrackedParagraph,
  fallback: { author?: string; date?: string },
): IParagraphOptions {
  const mark = paragraph.mark ?? (paragraph.change === 'new' ? 'inserted' : paragraph.change === 'deleted' ? 'deleted' : undefined);
  if (!mark) return {};
  const revision = writer.createRevision(paragraph.author ?? fallback.author, paragraph.date ?? fallback.date);
  return { run: mark === 'inserted' ? { insertion: revision } : { deletion: revision } };
}

function buildTextOps(before: string, after: string): TrackedOp[] {
  return before === after ? [[0, after]] : diffWords(before, after, { showNoise: true }).ops;
}

/**
 * The revision as Word tracked changes against the base: every insertion and
 * deletion is a `w:ins` / `w:del` credited to its delegation, whole paragraphs
 * carry a tracked paragraph mark, so Accept All gives the revision and Reject All the base.
 */
export async function exportTrackedChangesDocx(
  base: TrackedBaseText,
  revision: TrackedRevisionText,
  options: ExportTrackedChangesOptions = {},
): Promise<Buffer> {
  const writer = new TrackedRunWriter(
    options.defaultAuthor?.trim() || DEFAULT_AUTHOR,
    normalizeDate(options.defaultDate ?? new Date().toISOString()),
  );
  const documentAttribution = {
    ...(revision.author !== undefined ? { author: revision.author } : {}),
    ...(revision.date !== undefined ? { date: revision.date } : {}),
  };
  const children: Paragraph[] = [];
  if (base.title || revision.title) {
    children.push(
      new Paragraph({
        style: styleIds.title,
        children: writer.buildRuns(buildTextOps(base.title, revision.title), { bold: true }, documentAttribution),
      }),
    );
  }
  if (base.chapeau || revision.chapeau) {
    children.push(
      new Paragraph({
        style: styleIds.chapeau,
        children: writer.buildRuns(buildTextOps(base.chapeau, revision.chapeau), { italics: true }, documentAttribution),
      }),
    );
  }

  addDroppedParagraphs(base, revision.paragraphs).forEach((paragraph, index) => {
    const baseParagraph = findBase(base, paragraph.baseRef);
    const ops = resolveOps(paragraph, index, baseParagraph);
    const fallback = {
      author: paragraph.author ?? revision.author,
      date: paragraph.date ?? revision.date,
    };
    const oldLead = guessOldLead(ops, paragraph.change === 'deleted' ? paragraph.lead : (baseParagraph?.lead ?? paragraph.lead));
    const newLead = paragraph.change === 'deleted' ? undefined : paragraph.lead;
    const runs = writer.buildRuns(ops, { ...(oldLead ? { oldLead } : {}), ...(newLead ? { newLead } : {}) }, fallback);
    children.push(
      new Paragraph({
        ...buildParagraphLayout(paragraph.kind, paragraph.depth),
        ...buildMarkOptions(writer, paragraph, fallback),
        children: runs,
      }),
    );
  });

  const document = createUnDocument({
    children,
    trackRevisions: true,
    ...(options.symbol ? { symbol: options.symbol } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(options.furniture ? { furniture: options.furniture } : {}),
  });
  return packDocument(document);
}
