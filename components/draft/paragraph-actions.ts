import type { Editor } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { ParagraphKind, ParagraphStatus } from '@/lib/draft';
import type { DraftPermissions } from './draft-permissions';
import type { ParagraphView } from './draft-view-store';
import type { ParagraphEditorHandlers } from './paragraph-editor';
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
}

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

/** Several pasted paragraphs become paragraphs of the draft after this one; a single one is pasted as text. */
function pasteParagraphs(
  context: ParagraphActionContext,
  id: string,
  editorView: EditorView,
  event: ClipboardEvent,
  slice: Slice,
): boolean {
  const { session, onNotice } = context;
  const pasted = event.clipboardData?.getData('text/plain') ?? slice.content.textBetween(0, slice.content.size, '\n');
  const maxPaste = session.connection.ticket.limits?.maxPasteCharacters;
  if (maxPaste !== undefined && pasted.length > maxPaste) {
    // The server would refuse it and reload the draft; say so before anything is sent.
    onNotice(
      `That paste is ${pasted.length.toLocaleString('en')} characters; one change may hold up to ${maxPaste.toLocaleString('en')}. Paste it in parts.`,
    );
    return true;
  }
  const parts = readPastedParagraphs(event.clipboardData, slice);
  if (!parts) return false;
  const [first = '', ...rest] = parts;
  const { from, to } = editorView.state.selection;
  editorView.dispatch(first ? editorView.state.tr.insertText(first, from, to) : editorView.state.tr.deleteSelection());
  if (rest.length === 0) return true;
  const { doc, selection } = editorView.state;
  const caret = measureTextOffset(doc, selection.from);
  const hasTail = caret < measureTextOffset(doc, doc.content.size);
  const lastId = session.operations.insertTextsAfter(id, rest, hasTail ? caret : undefined);
  if (lastId) session.focusParagraph(lastId, 'end');
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
    paste: (editorView, event, slice) => rights.editText && pasteParagraphs(context, id, editorView, event, slice),
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
