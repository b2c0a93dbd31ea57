import { diffWords } from '@/lib/compare/diff-words';
import { GROUP_TEXT_SEPARATOR } from '@/lib/compare/compare-texts';
import type { ComparisonPair, DiffOp } from '@/lib/compare/types';
import type { DocxTextParagraph, TrackedParagraph } from './types';

export interface RefParagraph extends DocxTextParagraph {
  ref: string;
}

export interface BuildTrackedChangesOptions {
  /** The paragraphs the comparison was run on, base text first. */
  oldParagraphs: RefParagraph[];
  newParagraphs: RefParagraph[];
  /** Delegation credited with a pair's changes; defaults to the pair's attribution. */
  authorFor?: (pair: ComparisonPair) => string | undefined;
  dateFor?: (pair: ComparisonPair) => string | undefined;
}

export interface TrackedChangesInput {
  /** Goes in `exportTrackedChangesDocx(base, …)` with the base title and chapeau. */
  base: DocxTextParagraph[];
  /** Goes in the revision's `paragraphs`. */
  paragraphs: TrackedParagraph[];
}

interface Attribution {
  author?: string;
  date?: string;
}

function spell(ops: readonly DiffOp[], side: -1 | 1): string {
  return ops
    .filter(([op]) => op === 0 || op === side)
    .map(([, text]) => text)
    .join('');
}

function copyLayout(paragraph: RefParagraph): Pick<TrackedParagraph, 'kind' | 'depth' | 'lead' | 'notes' | 'status'> {
  return {
    kind: paragraph.kind,
    ...(paragraph.depth !== undefined ? { depth: paragraph.depth } : {}),
    ...(paragraph.lead !== undefined ? { lead: paragraph.lead } : {}),
    ...(paragraph.notes?.length ? { notes: paragraph.notes } : {}),
    ...(paragraph.status !== undefined ? { status: paragraph.status } : {}),
  };
}

function lookUp(paragraphs: Map<string, RefParagraph>, ref: string, side: string): RefParagraph {
  const paragraph = paragraphs.get(ref);
  if (!paragraph) throw new RangeError(`The comparison names ${side} paragraph "${ref}", which is not in the ${side} paragraphs`);
  return paragraph;
}

/**
 * Ops that spell both texts exactly. With noise hidden the engine shows the new
 * wording in equal runs, which would make "reject all" give a text that never existed.
 */
function ensureExactOps(ops: readonly DiffOp[], oldText: string, newText: string): DiffOp[] {
  if (spell(ops, -1) === oldText && spell(ops, 1) === newText) return [...ops];
  return diffWords(oldText, newText, { showNoise: true }).ops;
}

/**
 * Cuts a split or merge pair at its paragraph breaks. A break on both sides is
 * an ordinary one; a new break (split) is an inserted paragraph mark, a lost
 * one (merge) a deleted mark.
 */
function cutAtBreaks(ops: DiffOp[]): { ops: DiffOp[]; mark?: 'inserted' | 'deleted'; oldIndex: number; newIndex: number }[] {
  const segments: { ops: DiffOp[]; mark?: 'inserted' | 'deleted'; oldIndex: number; newIndex: number }[] = [];
  let current: DiffOp[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const [op, text] of ops) {
    const lines = text.split(GROUP_TEXT_SEPARATOR);
    lines.forEach((line, index) => {
      if (index > 0) {
        const mark = op === 1 ? 'inserted' : op === -1 ? 'deleted' : undefined;
        segments.push({ ops: current, ...(mark ? { mark } : {}), oldIndex, newIndex });
        current = [];
        if (op !== 1) oldIndex += 1;
        if (op !== -1) newIndex += 1;
      }
      if (line) current.push([op, line]);
    });
  }
  segments.push({ ops: current, oldIndex, newIndex });
  return segments;
}

function buildDeleted(paragraph: RefParagraph, attribution: Attribution): TrackedParagraph {
  return {
    ref: paragraph.ref,
    baseRef: paragraph.ref,
    ...copyLayout(paragraph),
    text: paragraph.text,
    change: 'deleted',
    ...attribution,
  };
}

function buildNew(paragraph: RefParagraph, attribution: Attribution): TrackedParagraph {
  return { ref: paragraph.ref, ...copyLayout(paragraph), text: paragraph.text, change: 'new', ...attribution };
}

