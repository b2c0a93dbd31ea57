import * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { getParagraphMap, paragraphKeys } from '@/lib/draft';
import { createDeletionNotices, type DeletionNoticeStore } from './deletion-notices';
import type { DraftConnection } from './draft-connection';
import { createDraftOperations, createDraftUndoManager, type DraftOperations } from './draft-operations';
import { createDraftViewStore, type DraftViewStore } from './draft-view-store';
import { buildPresenceUser, createPresenceStore, type PresenceStore, type PresenceUser } from './presence';

export type FocusTarget = 'start' | 'end' | 'keep' | number;

/** Everything that lives as long as one connection to one draft. */
export interface RoomSession {
  connection: DraftConnection;
  undoManager: Y.UndoManager;
  operations: DraftOperations;
  views: DraftViewStore;
  presence: PresenceStore;
  /** Paragraph deletions by others in the room, named by delegation. */
  deletions: DeletionNoticeStore;
  user: PresenceUser;
  editors: Map<string, Editor>;
  focusParagraph(id: string, at: FocusTarget): void;
  /** Applies a focus request whose editor did not exist yet. */
  flushFocus(): void;
  destroy(): void;
}

/**
 * Focuses at once rather than through Tiptap's focus command, which waits a
 * frame: keys typed right after Enter must land in the new paragraph.
 */
function applyFocus(editor: Editor, at: FocusTarget): void {
  const { view } = editor;
  if (at !== 'keep') {
    const { doc } = view.state;
    const last = Math.max(1, doc.content.size - 1);
    const pos = at === 'start' ? 1 : at === 'end' ? last : Math.min(Math.max(1, at), last);
    view.dispatch(view.state.tr.setSelection(TextSelection.near(doc.resolve(pos))).scrollIntoView());
  }
  view.focus();
}

export function createRoomSession(
  connection: DraftConnection,
  person: { name: string; role: string; delegation: { code: string; name: string; colour: string } },
  options: { editFrozen: boolean },
): RoomSession {
  const { doc, provider } = connection;
  const editors = new Map<string, Editor>();
  let pending: { id: string; at: FocusTarget } | null = null;
  let refocusId: string | null = null;
  // The same for a focused button or select in a row that moves (Move up / down).
  let refocusElement: HTMLElement | null = null;

  const findFocusedParagraph = (): string | null => {
    for (const [id, editor] of editors) if (!editor.isDestroyed && editor.view.hasFocus()) return id;
    return null;
  };

  const undoManager = createDraftUndoManager(doc);
  // Remember which editor had focus before React reorders the list: moving a
  // focused node in the DOM blurs it, which would end the typing of whoever is in it.
  const views = createDraftViewStore(doc, () => {
    refocusId = findFocusedParagraph() ?? refocusId;
    const active = document.activeElement;
    refocusElement = refocusId === null && active instanceof HTMLElement && active !== document.body ? active : null;
  });
  const user = buildPresenceUser(person);
  provider.awareness.setLocalStateField('user', user);
  const presence = createPresenceStore(provider.awareness);
  const deletions = createDeletionNotices(provider.awareness);

  // A step that edits a paragraph frozen since would be refused by the server for
  // anyone but the facilitator, so the stack is dropped when a remote freeze lands.
  const onParagraphsChanged = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (options.editFrozen || transaction.local) return;
    const froze = events.some(
      (event) =>
        event instanceof Y.YMapEvent &&
        event.keysChanged.has(paragraphKeys.frozen) &&
        (event.target as Y.Map<unknown>).get(paragraphKeys.frozen) === true,
    );
    if (froze) undoManager.clear();
  };
  const paragraphs = getParagraphMap(doc);
  paragraphs.observeDeep(onParagraphsChanged);

  const session: RoomSession = {
    connection,
    undoManager,
    operations: createDraftOperations(doc, undoManager),
    views,
    presence,
    deletions,
    user,
    editors,
    focusParagraph(id, at) {
      const editor = editors.get(id);
      if (editor && !editor.isDestroyed) {
        pending = null;
        applyFocus(editor, at);
      } else {
        pending = { id, at };
      }
    },
    flushFocus() {
      if (refocusId !== null) {
        const editor = editors.get(refocusId);
        if (editor && !editor.isDestroyed && !editor.view.hasFocus() && document.activeElement === document.body) {
          editor.view.focus();
        }
        refocusId = null;
      }
      if (refocusElement) {
        if (refocusElement.isConnected && document.activeElement === document.body) refocusElement.focus();
        refocusElement = null;
      }
      if (pending) {
        const editor = editors.get(pending.id);
        if (editor && !editor.isDestroyed) {
          const { at } = pending;
          pending = null;
          applyFocus(editor, at);
        }
      }
    },
    destroy() {
      paragraphs.unobserveDeep(onParagraphsChanged);
      views.destroy();
      presence.destroy();
      deletions.destroy();
      undoManager.destroy();
      connection.destroy();
    },
  };
  return session;
}
