'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PrecedentPanel } from '@/components/precedent/precedent-panel';
import { CompilationLink, NegotiationBar } from '@/components/proposals/negotiation-bar';
import { ParagraphProposals } from '@/components/proposals/paragraph-proposals';
import { useProposalRoomState } from '@/components/proposals/proposal-room';
import type { DeletionNotice } from './deletion-notices';
import type { DraftView } from './draft-view-store';
import type { ConnectionStatus } from './draft-connection';
import type { DraftPermissions, DraftRoomUser } from './draft-permissions';
import { buildParagraphCommands, buildParagraphHandlers, readParagraphRights, type ParagraphActionContext } from './paragraph-actions';
import { GoToParagraph } from './go-to-paragraph';
import { ParagraphRow } from './paragraph-row';
import { RoomSkipLinks } from './room-skip-links';
import { useRoomShortcuts } from './room-shortcuts';
import { applyRovingTabStops } from './roving-focus';
import { ShortcutSheet, type ShortcutSheetHandle } from './shortcut-sheet';
import { PresenceList } from './presence-list';
import { RefusedChanges } from './refused-changes';
import { ParagraphExtras, RoomBanners, RoomHeaderExtras } from './room-extras';
import type { RoomExtrasProps } from './room-extras-props';
import type { RefusedChange } from './refusal-recovery';
import type { PresenceEntry } from './presence';
import type { RoomSession } from './room-session';
import { UndoButtons } from './undo-buttons';
import { PdfLink } from '@/components/export/pdf-link';

interface DraftWorkspaceProps {
  draftId: string;
  user: DraftRoomUser;
  session: RoomSession | null;
  initialTitle: string;
  status: ConnectionStatus;
  synced: boolean;
  failure: string | null;
  notice: string | null;
  onNotice(message: string): void;
  onDismissNotice(): void;
  /** Changes the server refused, kept on screen with why. */
  refused: readonly RefusedChange[];
  onDismissRefused(key: string): void;
  permissions: DraftPermissions;
}

const emptyView: DraftView = { title: '', chapeau: '', body: '', paragraphs: [] };
const emptyPresence: PresenceEntry[] = [];
const emptyDeletions: DeletionNotice[] = [];
const subscribeToNothing = () => () => undefined;

/**
 * The message key of the connection banner, or null when there is nothing to say. Where the browser refused storage
 * the edits live only as long as the tab does, and the banner says so.
 */
function chooseConnectionMessage(status: ConnectionStatus, synced: boolean, edits: 'none' | 'kept' | 'unkept') {
  if (!synced) return status === 'offline' ? 'unreachable' : 'connecting';
  if (status === 'connected') return null;
  return edits === 'none' ? 'offlineReader' : edits === 'kept' ? 'offlineKept' : 'offlineUnkept';
}

