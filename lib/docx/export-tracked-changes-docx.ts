import {
  BuilderElement,
  DeletedTextRun,
  FootnoteReferenceRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { diffWords } from '@/lib/compare/diff-words';
import { buildStatusMarkRuns } from './build-status-mark';
import type {
  DocxTextParagraph,
  ExportTrackedChangesOptions,
  FootnoteAnchor,
  TrackedBaseText,
  TrackedOp,
  TrackedParagraph,
  TrackedRevisionText,
} from './types';
import { buildParagraphLayout, createUnDocument, packDocument, RESOLUTION_LIST, resolutionNumbering, styleIds } from './un-layout';
import { WordCommentWriter } from './word-comments';

const DEFAULT_AUTHOR = 'Zero Draft';

interface Revision {
  id: number;
  author: string;
  date: string;
}

type MoveTag = 'w:moveFrom' | 'w:moveTo';

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
  /** Footnotes of the new text. */
  notes?: readonly FootnoteAnchor[];
  /** A moved paragraph: where it stood (all of it moved away) or where it now is (its kept words moved there). */
  move?: 'from' | 'to';
}

interface Piece {
  text: string;
  italic: boolean;
  breakBefore: boolean;
  /** Position on its side just after the piece. */
  end: number;
}

/**
 * Cuts `text`, starting at `position` on its side, where the lead ends, at footnotes and at line breaks,
 * so every piece has one formatting and a footnote reference can follow it.
 */
function splitPieces(text: string, position: number, lead: number, notes: readonly number[]): Piece[] {
  const cuts = [...new Set([lead, ...notes])]
    .map((cut) => cut - position)
    .filter((cut) => cut > 0 && cut < text.length)
    .sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let offset = 0;
  for (const cut of [...cuts, text.length]) {
    const part = text.slice(offset, cut);
    let lineStart = position + offset;
    part.split('\n').forEach((line, index) => {
      if (index > 0) lineStart += 1;
      pieces.push({ text: line, italic: position + offset < lead, breakBefore: index > 0, end: lineStart + line.length });
      lineStart += line.length;
    });
    offset = cut;
  }
  return pieces.filter((piece) => piece.text.length > 0 || piece.breakBefore);
}

class TrackedRunWriter {
  private nextId = 1;
  /** Revisions written as w:ins / w:del that are parts of moves, renamed once the XML is written. */
  readonly moveTags = new Map<number, MoveTag>();
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;

  constructor(
    private readonly defaultAuthor: string,
    private readonly defaultDate: string,
  ) {}

  createRevision(author: string | undefined, date: string | undefined, moveTag?: MoveTag): Revision {
    const revision = {
      id: this.nextId++,
      author: author?.trim() || this.defaultAuthor,
      date: date ? normalizeDate(date) : this.defaultDate,
    };
    if (moveTag) this.moveTags.set(revision.id, moveTag);
    return revision;
  }

  /** A fresh id for the markers of a move's range, from the same series as the revisions. */
  createId(): number {
    return this.nextId++;
  }

  /** The id the next revision will get. */
  peekId(): number {
    return this.nextId;
  }

  private buildFootnoteRun(note: string, op: -1 | 0 | 1, revision: Revision | undefined): ParagraphChild {
    const id = this.nextFootnote++;
    this.footnotes[id] = { children: [new Paragraph({ children: [new TextRun(note)] })] };
    const run = new FootnoteReferenceRun(id);
    if (op === 0 || !revision) return run;
    // A note added with new words comes and goes with them.
    return new BuilderElement({
      name: 'w:ins',
      attributes: {
        id: { key: 'w:id', value: revision.id },
        author: { key: 'w:author', value: revision.author },
        date: { key: 'w:date', value: revision.date },
      },
      children: [run],
    }) as unknown as ParagraphChild;
  }

