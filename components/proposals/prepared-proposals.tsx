'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { can } from '@/lib/auth/permissions';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';
import { readRefusal, useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { preparedApiPath, usePreparedProposals, type PreparedItem, type PreparedLoadError } from './prepared-proposal-store';
import { readParagraphText, type ProposalRoomValue } from './proposal-room';
import { formatTime, pickFormatLocale } from './proposal-text';
import './prepared-proposals.css';

type PreparedKind = PreparedItem['kind'];

/** The translator of the `preparedProposals` namespace (`createTranslator` in tests). */
export type TranslatePrepared = ReturnType<typeof useTranslations<'preparedProposals'>>;

const kindChoices: readonly PreparedKind[] = ['amend', 'alternative', 'add', 'delete'];

/** "Amendment to PP1", "Deletion of 2.", "New paragraph after 3." */
export function describePrepared(kind: PreparedKind, label: string, t: TranslatePrepared): string {
  return t(`what.${kind}`, { label });
}

/** The status line after a refused request: the server's reason in the person's language, else its HTTP status. */
export function describeSendFailure(
  body: RefusalBody,
  status: number,
  describe: (body: RefusalBody) => string,
  t: TranslatePrepared,
): string {
  return body.error || body.reason ? describe(body) : t('failedStatus', { status: String(status) });
}

/** Why the list could not be refreshed, in the person's language. */
export function describeLoadError(error: PreparedLoadError, describe: (body: RefusalBody) => string, t: TranslatePrepared): string {
  if ('unreachable' in error) return t('loadRetrying');
  return error.refusal.error || error.refusal.reason ? describe(error.refusal) : t('loadFailed');
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
  const t = useTranslations('preparedProposals');
  const describeRefusal = useDescribeRefusal();
  // Preparation belongs to negotiation mode; nobody polls for it while the draft is written in the open.
  if (!mayPrepare || !negotiating) return null;
  const mine = snapshot.items.filter((item) => item.paragraphId === paragraphId);

  /** One request; says what happened in the status line. Resolves true when the server agreed. */
  const send = async (path: string, init: RequestInit, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      const response = await fetch(path, { ...init, headers: { 'Content-Type': 'application/json' } });
      if (!response.ok) {
        setAnnouncement(describeSendFailure(await readRefusal(response), response.status, describeRefusal, t));
        return false;
      }
      setAnnouncement(done);
      return true;
    } catch {
      setAnnouncement(t('unreachable'));
      return false;
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const delegationName = user.delegation.name;
  return (
    <section className="prepared-zone" aria-label={t('region', { label })} data-testid="prepared-proposals">
      <button
        type="button"
        className="draft-tool prepared-tool"
        aria-expanded={composing}
        aria-label={t('prepareOn', { label })}
        onClick={() => setComposing((open) => !open)}
      >
        {t('prepareButton')}
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
              t('saved', { delegation: delegationName }),
            );
            if (saved) setComposing(false);
          }}
        />
      )}
      <p role="status" className="prepared-status" data-testid="prepared-status">
        {announcement || (snapshot.error ? describeLoadError(snapshot.error, describeRefusal, t) : '')}
      </p>
      {mine.length > 0 && (
        <div className="prepared-list-box">
          <h3 className="prepared-heading" id={listId}>
            {t.rich('heading', {
              delegation: delegationName,
              private: (chunks) => <span className="prepared-private">{chunks}</span>,
            })}
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
                      t('changesSaved'),
                    )
                  }
                  onDelete={() => send(preparedApiPath(draftId, item.id), { method: 'DELETE' }, t('deleted'))}
                  onTable={() =>
                    send(`${preparedApiPath(draftId, item.id)}/table`, { method: 'POST' }, t('tabled', { delegation: delegationName }))
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
  const t = useTranslations('preparedProposals');

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
      aria-label={t('prepareOn', { label })}
      data-testid="prepared-composer"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 className="proposal-title">{t('composer.title', { label })}</h3>
      <p className="prepared-private">{t('composer.onlyYours', { delegation: delegationName })}</p>
      <fieldset className="prepared-kinds">
        <legend>{t('composer.kind')}</legend>
        {kindChoices.map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${fieldId}-kind`} value={choice} checked={kind === choice} onChange={() => choose(choice)} />
            {t(`kinds.${choice}`)}
          </label>
        ))}
      </fieldset>
      {needsText && (
        <label className="proposal-field" htmlFor={fieldId}>
          <span>{kind === 'add' ? t('composer.newParagraphText') : t('composer.proposedWording')}</span>
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
        <span>{t('composer.explanation')}</span>
        <textarea id={noteId} rows={2} value={explanation} onChange={(event) => setExplanation(event.target.value)} />
      </label>
      {unchanged && <p className="muted">{t('composer.unchanged')}</p>}
      <div className="proposal-actions">
        <button type="submit" className="button" disabled={unchanged || empty || busy}>
          {t('composer.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('composer.cancel')}
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
  const t = useTranslations('preparedProposals');
  const formatLocale = pickFormatLocale(useLocale());
  const what = describePrepared(item.kind, label, t);
  const tabled = item.tabled;
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave(text.trim(), explanation.trim())) setEditing(false);
  };

  return (
    <article
      className={`prepared-card${tabled ? ' prepared-tabled' : ''}`}
      aria-label={t('card.label', { what, author: item.author.name, state: tabled ? 'tabled' : 'private' })}
      data-testid="prepared-proposal"
      data-state={tabled ? 'tabled' : 'private'}
    >
      {tabled && <span className="prepared-badge">{t('card.tabledBadge')}</span>}
      <p className="prepared-meta">
        {tabled
          ? t.rich('card.metaTabled', {
              what,
              author: item.author.name,
              time: formatTime(tabled.at, formatLocale),
              by: tabled.by.name,
              strong,
            })
          : t.rich('card.metaPrivate', { what, author: item.author.name, strong })}
      </p>
      {editing ? (
        <form className="prepared-edit" onSubmit={save} aria-label={t('card.edit', { what })}>
          {item.kind !== 'delete' && (
            <label className="proposal-field" htmlFor={fieldId}>
              <span>{t('card.proposedWording')}</span>
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
            <span>{t('card.explanation')}</span>
            <textarea id={noteId} rows={2} value={explanation} onChange={(event) => setExplanation(event.target.value)} />
          </label>
          <div className="proposal-actions">
            <button type="submit" className="button" disabled={busy || (item.kind !== 'delete' && text.trim() === '')}>
              {t('card.saveChanges')}
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              {t('card.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {item.kind === 'delete' ? (
            <p className="prepared-text">{t('card.deleteParagraph', { label })}</p>
          ) : (
            <p className="prepared-text" data-testid="prepared-text">
              {item.text}
            </p>
          )}
          {item.explanation && <p className="prepared-explanation">{t('card.why', { explanation: item.explanation })}</p>}
        </>
      )}
      {!tabled && !editing && (
        <div className="proposal-actions">
          <button
            type="button"
            className="draft-tool"
            aria-label={t('card.edit', { what })}
            disabled={busy}
            onClick={() => {
              setText(item.text);
              setExplanation(item.explanation ?? '');
              setEditing(true);
            }}
          >
            {t('card.editButton')}
          </button>
          <button type="button" className="draft-tool danger" aria-label={t('card.delete', { what })} disabled={busy} onClick={onDelete}>
            {t('card.deleteButton')}
          </button>
          {mayTable && (
            <button
              type="button"
              className="draft-tool prepared-table"
              aria-label={t('card.table', { what })}
              disabled={busy}
              onClick={onTable}
            >
              {t('card.tableButton')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
