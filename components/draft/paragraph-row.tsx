'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { readFragmentText } from '@/lib/editor';
import type { WebsocketProvider } from 'y-websocket';
import { ParagraphPrecedentMarks } from '@/components/precedent/paragraph-precedent-marks';
import type { ParagraphCommands, ParagraphRights } from './paragraph-actions';
import { ParagraphEditor, type ParagraphEditorHandlers } from './paragraph-editor';
import { ParagraphMenu, paragraphMenuButtonAttribute } from './paragraph-menu';
import { readRovingIndex } from './roving-focus';
import type { PresenceEntry, PresenceUser } from './presence';
import type { ParagraphView } from './draft-view-store';

interface ParagraphRowProps {
  paragraph: ParagraphView;
  isFirst: boolean;
  isLast: boolean;
  rights: ParagraphRights;
  readOnly: boolean;
  provider: WebsocketProvider;
  user: PresenceUser;
  people: PresenceEntry[];
  handlers: ParagraphEditorHandlers;
  commands: ParagraphCommands;
  /** The paragraph's proposals, shown in place under its text (components/proposals). */
  proposals?: ReactNode;
  /** The list's one tab stop: the row last focused, or the first. */
  current: boolean;
  onCurrent(id: string): void;
}

/** How much of the text a row's name carries: enough to recognise it, short enough to hear. */
const nameLength = 60;
const textSelector = '.draft-paragraph-text';
const rowSelector = '[data-roving-row]';

/** The start of a paragraph's text, kept current as anyone types. */
function useTextStart(fragment: Y.XmlFragment): string {
  const [start, setStart] = useState('');
  useEffect(() => {
    const update = () => {
      const text = readFragmentText(fragment).replace(/\s+/g, ' ').trim();
      setStart(text.length > nameLength ? `${text.slice(0, nameLength).trimEnd()}…` : text);
    };
    update();
    fragment.observeDeep(update);
    return () => fragment.unobserveDeep(update);
  }, [fragment]);
  return start;
}

function isMenuShortcut(event: KeyboardEvent): boolean {
  return (event.altKey && event.key === 'Enter') || (event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu';
}

/**
 * The row's keys: arrows, Home and End move between rows and Enter goes into
 * the text when the row itself has focus; Escape in the text comes back to the
 * row; Alt+Enter, Shift+F10 or the menu key open the paragraph's actions.
 */
function handleRowKeys(event: KeyboardEvent<HTMLLIElement>, move: ((delta: -1 | 1) => void) | null): void {
  const row = event.currentTarget;
  const target = event.target as HTMLElement;
  if (target === row && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    if (!move) return;
    event.preventDefault();
    move(event.key === 'ArrowUp' ? -1 : 1);
    return;
  }
  if (isMenuShortcut(event) && (target === row || target.closest(textSelector))) {
    const button = row.querySelector<HTMLElement>(`[${paragraphMenuButtonAttribute}]`);
    if (!button) return;
    event.preventDefault();
    button.click();
    return;
  }
  if (event.key === 'Escape' && target.closest(textSelector)) {
    event.preventDefault();
    row.focus();
    return;
  }
  if (target !== row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (event.key === 'Enter') {
    const text = row.querySelector<HTMLElement>(textSelector);
    if (!text) return;
    event.preventDefault();
    text.focus();
    return;
  }
  const rows = [...(row.parentElement?.querySelectorAll<HTMLElement>(`:scope > ${rowSelector}`) ?? [])];
  const next = readRovingIndex(event.key, rows.indexOf(row), rows.length);
  if (next === null) return;
  event.preventDefault();
  rows[next]?.focus();
  rows[next]?.scrollIntoView({ block: 'nearest' });
}

/** Paragraph ids travel in their own drag type so text dragged from elsewhere is never taken for a move. */
const dragType = 'application/x-zero-draft-paragraph';

function LockIcon() {
  return (
    <svg className="draft-lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
      />
    </svg>
  );
}

export function ParagraphRow({
  paragraph,
  isFirst,
  isLast,
  rights,
  readOnly,
  provider,
  user,
  people,
  handlers,
  commands,
  proposals,
  current,
  onCurrent,
}: ParagraphRowProps) {
  const { id, label, status, frozen } = paragraph;
  const labelId = `paragraph-label-${id}`;
  const stateId = `paragraph-state-${id}`;
  const textStart = useTextStart(paragraph.fragment);
  const t = useTranslations('room');
  return (
    <li
      className="draft-paragraph"
      id={`paragraph-${id}`}
      tabIndex={current ? 0 : -1}
      aria-label={textStart ? `${label}, ${textStart}` : t('row.empty', { label })}
      aria-describedby={stateId}
      data-roving-row=""
      onFocus={() => onCurrent(id)}
      onKeyDown={(event) => handleRowKeys(event, rights.move ? commands.move : null)}
      data-paragraph-id={id}
      data-kind={paragraph.kind}
      data-depth={paragraph.depth}
      data-status={status}
      data-frozen={frozen ? 'true' : 'false'}
      data-testid="draft-paragraph"
      onDragOver={(event) => {
        if (rights.move && event.dataTransfer.types.includes(dragType)) event.preventDefault();
      }}
      onDrop={(event) => {
        const draggedId = event.dataTransfer.getData(dragType);
        if (!rights.move || !draggedId) return;
        event.preventDefault();
        commands.receiveDrop(draggedId);
      }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dragging is the pointer's way to move; the keyboard has Alt+↑/↓ and the actions menu. */}
      <div
        className="draft-gutter"
        draggable={rights.move}
        title={rights.move ? t('row.drag') : undefined}
        onDragStart={(event) => {
          event.dataTransfer.setData(dragType, id);
          event.dataTransfer.effectAllowed = 'move';
        }}
      >
        <span className="draft-number" id={labelId} data-testid="paragraph-number">
          {label}
        </span>
      </div>
      <div className="draft-body">
        <ParagraphEditor
          fragment={paragraph.fragment}
          provider={provider}
          user={user}
          editable={rights.editText}
          labelledBy={labelId}
          describedBy={stateId}
          handlers={handlers}
        />
        {people.length > 0 && (
          <ul className="draft-here" aria-label={t('row.alsoIn', { label })}>
            {people.map((person) => (
              <li key={person.clientId} style={{ borderColor: person.delegation.colour }}>
                <span className="draft-swatch" style={{ background: person.delegation.colour }} aria-hidden="true" />
                {person.delegation.name}
              </li>
            ))}
          </ul>
        )}
        <ParagraphPrecedentMarks doc={provider.doc} paragraphId={id} fragment={paragraph.fragment} kind={paragraph.kind} label={label} />
        {proposals}
      </div>
      <div className="draft-side">
        <p className="draft-state" id={stateId}>
          <span className={`draft-chip draft-chip-${status}`} data-testid="paragraph-status">
            {t(`statuses.${status}`)}
          </span>
          {frozen && (
            <span className="draft-frozen" data-testid="paragraph-frozen" title={t('row.frozenTitle')}>
              <LockIcon />
              <span className="visually-hidden">{t('row.frozen')}</span>
            </span>
          )}
        </p>
        {!readOnly && <ParagraphMenu paragraph={paragraph} isFirst={isFirst} isLast={isLast} rights={rights} commands={commands} />}
      </div>
    </li>
  );
}
