'use client';

import Link from 'next/link';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { PrecedentPanel } from '@/components/precedent/precedent-panel';
import { CompilationLink, NegotiationBar } from '@/components/proposals/negotiation-bar';
import { ParagraphProposals } from '@/components/proposals/paragraph-proposals';
import { useProposalRoomState } from '@/components/proposals/proposal-room';
import type { DraftView, ParagraphView } from './draft-view-store';
import type { ConnectionStatus } from './draft-connection';
import type { DraftPermissions } from './draft-permissions';
import { ParagraphRow, type ParagraphCommands, type ParagraphRights } from './paragraph-row';
import type { ParagraphEditorHandlers } from './paragraph-editor';
import { measureTextOffset, readPastedParagraphs } from './paragraph-text';
import { PresenceList } from './presence-list';
import type { PresenceEntry } from './presence';
import type { RoomSession } from './room-session';
import { UndoButtons } from './undo-buttons';

interface DraftWorkspaceProps {
  session: RoomSession | null;
  initialTitle: string;
  status: ConnectionStatus;
  synced: boolean;
  failure: string | null;
  notice: string | null;
  onNotice(message: string): void;
  onDismissNotice(): void;
  permissions: DraftPermissions;
}

const emptyView: DraftView = { title: '', chapeau: '', body: '', paragraphs: [] };
const emptyPresence: PresenceEntry[] = [];
const subscribeToNothing = () => () => undefined;

export const offlineMessage = 'You are offline — your edits are kept and will be sent when the connection returns';

function isCaretAtEnd(editor: Editor): boolean {
  const { selection, doc } = editor.state;
  return selection.empty && selection.from >= doc.content.size - 1;
}

function readCaretOffset(editor: Editor): number {
  return measureTextOffset(editor.state.doc, editor.state.selection.from);
}

function describeConnection(status: ConnectionStatus, synced: boolean): string {
  if (!synced) return status === 'offline' ? 'Cannot reach the realtime server yet; still trying…' : 'Connecting to the draft…';
  return status === 'connected' ? '' : offlineMessage;
}

