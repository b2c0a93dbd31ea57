import type { Editor } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { ParagraphKind, ParagraphStatus } from '@/lib/draft';
import { shapePastedParagraphs, type PastedParagraph } from '@/lib/draft/shape-pasted-paragraphs';
import { markNames } from '@/lib/editor';
import type { DraftPermissions } from './draft-permissions';
import type { ParagraphView } from './draft-view-store';
import type { ParagraphEditorHandlers } from './paragraph-editor';
import { formatBytes, measurePasteBytes, type SizeWords } from './measure-paste';
import { measureTextOffset, readPastedParagraphs } from './paragraph-text';
import type { RoomSession } from './room-session';

/** What one person may do to one paragraph; the realtime server enforces the same. */
export interface ParagraphRights {
  editText: boolean;
  move: boolean;
  insert: boolean;
  remove: boolean;
  merge: boolean;
  setKind: boolean;
  setStatus: boolean;
  freeze: boolean;
}

/** The buttons and menus of a paragraph row. */
export interface ParagraphCommands {
  insertAfter(): void;
  move(delta: -1 | 1): void;
  /** Another paragraph was dropped on this one: it takes this one's place. */
  receiveDrop(draggedId: string): void;
  split(): void;
  merge(): void;
  remove(): void;
  setKind(kind: ParagraphKind, depth: number): void;
  setStatus(status: ParagraphStatus): void;
  setFrozen(frozen: boolean): void;
}

/** What the room lets the person do, before any paragraph is considered. */
export interface RoomAccess {
  /** Connected, synced and not failed. */
  ready: boolean;
  /** Ready, allowed to edit, and not held to proposals by negotiation mode. */
  canEdit: boolean;
  permissions: DraftPermissions;
}

/** The room around a paragraph's actions. */
export interface ParagraphActionContext {
  session: RoomSession;
  /** Paragraph ids in the order the room shows them. */
  order: readonly string[];
  onNotice(message: string): void;
  /** The room's words for the notices these actions give (messages' room namespace). */
  say: NoticeWords;
}

export type NoticeWords = ((key: 'pasteTooLong' | 'pasteTooLarge', values: Record<string, string | number>) => string) & SizeWords;

export function readParagraphRights(access: RoomAccess, paragraph: ParagraphView, previous: ParagraphView | undefined): ParagraphRights {
  const { ready, canEdit, permissions } = access;
  const textEditable = (view: ParagraphView) => canEdit && (!view.frozen || permissions.editFrozen);
  return {
    editText: textEditable(paragraph),
    move: canEdit,
    insert: canEdit,
    remove: textEditable(paragraph),
    merge: textEditable(paragraph) && previous !== undefined && textEditable(previous),
    setKind: textEditable(paragraph),
    setStatus: ready && permissions.setStatus,
    freeze: ready && permissions.freeze,
  };
}

function isCaretAtEnd(editor: Editor): boolean {
  const { selection, doc } = editor.state;
  return selection.empty && selection.from >= doc.content.size - 1;
}

function readCaretOffset(editor: Editor): number {
  return measureTextOffset(editor.state.doc, editor.state.selection.from);
}

function insertAfter(session: RoomSession, id: string): void {
  session.focusParagraph(session.operations.insertAfter(id), 'start');
}

function splitAtCaret(session: RoomSession, id: string, editor: Editor): void {
  session.focusParagraph(session.operations.split(id, readCaretOffset(editor)), 'start');
}

/** Joins a paragraph to the one before it; the caret lands where the two texts meet. Returns false for the first paragraph. */
function mergeIntoPrevious({ session, order }: ParagraphActionContext, id: string): boolean {
  const previousId = order[order.indexOf(id) - 1];
  if (!previousId) return false;
  const previousEditor = session.editors.get(previousId);
  const join = previousEditor ? previousEditor.state.doc.content.size - 1 : 'end';
  session.operations.mergeIntoPrevious(id);
  session.focusParagraph(previousId, join);
  return true;
}

/**
 * Deletes a paragraph and keeps keyboard users in the text: the caret goes to
 * the neighbouring paragraph. The others in the room are told who deleted it.
 */
function removeParagraph({ session, order }: ParagraphActionContext, paragraph: ParagraphView): void {
  const { id } = paragraph;
  const index = order.indexOf(id);
  const neighbour = order[index - 1] ?? order[index + 1];
  const editor = session.editors.get(id);
  const text = editor && !editor.isDestroyed ? editor.getText() : '';
  session.operations.remove(id);
  session.deletions.announce(paragraph.label, text);
  if (neighbour) session.focusParagraph(neighbour, neighbour === order[index - 1] ? 'end' : 'start');
}

function isEmptyParagraph(editorView: EditorView): boolean {
  const { doc } = editorView.state;
  return doc.childCount <= 1 && (doc.firstChild?.childCount ?? 0) === 0;
}

/** Puts one pasted paragraph's text at the selection, its lead in italics. */
function insertPastedText(editorView: EditorView, pasted: PastedParagraph): void {
  const { state } = editorView;
  const { from, to } = state.selection;
  const transaction = state.tr.insertText(pasted.text, from, to);
  const italic = state.schema.marks[markNames.italic];
  if (pasted.lead && italic) transaction.addMark(from, from + pasted.lead.length, italic.create());
  editorView.dispatch(transaction);
}

/**
 * Pasted paragraphs keep UN form (see shapePastedParagraphs): numbered ones
 * become operative paragraphs, lettered ones subparagraphs, their numbers
 * taken off. Into an empty paragraph the first one goes in place, and gives
 * it its shape; otherwise the first goes into the text at the caret unless the
 * paste says it is a paragraph of its own, and the rest follow as paragraphs.
 * A single line that is no paragraph of its own is pasted as text. The whole
 * paste is one undo step.
 */