  buildRuns(ops: readonly TrackedOp[], format: RunFormat, fallback: { author?: string; date?: string }): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    const oldLead = format.oldLead?.length ?? 0;
    const newLead = format.newLead?.length ?? 0;
    const notes = [...(format.notes ?? [])].sort((a, b) => a.at - b.at);
    const noteCuts = notes.map((note) => note.at);
    let nextNote = 0;
    let oldPosition = 0;
    let newPosition = 0;
    const flushNotes = (upTo: number, op: -1 | 0 | 1, createRevision: () => Revision | undefined) => {
      while (nextNote < notes.length && notes[nextNote]!.at <= upTo) {
        runs.push(this.buildFootnoteRun(notes[nextNote]!.note, op, createRevision()));
        nextNote += 1;
      }
    };
    flushNotes(0, 0, () => undefined);
    for (const [op, text, attribution] of ops) {
      if (text.length === 0) continue;
      // Words deleted on the way are not part of the moved text: they stay visible where the paragraph stood.
      if (format.move === 'to' && op === -1) {
        oldPosition += text.length;
        continue;
      }
      const pieces = op === -1 ? splitPieces(text, oldPosition, oldLead, []) : splitPieces(text, newPosition, newLead, noteCuts);
      const author = attribution?.author ?? fallback.author;
      const date = attribution?.date ?? fallback.date;
      const moveTag: MoveTag | undefined =
        format.move === 'from' && op === -1 ? 'w:moveFrom' : format.move === 'to' && op === 0 ? 'w:moveTo' : undefined;
      const tracked = op !== 0 || moveTag !== undefined;
      for (const piece of pieces) {
        // Revision ids must be unique in the document, so each piece gets its own.
        const revision = tracked ? this.createRevision(author, date, moveTag) : undefined;
        const options = {
          text: piece.text,
          ...(format.italics || piece.italic ? { italics: true } : {}),
          ...(format.bold ? { bold: true } : {}),
          ...(piece.breakBefore ? { break: 1 } : {}),
        };
        if (!revision) runs.push(new TextRun(options));
        else if (op === -1) runs.push(new DeletedTextRun({ ...options, ...revision }));
        else runs.push(new InsertedTextRun({ ...options, ...revision }));
        if (op !== -1) flushNotes(piece.end, moveTag ? 1 : op, () => (tracked ? this.createRevision(author, date, moveTag) : undefined));
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
  // Moved unchanged, a paragraph's words are all moved words, not new ones.
  if (paragraph.change === 'new') return paragraph.ops ?? [[paragraph.move?.side === 'to' ? 0 : 1, paragraph.text]];
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

function buildTextOps(before: string, after: string): TrackedOp[] {
  return before === after ? [[0, after]] : diffWords(before, after, { showNoise: true }).ops;
}

/** One paragraph of the file before it is written: what it holds, and in which of the two texts it stands. */
interface ParagraphPlan {
  children: ParagraphChild[];
  /** Style and list as the paragraph now reads; for one gone from the revision, as it read. */
  layout: IParagraphOptions;
  /** Style and list as the paragraph read in the base text, when that differs: a tracked formatting change. */
  baseLayout?: IParagraphOptions;
  mark?: { type: 'inserted' | 'deleted'; revision: Revision };
  inBase: boolean;
  inRevision: boolean;
  /** Kind and depth on each side, for the list numbers. */
  kind?: DocxTextParagraph['kind'];
  depth?: number;
  baseKind?: DocxTextParagraph['kind'];
  baseDepth?: number;
  move?: { name: string; tag: MoveTag; revision: Revision };
  /** The revised paragraph's ref, which comment threads name; absent for paragraphs gone from the revision. */
  commentAnchor?: string;
}

function listLevel(kind: DocxTextParagraph['kind'] | undefined, depth: number | undefined): number | undefined {
  if (kind === undefined || kind === 'preambular') return undefined;
  if (kind === 'operative') return 0;
  return (depth ?? 1) >= 2 ? 2 : 1;
}

/** The number each paragraph has on one side (base or revision), as Word would count the one list there. */
function countListNumbers(plans: readonly ParagraphPlan[], side: 'base' | 'revision'): (number | undefined)[] {
  const counters = [0, 0, 0];
  return plans.map((plan) => {
    const present = side === 'base' ? plan.inBase : plan.inRevision;
    const level = side === 'base' ? listLevel(plan.baseKind, plan.baseDepth) : listLevel(plan.kind, plan.depth);
    if (!present || level === undefined) return undefined;
    counters[level]! += 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    return counters[level];
  });
}

/**
 * The paragraph's layout with its list number fixed at `start`. Each numbered paragraph is a list of its own
 * starting at its number: LibreOffice prints a tracked file's numbers from two counts (the text with the changes
 * accepted, and the original), "4.[5.]" wherever they differ, so a number that is right on both counts is
 * printed "4." as the delegates expect; the base number is kept as a tracked formatting change, so Reject All
 * gives the base numbers back in Word.
 */
function buildNumberedLayout(
  kind: DocxTextParagraph['kind'],
  depth: number | undefined,
  start: number | undefined,
  instance: number,
): IParagraphOptions {
  const layout = buildParagraphLayout(kind, depth);
  if (!layout.numbering || start === undefined) return layout;
  const level = layout.numbering.level;
  return {
    ...layout,
    numbering: {
      reference: {
        reference: `${RESOLUTION_LIST}-${level}-${start}`,
        levels: resolutionNumbering.levels.map((definition) => (definition.level === level ? { ...definition, start } : definition)),
      },
      level,
      instance,
    },
  };
}

function sameLayout(a: IParagraphOptions, b: IParagraphOptions): boolean {
  const reference = (layout: IParagraphOptions) => {
    const value = layout.numbering ? layout.numbering.reference : undefined;
    return typeof value === 'object' ? value.reference : value;
  };
  return a.style === b.style && reference(a) === reference(b);
}

/**
 * Sets every paragraph's list numbers, and moves the deletion of a paragraph that is gone onto the mark of the
 * paragraph before it: the deleted paragraph then joins the one before (with its layout), never the one after,
 * which LibreOffice would otherwise print without its number.
 */
function settleLayouts(plans: ParagraphPlan[], writer: TrackedRunWriter): void {
  const revisionNumbers = countListNumbers(plans, 'revision');
  const baseNumbers = countListNumbers(plans, 'base');
  let instance = 0;
  plans.forEach((plan, index) => {
    if (plan.kind === undefined) return;
    if (plan.inRevision) {
      plan.layout = buildNumberedLayout(plan.kind, plan.depth, revisionNumbers[index], (instance += 1));
      if (plan.inBase && plan.baseKind !== undefined) {
        const baseLayout = buildNumberedLayout(plan.baseKind, plan.baseDepth, baseNumbers[index], (instance += 1));
        if (!sameLayout(plan.layout, baseLayout)) plan.baseLayout = baseLayout;
      }
      return;
    }
    const own = buildNumberedLayout(plan.baseKind ?? plan.kind, plan.baseDepth ?? plan.depth, baseNumbers[index], (instance += 1));
    const before = plans[index - 1];
    if (before && !before.mark && plan.mark?.type === 'deleted') {
      // On the paragraph before, the mark is a plain deletion, outside any move's range.
      writer.moveTags.delete(plan.mark.revision.id);
      before.mark = plan.mark;
      delete plan.mark;
      plan.layout = before.layout;
      plan.baseLayout = own;
    } else {
      plan.layout = own;
    }
  });
}

function buildParagraph(plan: ParagraphPlan, writer: TrackedRunWriter): Paragraph {
  const { revision: markRevision, type } = plan.mark ?? {};
  return new Paragraph({
    ...plan.layout,
    ...(markRevision ? { run: type === 'inserted' ? { insertion: markRevision } : { deletion: markRevision } } : {}),
    ...(plan.baseLayout ? { revision: { ...plan.baseLayout, ...writer.createRevision(markRevision?.author, markRevision?.date) } } : {}),
    children: plan.children,
  });
}

const RANGE_TAGS: Record<MoveTag, [string, string]> = {
  'w:moveFrom': ['w:moveFromRangeStart', 'w:moveFromRangeEnd'],
  'w:moveTo': ['w:moveToRangeStart', 'w:moveToRangeEnd'],
};

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The docx library writes no move tracking, so moved paragraphs are written as insertions and deletions and
 * renamed here: each revision of a move becomes w:moveFrom / w:moveTo, and the moved paragraph's content is
 * wrapped in a named range (w:moveFromRangeStart … End, w:moveToRangeStart … End, the same name on both sides).
 */
function writeMoves(
  xml: string,
  writer: TrackedRunWriter,
  moves: readonly { anchor: number; name: string; tag: MoveTag; revision: Revision }[],
): string {
  const byAnchor = new Map(moves.map((move) => [move.anchor, move]));
  let result = xml.replace(/<w:p>[\s\S]*?<\/w:p>/g, (paragraph) => {
    const ids = [...paragraph.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => Number(match[1]));
    const move = ids.map((id) => byAnchor.get(id)).find((found) => found !== undefined);
    if (!move) return paragraph;
    const [startTag, endTag] = RANGE_TAGS[move.tag];
    const rangeId = writer.createId();
    const start = `<${startTag} w:id="${rangeId}" w:author="${escapeAttribute(move.revision.author)}" w:date="${move.revision.date}" w:name="${escapeAttribute(move.name)}"/>`;
    const end = `<${endTag} w:id="${rangeId}"/>`;
    // The paragraph's own properties end after any tracked formatting change, which holds a w:pPr of its own.
    const propertiesEnd = paragraph.indexOf('</w:pPr>', Math.max(0, paragraph.indexOf('</w:pPrChange>')));
    const contentStart = propertiesEnd >= 0 ? propertiesEnd + '</w:pPr>'.length : '<w:p>'.length;
    return `${paragraph.slice(0, contentStart)}${start}${paragraph.slice(contentStart, -'</w:p>'.length)}${end}</w:p>`;
  });
  result = result.replace(/<w:(ins|del) w:id="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/w:\1>)/g, (element, _tag, id, attributes, rest, inner) => {
    const tag = writer.moveTags.get(Number(id));
    if (!tag) return element;
    return rest === '/>' ? `<${tag} w:id="${id}"${attributes}/>` : `<${tag} w:id="${id}"${attributes}>${inner}</${tag}>`;
  });
  return result;
}

async function rewriteDocumentXml(buffer: Buffer, rewrite: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file('word/document.xml');
  if (!part) return buffer;
  zip.file('word/document.xml', rewrite(await part.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The revision as Word tracked changes against the base: every insertion and
 * deletion is a `w:ins` / `w:del` credited to its delegation, whole paragraphs
 * carry a tracked paragraph mark and moved paragraphs Word's move tracking,
 * so Accept All gives the revision and Reject All the base.
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
  const plans: ParagraphPlan[] = [];
  if (base.title || revision.title) {
    plans.push({
      layout: { style: styleIds.title },
      children: writer.buildRuns(buildTextOps(base.title, revision.title), { bold: true }, documentAttribution),
      inBase: true,
      inRevision: true,
    });
  }
  if (base.chapeau || revision.chapeau) {
    plans.push({
      layout: { style: styleIds.chapeau },
      children: writer.buildRuns(buildTextOps(base.chapeau, revision.chapeau), { italics: true }, documentAttribution),
      inBase: true,
      inRevision: true,
    });
  }

  const moves: { anchor: number; name: string; tag: MoveTag; revision: Revision }[] = [];
  addDroppedParagraphs(base, revision.paragraphs).forEach((paragraph, index) => {
    const baseParagraph = findBase(base, paragraph.baseRef);
    const ops = resolveOps(paragraph, index, baseParagraph);
    const fallback = {
      author: paragraph.author ?? revision.author,
      date: paragraph.date ?? revision.date,
    };
    const gone = paragraph.change === 'deleted';
    const oldLead = guessOldLead(ops, gone ? paragraph.lead : (baseParagraph?.lead ?? paragraph.lead));
    const newLead = gone ? undefined : paragraph.lead;
    const move = paragraph.move ? (paragraph.move.side === 'from' ? 'from' : 'to') : undefined;
    const firstRunId = writer.peekId();
    const runs = writer.buildRuns(
      ops,
      {
        ...(oldLead ? { oldLead } : {}),
        ...(newLead ? { newLead } : {}),
        ...(!gone && paragraph.notes?.length ? { notes: paragraph.notes } : {}),
        ...(move ? { move } : {}),
      },
      fallback,
    );
    const afterRuns = writer.peekId();
    const markType = paragraph.mark ?? (paragraph.change === 'new' ? 'inserted' : gone ? 'deleted' : undefined);
    const moveTag: MoveTag | undefined = move === 'from' ? 'w:moveFrom' : move === 'to' ? 'w:moveTo' : undefined;
    const markRevision = markType ? writer.createRevision(fallback.author, fallback.date, moveTag) : undefined;
    const inBase = paragraph.change !== 'new' && paragraph.mark !== 'inserted';
    const inRevision = !gone && paragraph.mark !== 'deleted';
    const basePlace = gone ? paragraph : (baseParagraph ?? paragraph);
    const plan: ParagraphPlan = {
      layout: buildParagraphLayout(paragraph.kind, paragraph.depth),
      children: [...runs, ...(gone ? [] : buildStatusMarkRuns(paragraph.status))],
      ...(markType && markRevision ? { mark: { type: markType, revision: markRevision } } : {}),
      inBase,
      inRevision,
      kind: paragraph.kind,
      ...(paragraph.depth !== undefined ? { depth: paragraph.depth } : {}),
      baseKind: basePlace.kind,
      ...(basePlace.depth !== undefined ? { baseDepth: basePlace.depth } : {}),
    };
    if (paragraph.move && moveTag) {
      // A run's revision finds the paragraph in the XML; its mark's may end up on the paragraph before.
      const anchor = afterRuns > firstRunId ? firstRunId : markRevision?.id;
      if (anchor !== undefined && markRevision) moves.push({ anchor, name: paragraph.move.name, tag: moveTag, revision: markRevision });
    }
    if (!gone && paragraph.ref !== undefined) plan.commentAnchor = paragraph.ref;
    plans.push(plan);
  });

  settleLayouts(plans, writer);
  const comments = new WordCommentWriter(options.comments);
  for (const plan of plans) plan.children = comments.wrap(plan.commentAnchor, plan.children);
  const document = createUnDocument({
    children: plans.map((plan) => buildParagraph(plan, writer)),
    ...comments.documentOptions,
    trackRevisions: true,
    ...(options.symbol ? { symbol: options.symbol } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(Object.keys(writer.footnotes).length > 0 ? { footnotes: writer.footnotes } : {}),
    ...(options.furniture ? { furniture: options.furniture } : {}),
  });
  const buffer = await packDocument(document);
  return moves.length === 0 && writer.moveTags.size === 0 ? buffer : rewriteDocumentXml(buffer, (xml) => writeMoves(xml, writer, moves));
}