export function DraftWorkspace({
  draftId,
  user,
  session,
  initialTitle,
  status,
  synced,
  failure,
  notice,
  onNotice,
  onDismissNotice,
  refused,
  onDismissRefused,
  permissions,
}: DraftWorkspaceProps) {
  const t = useTranslations('room');
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
  const deletions = useSyncExternalStore(
    session ? session.deletions.subscribe : subscribeToNothing,
    session ? session.deletions.getSnapshot : () => emptyDeletions,
    () => emptyDeletions,
  );

  const [currentId, setCurrentId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const sheetRef = useRef<ShortcutSheetHandle>(null);
  const goToRef = useRef<HTMLInputElement>(null);
  useRoomShortcuts({
    openSheet: useCallback(() => sheetRef.current?.open(), []),
    goToParagraph: useCallback(() => goToRef.current?.focus(), []),
  });

  // Rows hold controls that other components render and re-render on their own, so the tab stops are
  // set again whenever the list's content changes, not only when this component renders.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const apply = () => {
      const rows = [...list.querySelectorAll<HTMLElement>(':scope > [data-roving-row]')];
      applyRovingTabStops(rows, rows.find((row) => row.tabIndex === 0) ?? rows[0] ?? null);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(list, { childList: true, subtree: true });
    return () => observer.disconnect();
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus is flushed after every new view, once its editors exist.
  useLayoutEffect(() => {
    session?.flushFocus();
  }, [session, view]);

  const ready = session !== null && synced && failure === null;
  const proposalRoom = useProposalRoomState(session, view.paragraphs, people);
  // In negotiation mode a delegate changes the text only through proposals; the server refuses direct edits.
  const canEdit = ready && permissions.edit && !proposalRoom?.locksText;
  const title = view.title || initialTitle;
  const connectionKey = failure
    ? null
    : chooseConnectionMessage(status, synced, !permissions.edit ? 'none' : session?.connection.keptInBrowser ? 'kept' : 'unkept');
  const connectionMessage = connectionKey ? t(`connection.${connectionKey}`) : '';
  const labels = new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label]));

  const access = { ready, canEdit, permissions };
  const extras: RoomExtrasProps = { draftId, user, permissions, view, session, ready };
  const order = view.paragraphs.map((paragraph) => paragraph.id);
  const shown = view.paragraphs.filter((paragraph) => !proposalRoom?.hidesParagraph(paragraph.id));
  const currentShown = shown.some((paragraph) => paragraph.id === currentId) ? currentId : (shown[0]?.id ?? null);

  const appendParagraph = () => {
    if (!session) return;
    const last = view.paragraphs.at(-1);
    const id = session.operations.appendParagraph(last?.kind ?? 'preambular', last?.depth);
    session.focusParagraph(id, 'start');
  };

  return (
    <main className="draft-room" data-testid="draft-room" data-ready={ready ? 'true' : 'false'}>
      <RoomSkipLinks />
      <header className="draft-header card">
        <h1 data-testid="draft-title">{title}</h1>
        {view.body && <p className="muted">{view.body}</p>}
        {!permissions.edit && (
          <p className="draft-readonly" data-testid="read-only-notice">
            {t('readOnly')}
          </p>
        )}
        {/*
         * The links and undo buttons get a row of their own: sharing one with the presence list, whose text changes as
         * people move between paragraphs, the row re-wrapped and shifted the text under a pointer mid-click.
         */}
        <div className="draft-header-row">
          {proposalRoom && (
            <span className="draft-links">
              <CompilationLink draftId={proposalRoom.draftId} />{' '}
              <Link href={`/drafts/${encodeURIComponent(proposalRoom.draftId)}/revisions`} className="draft-tool">
                {t('revisions')}
              </Link>{' '}
              <Link href={`/drafts/${encodeURIComponent(proposalRoom.draftId)}/details`} className="draft-tool">
                {t('details')}
              </Link>{' '}
              <a href={`/api/drafts/${encodeURIComponent(proposalRoom.draftId)}/export`} className="draft-tool">
                Word (.docx)
              </a>{' '}
              <PdfLink href={`/api/drafts/${encodeURIComponent(proposalRoom.draftId)}/export?format=pdf`} className="draft-tool">
                PDF
              </PdfLink>
            </span>
          )}
          <RoomHeaderExtras {...extras} />
          {canEdit && session && <UndoButtons undoManager={session.undoManager} />}
        </div>
        <div className="draft-header-row">
          <GoToParagraph ref={goToRef} paragraphs={shown} />
          <button type="button" className="draft-tool" aria-keyshortcuts="?" onClick={() => sheetRef.current?.open()}>
            {t('shortcuts.title')}
          </button>
        </div>
        <PresenceList people={people} labels={labels} />
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
            {t('dismiss')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="deletion-notices">
        {deletions.map((deletion) => {
          const delegation = deletion.delegation ?? t('someone');
          return (
            <p key={deletion.key} className="draft-banner draft-notice" data-testid="deletion-notice">
              {deletion.excerpt
                ? t('deletedWithExcerpt', { delegation, label: deletion.label, excerpt: deletion.excerpt })
                : t('deleted', { delegation, label: deletion.label })}{' '}
              <button type="button" className="draft-tool" onClick={() => session?.deletions.dismiss(deletion.key)}>
                {t('dismiss')}
              </button>
            </p>
          );
        })}
      </div>

      <RoomBanners {...extras} />

      <RefusedChanges changes={refused} labels={labels} proposalRoom={proposalRoom} onNotice={onNotice} onDismiss={onDismissRefused} />

      <div className="draft-layout">
        <section className="card draft-text" aria-label={t('draftText')} id="draft-text">
          {view.chapeau && <p className="draft-chapeau">{view.chapeau}</p>}
          {session && synced && view.paragraphs.length === 0 && <p className="muted">{t('noParagraphs')}</p>}
          {session && (
            <ol ref={listRef} className="draft-paragraphs" aria-label={t('paragraphs')}>
              {view.paragraphs.map((paragraph, index) => {
                if (proposalRoom?.hidesParagraph(paragraph.id)) return null;
                const rights = readParagraphRights(access, paragraph, view.paragraphs[index - 1]);
                const context: ParagraphActionContext = { session, order, onNotice, say: t };
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
                    handlers={buildParagraphHandlers(context, paragraph, rights)}
                    commands={buildParagraphCommands(context, paragraph)}
                    current={paragraph.id === currentShown}
                    onCurrent={setCurrentId}
                    proposals={
                      <>
                        {proposalRoom && <ParagraphProposals room={proposalRoom} paragraphId={paragraph.id} label={paragraph.label} />}
                        <ParagraphExtras {...extras} paragraphId={paragraph.id} label={paragraph.label} />
                      </>
                    }
                  />
                );
              })}
            </ol>
          )}
          {canEdit && (
            <p>
              <button type="button" className="button secondary" onClick={appendParagraph}>
                {t('addParagraph')}
              </button>
            </p>
          )}
        </section>
        <PrecedentPanel session={session} ready={ready} canEdit={canEdit} editFrozen={permissions.editFrozen} />
      </div>

      <ShortcutSheet ref={sheetRef} />
    </main>
  );
}
