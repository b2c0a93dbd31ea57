'use client';

import { useId, useState, type FormEvent } from 'react';
import { can } from '@/lib/auth/permissions';
import { preparedApiPath, usePreparedProposals, type PreparedItem } from './prepared-proposal-store';
import { readParagraphText, type ProposalRoomValue } from './proposal-room';
import { formatTime } from './proposal-text';
import './prepared-proposals.css';

type PreparedKind = PreparedItem['kind'];

const kindChoices: { kind: PreparedKind; words: string }[] = [
  { kind: 'amend', words: 'Amendment' },
  { kind: 'alternative', words: 'Alternative' },
  { kind: 'add', words: 'New paragraph after' },
  { kind: 'delete', words: 'Deletion' },
];

/** "Amendment to PP1", "Deletion of 2.", "New paragraph after 3." */
function describePrepared(kind: PreparedKind, label: string): string {
  switch (kind) {
    case 'amend':
      return `Amendment to ${label}`;
    case 'alternative':
      return `Alternative to ${label}`;
    case 'add':
      return `New paragraph after ${label}`;
    case 'delete':
      return `Deletion of ${label}`;
  }
}

interface PreparedProposalsProps {
  room: ProposalRoomValue;
  paragraphId: string;
  label: string;
}

/**
 * A delegation's private work on one paragraph: "Prepare privately" beside
 * the proposal actions, and the delegation's prepared proposals with Edit,
 * Delete and Table. Everything here goes through the web app's own rows,
 * fetched every few seconds, never through the shared document, so no other
 * delegation's browser ever holds it; tabling makes it public in one step.
 */