function pasteParagraphs(
  context: ParagraphActionContext,
  paragraph: ParagraphView,
  editorView: EditorView,
  event: ClipboardEvent,
  slice: Slice,
): boolean {
  const { session, onNotice, say } = context;
  const { id } = paragraph;
  // A clipboard with HTML alone has no plain text: count what the editor would paste.
  const pasted = event.clipboardData?.getData('text/plain') || slice.content.textBetween(0, slice.content.size, '\n');
  const limits = session.connection.ticket.limits;
  const maxPaste = limits?.maxPasteCharacters;
  if (maxPaste !== undefined && pasted.length > maxPaste) {
    // The server would refuse it; say so before anything is sent.
    onNotice(say('pasteTooLong', { pasted: pasted.length, most: maxPaste }));
    return true;
  }
  const texts = readPastedParagraphs(event.clipboardData, slice);
  const maxBytes = limits?.maxChangeBytes;
  if (maxBytes !== undefined) {
    // Measured as the change it would make: formatting can make a paste under the character limit far
    // larger than the server reads, which used to break the connection and lose the typing after it.
    const bytes = texts
      ? measurePasteBytes(null, texts, { kind: paragraph.kind, depth: paragraph.depth })
      : measurePasteBytes(editorView.state.tr.replaceSelection(slice).doc);
    if (bytes > maxBytes) {
      onNotice(say('pasteTooLarge', { size: formatBytes(bytes, say), most: formatBytes(maxBytes, say) }));
      return true;
    }
  }
  if (!texts) return false;
  const parts = shapePastedParagraphs(texts, { kind: paragraph.kind, depth: paragraph.depth });
  const [first] = parts;
  if (!first) return false;
  const empty = isEmptyParagraph(editorView);
  if (parts.length === 1 && !empty) return false;
  session.operations.beginStep();
  let rest = parts;
  let reshape: { kind: ParagraphKind; depth: number } | undefined;
  if (empty) {
    insertPastedText(editorView, first);
    if (first.shaped && (first.kind !== paragraph.kind || first.depth !== paragraph.depth))
      reshape = { kind: first.kind, depth: first.depth };
    rest = parts.slice(1);
  } else if (!first.shaped) {
    insertPastedText(editorView, first);
    rest = parts.slice(1);
  } else if (!editorView.state.selection.empty) {
    editorView.dispatch(editorView.state.tr.deleteSelection());
  }
  const { doc, selection } = editorView.state;
  const caret = measureTextOffset(doc, selection.from);
  const hasTail = caret < measureTextOffset(doc, doc.content.size);
  const lastId = session.operations.finishPaste(id, {
    paragraphs: rest.map(({ text, kind, depth, lead }) => ({ text, kind, depth, ...(lead ? { lead } : {}) })),
    splitAt: hasTail ? caret : undefined,
    // Paragraphs pasted at the very start of one go before it, rather than leaving it empty above them.
    before: rest === parts && caret === 0 && hasTail,
    reshape,
  });
  session.focusParagraph(lastId ?? id, 'end');
  return true;
}

/** What the keys, paste, focus and life of a paragraph's editor do in the room. */
export function buildParagraphHandlers(
  context: ParagraphActionContext,
  paragraph: ParagraphView,
  rights: ParagraphRights,
): ParagraphEditorHandlers {
  const { id } = paragraph;
  const { session } = context;
  const { operations, editors, connection } = session;
  return {
    undo: () => {
      operations.undo();
      return true;
    },
    redo: () => {
      operations.redo();
      return true;
    },
    move: (delta) => {
      if (!rights.move) return false;
      operations.move(id, delta);
      return true;
    },
    enter: (editor) => {
      if (!rights.editText) return false;
      if (isCaretAtEnd(editor)) insertAfter(session, id);
      else splitAtCaret(session, id, editor);
      return true;
    },
    split: (editor) => {
      if (!rights.editText) return false;
      splitAtCaret(session, id, editor);
      return true;
    },
    backspaceAtStart: () => rights.merge && mergeIntoPrevious(context, id),
    paste: (editorView, event, slice) => rights.editText && pasteParagraphs(context, paragraph, editorView, event, slice),
    leadKind: () => (paragraph.kind === 'subparagraph' ? null : paragraph.kind),
    focus: () => connection.provider.awareness.setLocalStateField('paragraphId', id),
    blur: () => {
      const state = connection.provider.awareness.getLocalState();
      if (state?.paragraphId === id) connection.provider.awareness.setLocalStateField('paragraphId', null);
    },
    register: (editor) => {
      editors.set(id, editor);
      session.flushFocus();
      return () => {
        if (editors.get(id) === editor) editors.delete(id);
      };
    },
  };
}

/** What the buttons and menus of a paragraph row do. */
export function buildParagraphCommands(context: ParagraphActionContext, paragraph: ParagraphView): ParagraphCommands {
  const { id } = paragraph;
  const { session } = context;
  const { operations, editors } = session;
  return {
    insertAfter: () => insertAfter(session, id),
    move: (delta) => operations.move(id, delta),
    receiveDrop: (draggedId) => operations.moveTo(draggedId, id),
    split: () => {
      const editor = editors.get(id);
      if (editor) splitAtCaret(session, id, editor);
    },
    merge: () => {
      mergeIntoPrevious(context, id);
    },
    remove: () => removeParagraph(context, paragraph),
    setKind: (kind, depth) => operations.setKind(id, kind, depth),
    setStatus: (value) => operations.setStatus(id, value),
    setFrozen: (frozen) => operations.setFrozen(id, frozen),
  };
}
