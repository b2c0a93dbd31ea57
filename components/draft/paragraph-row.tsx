'use client';

import type { ReactNode } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { ParagraphPrecedentMarks } from '@/components/precedent/paragraph-precedent-marks';
import type { ParagraphCommands, ParagraphRights } from './paragraph-actions';
import { ParagraphEditor, type ParagraphEditorHandlers } from './paragraph-editor';
import { statusLabels } from './paragraph-labels';
import { ParagraphTools } from './paragraph-tools';
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
      id={`paragraph-${id}`}
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
        {!readOnly && <ParagraphTools paragraph={paragraph} isFirst={isFirst} isLast={isLast} rights={rights} commands={commands} />}
      </div>
    </li>
  );
}
