'use client';

import type { ReactNode } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { paragraphStatuses, type ParagraphKind, type ParagraphStatus } from '@/lib/draft';
import { ParagraphPrecedentMarks } from '@/components/precedent/paragraph-precedent-marks';
import { ParagraphEditor, type ParagraphEditorHandlers } from './paragraph-editor';
import { findKindChoice, kindChoices, readKindChoice, statusLabels } from './paragraph-labels';
import type { PresenceEntry, PresenceUser } from './presence';
import type { ParagraphView } from './draft-view-store';

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
}: ParagraphRowProps) {
  const { id, label, status, frozen } = paragraph;
  const labelId = `paragraph-label-${id}`;
  const stateId = `paragraph-state-${id}`;
  return (
    <li
      className="draft-paragraph"
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
      <div
        className="draft-gutter"
        draggable={rights.move}
        title={rights.move ? 'Drag to move this paragraph (or Alt+↑ / Alt+↓ in its text)' : undefined}
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
          <ul className="draft-here" aria-label={`Also in ${label}`}>
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
            {statusLabels[status]}
          </span>
          {frozen && (
            <span className="draft-frozen" data-testid="paragraph-frozen" title="Frozen: only the facilitator can change it">
              <LockIcon />
              <span className="visually-hidden">Frozen</span>
            </span>
          )}
        </p>
        {!readOnly && (
          <div className="draft-tools" role="group" aria-label={`Paragraph ${label} tools`}>
            {rights.setKind && (
              <label className="draft-select">
                <span className="visually-hidden">Kind of paragraph {label}</span>
                <select
                  value={readKindChoice(paragraph.kind, paragraph.depth)}
                  onChange={(event) => {
                    const choice = findKindChoice(event.target.value);
                    if (choice) commands.setKind(choice.kind, choice.depth);
                  }}
                >
                  {kindChoices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {rights.setStatus && (
              <label className="draft-select">
                <span className="visually-hidden">Status of paragraph {label}</span>
                <select value={status} onChange={(event) => commands.setStatus(event.target.value as ParagraphStatus)}>
                  {paragraphStatuses.map((value) => (
                    <option key={value} value={value}>
                      {statusLabels[value]}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {rights.freeze && (
              <button
                type="button"
                className="draft-tool"
                aria-pressed={frozen}
                aria-label={`${frozen ? 'Unfreeze' : 'Freeze'} paragraph ${label}`}
                onClick={() => commands.setFrozen(!frozen)}
              >
                {frozen ? 'Unfreeze' : 'Freeze'}
              </button>
            )}
            {rights.move && (
              <>
                <button
                  type="button"
                  className="draft-tool"
                  aria-label={`Move paragraph ${label} up`}
                  title="Move up (Alt+↑)"
                  disabled={isFirst}
                  onClick={() => commands.move(-1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="draft-tool"
                  aria-label={`Move paragraph ${label} down`}
                  title="Move down (Alt+↓)"
                  disabled={isLast}
                  onClick={() => commands.move(1)}
                >
                  ↓
                </button>
              </>
            )}
            {rights.insert && (
              <button type="button" className="draft-tool" aria-label={`Insert a paragraph after ${label}`} onClick={commands.insertAfter}>
                + After
              </button>
            )}
            {rights.editText && (
              <button
                type="button"
                className="draft-tool"
                aria-label={`Split paragraph ${label} at the cursor`}
                title="Split at the cursor (Ctrl/⌘+Enter)"
                onClick={commands.split}
              >
                Split
              </button>
            )}
            {rights.merge && !isFirst && (
              <button
                type="button"
                className="draft-tool"
                aria-label={`Merge paragraph ${label} into the one before`}
                title="Merge with the previous paragraph (Backspace at the start)"
                onClick={commands.merge}
              >
                Merge ↑
              </button>
            )}
            {rights.remove && (
              <button type="button" className="draft-tool danger" aria-label={`Delete paragraph ${label}`} onClick={commands.remove}>
                Delete
              </button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