export function DraftWorkspace({
  session,
  initialTitle,
  status,
  synced,
  failure,
  notice,
  onNotice,
  onDismissNotice,
  permissions,
}: DraftWorkspaceProps) {
  const view = useSyncExternalStore(
    session ? session.views.subscribe : subscribeToNothing,
    session ? session.views.getSnapshot : () => emptyView,
    () => emptyView,
  );
  const people = useSyncExternalStore(
    session ? session.presence.subscribe : subscribeToNothing,
    session ? session.presence.getSnapshot : () => emptyPresence,
    () => emptyPresence,
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus is flushed after every new view, once its editors exist.
  useLayoutEffect(() => {
    session?.flushFocus();
  }, [session, view]);

  const ready = session !== null && synced && failure === null;
  const proposalRoom = useProposalRoomState(session, view.paragraphs, people);
  // In negotiation mode a delegate changes the text only through proposals; the server refuses direct edits.
  const canEdit = ready && permissions.edit && !proposalRoom?.locksText;
  const title = view.title || initialTitle;
  const connectionMessage = failure ? '' : describeConnection(status, synced);
  const labels = new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label]));

  const textEditable = (paragraph: ParagraphView) => canEdit && (!paragraph.frozen || permissions.editFrozen);

  const buildRights = (paragraph: ParagraphView, previous: ParagraphView | undefined): ParagraphRights => ({
    editText: textEditable(paragraph),
    move: canEdit,
    insert: canEdit,
    remove: textEditable(paragraph),
    merge: textEditable(paragraph) && previous !== undefined && textEditable(previous),
    setKind: textEditable(paragraph),
    setStatus: ready && permissions.setStatus,
    freeze: ready && permissions.freeze,
  });

  const buildHandlers = (session: RoomSession, paragraph: ParagraphView, rights: ParagraphRights): ParagraphEditorHandlers => {
    const { id } = paragraph;
    const { operations, editors, connection } = session;
    const splitAt = (editor: Editor) => {
      const newId = operations.split(id, readCaretOffset(editor));
      session.focusParagraph(newId, 'start');
      return true;
    };
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
        if (isCaretAtEnd(editor)) {
          session.focusParagraph(operations.insertAfter(id), 'start');
          return true;
        }
        return splitAt(editor);
      },
      split: (editor) => (rights.editText ? splitAt(editor) : false),
      backspaceAtStart: () => {
        if (!rights.merge) return false;
        const order = view.paragraphs.map((p) => p.id);
        const previousId = order[order.indexOf(id) - 1];
        if (!previousId) return false;
        const previousEditor = editors.get(previousId);
        const join = previousEditor ? previousEditor.state.doc.content.size - 1 : 'end';
        operations.mergeIntoPrevious(id);
        session.focusParagraph(previousId, join);
        return true;
      },
      paste: (editorView, event, slice) => {
        if (!rights.editText) return false;
        const pasted = event.clipboardData?.getData('text/plain') ?? slice.content.textBetween(0, slice.content.size, '\n');
        const maxPaste = connection.ticket.limits?.maxPasteCharacters;
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
        const lastId = operations.insertTextsAfter(id, rest, hasTail ? caret : undefined);
        if (lastId) session.focusParagraph(lastId, 'end');
        return true;
      },
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
  };

  const buildCommands = (session: RoomSession, paragraph: ParagraphView): ParagraphCommands => {
    const { id } = paragraph;
    const { operations, editors } = session;
    return {
      insertAfter: () => session.focusParagraph(operations.insertAfter(id), 'start'),
      move: (delta) => operations.move(id, delta),
      receiveDrop: (draggedId) => operations.moveTo(draggedId, id),
      split: () => {
        const editor = editors.get(id);
        if (!editor) return;
        session.focusParagraph(operations.split(id, readCaretOffset(editor)), 'start');
      },
      merge: () => {
        const order = view.paragraphs.map((p) => p.id);
        const previousId = order[order.indexOf(id) - 1];
        if (!previousId) return;
        const previousEditor = editors.get(previousId);
        const join = previousEditor ? previousEditor.state.doc.content.size - 1 : 'end';
        operations.mergeIntoPrevious(id);
        session.focusParagraph(previousId, join);
      },
      remove: () => {
        // Keep keyboard users in the text: the caret goes to the neighbouring paragraph.
        const order = view.paragraphs.map((p) => p.id);
        const index = order.indexOf(id);
        const neighbour = order[index - 1] ?? order[index + 1];
        operations.remove(id);
        if (neighbour) session.focusParagraph(neighbour, neighbour === order[index - 1] ? 'end' : 'start');
      },
      setKind: (kind, depth) => operations.setKind(id, kind, depth),
      setStatus: (value) => operations.setStatus(id, value),
      setFrozen: (frozen) => operations.setFrozen(id, frozen),
    };
  };

  const appendParagraph = () => {
    if (!session) return;
    const last = view.paragraphs.at(-1);
    const id = session.operations.appendParagraph(last?.kind ?? 'preambular', last?.depth);
    session.focusParagraph(id, 'start');
  };

  return (
    <main className="draft-room" data-testid="draft-room" data-ready={ready ? 'true' : 'false'}>
      <header className="draft-header card">
        <h1 data-testid="draft-title">{title}</h1>
        {view.body && <p className="muted">{view.body}</p>}
        {!permissions.edit && (
          <p className="draft-readonly" data-testid="read-only-notice">
            Read only — you follow the negotiation live but cannot change the text.
          </p>
        )}
        <div className="draft-header-row">
          <PresenceList people={people} labels={labels} />
          {proposalRoom && (
            <span className="draft-links">
              <CompilationLink draftId={proposalRoom.draftId} />{' '}
              <Link href={`/drafts/${encodeURIComponent(proposalRoom.draftId)}/revisions`} className="draft-tool">
                Revisions
              </Link>{' '}
              <a href={`/api/drafts/${encodeURIComponent(proposalRoom.draftId)}/export`} className="draft-tool">
                Word (.docx)
              </a>
            </span>
          )}
          {canEdit && session && <UndoButtons undoManager={session.undoManager} />}
        </div>
      </header>
      {proposalRoom && <NegotiationBar room={proposalRoom} />}

      <div
        role="status"
        aria-live="polite"
        className={connectionMessage ? 'draft-banner' : 'draft-banner empty'}
        data-testid="connection-status"
      >
        {connectionMessage}
      </div>
      {failure && (
        <p role="alert" className="draft-banner draft-failure">
          {failure} Reload the page to try again.
        </p>
      )}
      {notice && (
        <div role="alert" className="draft-banner draft-notice">
          {notice}{' '}
          <button type="button" className="draft-tool" onClick={onDismissNotice}>
            Dismiss
          </button>
        </div>
      )}

      <div className="draft-layout">
        <section className="card draft-text" aria-label="Draft text">
          {view.chapeau && <p className="draft-chapeau">{view.chapeau}</p>}
          {session && synced && view.paragraphs.length === 0 && <p className="muted">This draft has no paragraphs yet.</p>}
          {session && (
            <ol className="draft-paragraphs" aria-label="Paragraphs">
              {view.paragraphs.map((paragraph, index) => {
                if (proposalRoom?.hidesParagraph(paragraph.id)) return null;
                const previous = view.paragraphs[index - 1];
                const rights = buildRights(paragraph, previous);
                return (
                  <ParagraphRow
                    key={`${paragraph.id}:${paragraph.fragmentKey}`}
                    paragraph={paragraph}
                    isFirst={index === 0}
                    isLast={index === view.paragraphs.length - 1}
                    rights={rights}
                    readOnly={!permissions.edit}
                    provider={session.connection.provider}
                    user={session.user}
                    people={people.filter((person) => !person.self && person.paragraphId === paragraph.id)}
                    handlers={buildHandlers(session, paragraph, rights)}
                    commands={buildCommands(session, paragraph)}
                    proposals={
                      proposalRoom && <ParagraphProposals room={proposalRoom} paragraphId={paragraph.id} label={paragraph.label} />
                    }
                  />
                );
              })}
            </ol>
          )}
          {canEdit && (
            <p>
              <button type="button" className="button secondary" onClick={appendParagraph}>
                Add paragraph at the end
              </button>
            </p>
          )}
        </section>
        <PrecedentPanel session={session} ready={ready} canEdit={canEdit} editFrozen={permissions.editFrozen} />
      </div>

      {permissions.edit && (
        <details className="card draft-keys">
          <summary>Keyboard</summary>
          <ul>
            <li>Enter at the end of a paragraph: new paragraph after it; elsewhere: split there (also Ctrl/⌘+Enter).</li>
            <li>Backspace at the start: merge with the paragraph before.</li>
            <li>Alt+↑ / Alt+↓: move the paragraph.</li>
            <li>Ctrl/⌘+Z, Ctrl/⌘+Shift+Z: undo and redo across the whole draft.</li>
            <li>Shift+Enter: line break inside the paragraph. Ctrl/⌘+I: italics for opening words.</li>
          </ul>
        </details>
      )}
    </main>
  );
}
