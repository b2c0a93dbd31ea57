'use client';

import { paragraphStatuses, type ParagraphStatus } from '@/lib/draft';
import type { ParagraphView } from './draft-view-store';
import type { ParagraphCommands, ParagraphRights } from './paragraph-actions';
import { findKindChoice, kindChoices, readKindChoice, statusLabels } from './paragraph-labels';

interface ParagraphToolsProps {
  paragraph: ParagraphView;
  isFirst: boolean;
  isLast: boolean;
  rights: ParagraphRights;
  commands: ParagraphCommands;
}

/** The buttons and menus beside a paragraph: only those its rights allow are shown. */
export function ParagraphTools({ paragraph, isFirst, isLast, rights, commands }: ParagraphToolsProps) {
  const { label, status, frozen } = paragraph;
  return (
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
  );
}
