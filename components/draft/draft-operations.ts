import * as Y from 'yjs';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  deleteParagraph,
  getOrderArray,
  getParagraph,
  getParagraphMap,
  insertParagraph,
  mergeParagraphs,
  moveParagraph,
  readParagraphDepth,
  readParagraphKind,
  readParagraphOrder,
  setParagraphFrozen,
  setParagraphKind,
  setParagraphStatus,
  splitParagraph,
  type ParagraphInit,
  type ParagraphKind,
  type ParagraphStatus,
} from '@/lib/draft';

/**
 * Origin of every structural change made from this browser. The shared undo
 * manager tracks it beside the editor binding's origin, so typing and paragraph
 * operations land on one stack and remote changes on none.
 */
export const localOrigin = { source: 'draft-room' } as const;

/** One undo stack for the whole draft: the paragraph order and every paragraph, text included. */
export function createDraftUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([getOrderArray(doc), getParagraphMap(doc)], {
    trackedOrigins: new Set<unknown>([ySyncPluginKey, localOrigin]),
    captureTransaction: (transaction) => transaction.meta.get('addToHistory') !== false,
  });
}

/**
 * Runs a structural change as its own undo step, never merged with the typing
 * around it; `continueStep` joins it to the step just made instead (a paste
 * that began as text in the editor).
 */
function runLocal<T>(doc: Y.Doc, undoManager: Y.UndoManager, change: () => T, continueStep = false): T {
  if (!continueStep) undoManager.stopCapturing();
  let result!: T;
  doc.transact(() => {
    result = change();
  }, localOrigin);
  undoManager.stopCapturing();
  return result;
}

export interface DraftOperations {
  appendParagraph(kind: ParagraphKind, depth?: number): string;
  insertAfter(id: string): string;
  /** Ends the undo step in progress: what follows is undone on its own. */
  beginStep(): void;
  /**
   * Finishes a paste that the editor began in `id`, in the same undo step:
   * gives `id` the shape the paste says it has, splits it at `splitAt`, and
   * puts the pasted paragraphs after it. Returns the last one's id.
   */
  finishPaste(id: string, paste: PasteCompletion): string | null;
  remove(id: string): void;
  move(id: string, delta: -1 | 1): boolean;
  /** Puts the paragraph where `targetId` stands now (drag and drop). */
  moveTo(id: string, targetId: string): boolean;
  split(id: string, offset: number): string;
  mergeIntoPrevious(id: string): string | null;
  setKind(id: string, kind: ParagraphKind, depth?: number): void;
  setStatus(id: string, status: ParagraphStatus): void;
  setFrozen(id: string, frozen: boolean): void;
  undo(): void;
  redo(): void;
}

export interface PasteCompletion {
  paragraphs: readonly ParagraphInit[];
  splitAt?: number;
  /** The paste went in before the paragraph's text: the pasted paragraphs go before it, with no split. */
  before?: boolean;
  reshape?: { kind: ParagraphKind; depth: number };
}

export function createDraftOperations(doc: Y.Doc, undoManager: Y.UndoManager): DraftOperations {
  const indexOf = (id: string) => readParagraphOrder(doc).indexOf(id);
  const shapeOf = (id: string) => {
    const paragraph = getParagraph(doc, id);
    return { kind: readParagraphKind(paragraph), depth: readParagraphDepth(paragraph) };
  };
  return {
    appendParagraph(kind, depth) {
      return runLocal(doc, undoManager, () => insertParagraph(doc, readParagraphOrder(doc).length, { kind, depth, text: '' }));
    },
    insertAfter(id) {
      // A fresh paragraph starts open, whatever the status of the one it follows.
      return runLocal(doc, undoManager, () => insertParagraph(doc, indexOf(id) + 1, { ...shapeOf(id), text: '' }));
    },
    beginStep() {
      undoManager.stopCapturing();
    },
    finishPaste(id, { paragraphs, splitAt, before = false, reshape }) {
      if (paragraphs.length === 0 && !reshape) {
        undoManager.stopCapturing();
        return null;
      }
      const last = runLocal(
        doc,
        undoManager,
        () => {
          if (reshape) setParagraphKind(doc, id, reshape.kind, reshape.depth);
          if (!before && splitAt !== undefined && paragraphs.length > 0) splitParagraph(doc, id, splitAt);
          const start = indexOf(id) + (before ? 0 : 1);
          let inserted: string | null = null;
          paragraphs.forEach((paragraph, offset) => {
            inserted = insertParagraph(doc, start + offset, paragraph);
          });
          return inserted;
        },
        true,
      );
      return last;
    },
    remove(id) {
      runLocal(doc, undoManager, () => deleteParagraph(doc, id));
    },
    move(id, delta) {
      const order = readParagraphOrder(doc);
      const from = order.indexOf(id);
      const to = from + delta;
      if (from === -1 || to < 0 || to >= order.length) return false;
      runLocal(doc, undoManager, () => moveParagraph(doc, id, to));
      return true;
    },
    moveTo(id, targetId) {
      const order = readParagraphOrder(doc);
      const from = order.indexOf(id);
      const to = order.indexOf(targetId);
      if (from === -1 || to === -1 || from === to) return false;
      runLocal(doc, undoManager, () => moveParagraph(doc, id, to));
      return true;
    },
    split(id, offset) {
      return runLocal(doc, undoManager, () => splitParagraph(doc, id, offset));
    },
    mergeIntoPrevious(id) {
      const order = readParagraphOrder(doc);
      const index = order.indexOf(id);
      if (index <= 0) return null;
      const previous = order[index - 1]!;
      runLocal(doc, undoManager, () => mergeParagraphs(doc, previous, id));
      return previous;
    },
    setKind(id, kind, depth) {
      runLocal(doc, undoManager, () => setParagraphKind(doc, id, kind, depth));
    },
    setStatus(id, status) {
      runLocal(doc, undoManager, () => setParagraphStatus(doc, id, status));
    },
    setFrozen(id, frozen) {
      runLocal(doc, undoManager, () => setParagraphFrozen(doc, id, frozen));
    },
    undo() {
      undoManager.undo();
    },
    redo() {
      undoManager.redo();
    },
  };
}