/**
 * Turns `compareTexts` output into the input of `exportTrackedChangesDocx`.
 * A moved paragraph is a move (Word's moveFrom where it stood, moveTo where it now is, with the words edited
 * on the way as changes inside the moveTo), so Reject All / Accept All give the base / the revision and a reader
 * sees one paragraph moved rather than one deleted and another inserted. A group of paragraphs moved together
 * into a different number of paragraphs stays a deletion and an insertion.
 */
export function buildTrackedChangesInput(pairs: readonly ComparisonPair[], options: BuildTrackedChangesOptions): TrackedChangesInput {
  const olds = new Map(options.oldParagraphs.map((paragraph) => [paragraph.ref, paragraph]));
  const news = new Map(options.newParagraphs.map((paragraph) => [paragraph.ref, paragraph]));
  const oldOrder = new Map(options.oldParagraphs.map((paragraph, index) => [paragraph.ref, index]));

  const paragraphs: TrackedParagraph[] = [];
  const movedAway: { paragraph: TrackedParagraph; oldIndex: number }[] = [];
  let moves = 0;

  for (const pair of pairs) {
    const author = options.authorFor ? options.authorFor(pair) : pair.attribution;
    const date = options.dateFor?.(pair);
    const attribution: Attribution = { ...(author ? { author } : {}), ...(date ? { date } : {}) };
    const fromRefs = pair.fromRefs ?? (pair.from !== null ? [pair.from] : []);
    const toRefs = pair.toRefs ?? (pair.to !== null ? [pair.to] : []);
    const fromParagraphs = fromRefs.map((ref) => lookUp(olds, ref, 'old'));
    const toParagraphs = toRefs.map((ref) => lookUp(news, ref, 'new'));

    if (toParagraphs.length === 0) {
      paragraphs.push(...fromParagraphs.map((paragraph) => buildDeleted(paragraph, attribution)));
      continue;
    }
    if (fromParagraphs.length === 0) {
      paragraphs.push(...toParagraphs.map((paragraph) => buildNew(paragraph, attribution)));
      continue;
    }
    if ((pair.moved || pair.status === 'moved') && fromParagraphs.length === 1 && toParagraphs.length === 1) {
      const from = fromParagraphs[0]!;
      const to = toParagraphs[0]!;
      moves += 1;
      const name = `move${moves}`;
      movedAway.push({
        paragraph: { ...buildDeleted(from, attribution), move: { name, side: 'from' } },
        oldIndex: oldOrder.get(from.ref) ?? 0,
      });
      const ops = from.text === to.text ? undefined : ensureExactOps(pair.ops, from.text, to.text);
      paragraphs.push({ ...buildNew(to, attribution), ...(ops ? { ops } : {}), move: { name, side: 'to' } });
      continue;
    }
    if (pair.moved || pair.status === 'moved') {
      for (const paragraph of fromParagraphs) {
        movedAway.push({ paragraph: buildDeleted(paragraph, attribution), oldIndex: oldOrder.get(paragraph.ref) ?? 0 });
      }
      paragraphs.push(...toParagraphs.map((paragraph) => buildNew(paragraph, attribution)));
      continue;
    }

    const oldText = fromParagraphs.map((paragraph) => paragraph.text).join(GROUP_TEXT_SEPARATOR);
    const newText = toParagraphs.map((paragraph) => paragraph.text).join(GROUP_TEXT_SEPARATOR);
    const ops = ensureExactOps(pair.ops, oldText, newText);
    for (const segment of cutAtBreaks(ops)) {
      const target = toParagraphs[Math.min(segment.newIndex, toParagraphs.length - 1)]!;
      const source = fromParagraphs[Math.min(segment.oldIndex, fromParagraphs.length - 1)]!;
      paragraphs.push({
        ref: target.ref,
        baseRef: source.ref,
        ...copyLayout(target),
        text: spell(segment.ops, 1),
        change: 'revised',
        ops: segment.ops,
        ...(segment.mark ? { mark: segment.mark } : {}),
        ...attribution,
      });
    }
  }

  for (const { paragraph, oldIndex } of movedAway) {
    paragraphs.splice(findOldPosition(paragraphs, oldOrder, oldIndex), 0, paragraph);
  }
  return { base: options.oldParagraphs.map((paragraph) => ({ ...paragraph })), paragraphs };
}

/** Just after the last paragraph that came before `oldIndex` in the base text. */
function findOldPosition(paragraphs: TrackedParagraph[], oldOrder: Map<string, number>, oldIndex: number): number {
  let position = 0;
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.baseRef === undefined) return;
    const before = oldOrder.get(paragraph.baseRef);
    if (before !== undefined && before < oldIndex) position = index + 1;
  });
  return position;
}