export function PreparedProposals({ room, paragraphId, label }: PreparedProposalsProps) {
  const { user, draftId } = room;
  const mayPrepare = can(user.role, 'proposal:prepare');
  const mayTable = can(user.role, 'proposal:table');
  const negotiating = room.snapshot.mode === 'negotiation';
  const { snapshot, refresh } = usePreparedProposals(draftId, mayPrepare && negotiating);
  const [composing, setComposing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const listId = useId();
  // Preparation belongs to negotiation mode; nobody polls for it while the draft is written in the open.
  if (!mayPrepare || !negotiating) return null;
  const mine = snapshot.items.filter((item) => item.paragraphId === paragraphId);

  /** One request; says what happened in the status line. Resolves true when the server agreed. */
  const send = async (path: string, init: RequestInit, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      const response = await fetch(path, { ...init, headers: { 'Content-Type': 'application/json' } });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setAnnouncement(body.error ?? `That did not work (${response.status}).`);
        return false;
      }
      setAnnouncement(done);
      return true;
    } catch {
      setAnnouncement('The server could not be reached; nothing was changed.');
      return false;
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const delegationName = user.delegation.name;
  return (
    <section className="prepared-zone" aria-label={`Private preparation on ${label}`} data-testid="prepared-proposals">
      <button
        type="button"
        className="draft-tool prepared-tool"
        aria-expanded={composing}
        aria-label={`Prepare privately a proposal on ${label}`}
        onClick={() => setComposing((open) => !open)}
      >
        Prepare privately
      </button>
      {composing && (
        <PreparedComposer
          label={label}
          currentText={readParagraphText(room.doc, paragraphId)}
          delegationName={delegationName}
          busy={busy}
          onCancel={() => setComposing(false)}
          onSubmit={async (kind, text, explanation) => {
            const saved = await send(
              preparedApiPath(draftId),
              { method: 'POST', body: JSON.stringify({ paragraphId, kind, text, explanation }) },
              `Saved privately: only ${delegationName} can see it until it is tabled.`,
            );
            if (saved) setComposing(false);
          }}
        />
      )}
      <p role="status" className="prepared-status" data-testid="prepared-status">
        {announcement || snapshot.error || ''}
      </p>
      {mine.length > 0 && (
        <div className="prepared-list-box">
          <h3 className="prepared-heading" id={listId}>
            Prepared by {delegationName} <span className="prepared-private">(private)</span>
          </h3>
          <ul className="prepared-list" aria-labelledby={listId}>
            {mine.map((item) => (
              <li key={item.id}>
                <PreparedCard
                  item={item}
                  label={label}
                  busy={busy}
                  mayTable={mayTable}
                  onSave={(text, explanation) =>
                    send(
                      preparedApiPath(draftId, item.id),
                      { method: 'PATCH', body: JSON.stringify({ text, explanation }) },
                      'Changes saved privately.',
                    )
                  }
                  onDelete={() => send(preparedApiPath(draftId, item.id), { method: 'DELETE' }, 'The prepared proposal was deleted.')}
                  onTable={() =>
                    send(
                      `${preparedApiPath(draftId, item.id)}/table`,
                      { method: 'POST' },
                      `Tabled: it now appears to everyone as ${delegationName}'s proposal.`,
                    )
                  }
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface PreparedComposerProps {
  label: string;
  currentText: string;
  delegationName: string;
  busy: boolean;
  onCancel(): void;
  onSubmit(kind: PreparedKind, text: string, explanation: string): void;
}

function PreparedComposer({ label, currentText, delegationName, busy, onCancel, onSubmit }: PreparedComposerProps) {
  const fieldId = useId();
  const noteId = useId();
  const [kind, setKind] = useState<PreparedKind>('amend');
  const [text, setText] = useState(currentText);
  const [explanation, setExplanation] = useState('');
  const needsText = kind !== 'delete';
  const unchanged = (kind === 'amend' || kind === 'alternative') && text.trim() === currentText.trim();
  const empty = needsText && text.trim().length === 0;

  const choose = (next: PreparedKind) => {
    setKind(next);
    // A new paragraph starts blank; an amendment starts from the words it changes.
    if (next === 'add' && text === currentText) setText('');
    if ((next === 'amend' || next === 'alternative') && text.trim() === '') setText(currentText);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unchanged || empty || busy) return;
    onSubmit(kind, needsText ? text.trim() : '', explanation.trim());
  };

  return (
    <form
      className="proposal-composer prepared-composer"
      onSubmit={submit}
      aria-label={`Prepare privately a proposal on ${label}`}
      data-testid="prepared-composer"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 className="proposal-title">Prepare privately: {label}</h3>
      <p className="prepared-private">Only {delegationName} sees this until one of you tables it.</p>
      <fieldset className="prepared-kinds">
        <legend>Kind of proposal</legend>
        {kindChoices.map((choice) => (
          <label key={choice.kind}>
            <input
              type="radio"
              name={`${fieldId}-kind`}
              value={choice.kind}
              checked={kind === choice.kind}
              onChange={() => choose(choice.kind)}
            />
            {choice.words}
          </label>
        ))}
      </fieldset>
      {needsText && (
        <label className="proposal-field" htmlFor={fieldId}>
          <span>{kind === 'add' ? 'Text of the new paragraph' : 'Proposed wording'}</span>
          <textarea
            id={fieldId}
            // biome-ignore lint/a11y/noAutofocus: the form opens on request; the wording is what the person came to write.
            autoFocus
            rows={Math.min(10, Math.max(3, Math.ceil(text.length / 80)))}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
      )}
      <label className="proposal-field" htmlFor={noteId}>
        <span>Explanation for your delegation (optional)</span>
        <textarea id={noteId} rows={2} value={explanation} onChange={(event) => setExplanation(event.target.value)} />
      </label>
      {unchanged && <p className="muted">Change the wording to prepare a proposal.</p>}
      <div className="proposal-actions">
        <button type="submit" className="button" disabled={unchanged || empty || busy}>
          Save privately
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface PreparedCardProps {
  item: PreparedItem;
  label: string;
  busy: boolean;
  mayTable: boolean;
  onSave(text: string, explanation: string): Promise<boolean>;
  onDelete(): void;
  onTable(): void;
}

function PreparedCard({ item, label, busy, mayTable, onSave, onDelete, onTable }: PreparedCardProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [explanation, setExplanation] = useState(item.explanation ?? '');
  const fieldId = useId();
  const noteId = useId();
  const what = describePrepared(item.kind, label);
  const tabled = item.tabled;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave(text.trim(), explanation.trim())) setEditing(false);
  };

  return (
    <article
      className={`prepared-card${tabled ? ' prepared-tabled' : ''}`}
      aria-label={`${what}, drafted by ${item.author.name}${tabled ? ', tabled' : ', private'}`}
      data-testid="prepared-proposal"
      data-state={tabled ? 'tabled' : 'private'}
    >
      <p className="prepared-meta">
        <strong>{what}</strong> · drafted by {item.author.name}
        {tabled ? ` · tabled ${formatTime(tabled.at)} by ${tabled.by.name}` : ' · private'}
      </p>
      {editing ? (
        <form className="prepared-edit" onSubmit={save} aria-label={`Edit ${what}`}>
          {item.kind !== 'delete' && (
            <label className="proposal-field" htmlFor={fieldId}>
              <span>Proposed wording</span>
              <textarea
                id={fieldId}
                // biome-ignore lint/a11y/noAutofocus: opened on request to change the wording.
                autoFocus
                rows={Math.min(10, Math.max(3, Math.ceil(text.length / 80)))}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            </label>
          )}
          <label className="proposal-field" htmlFor={noteId}>
            <span>Explanation for your delegation (optional)</span>
            <textarea id={noteId} rows={2} value={explanation} onChange={(event) => setExplanation(event.target.value)} />
          </label>
          <div className="proposal-actions">
            <button type="submit" className="button" disabled={busy || (item.kind !== 'delete' && text.trim() === '')}>
              Save changes
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {item.kind === 'delete' ? (
            <p className="prepared-text">Delete {label}.</p>
          ) : (
            <p className="prepared-text" data-testid="prepared-text">
              {item.text}
            </p>
          )}
          {item.explanation && <p className="prepared-explanation">Why: {item.explanation}</p>}
        </>
      )}
      {!tabled && !editing && (
        <div className="proposal-actions">
          <button
            type="button"
            className="draft-tool"
            aria-label={`Edit ${what}`}
            disabled={busy}
            onClick={() => {
              setText(item.text);
              setExplanation(item.explanation ?? '');
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button type="button" className="draft-tool danger" aria-label={`Delete ${what}`} disabled={busy} onClick={onDelete}>
            Delete
          </button>
          {mayTable && (
            <button type="button" className="draft-tool prepared-table" aria-label={`Table ${what}`} disabled={busy} onClick={onTable}>
              Table
            </button>
          )}
        </div>
      )}
    </article>
  );
}
