'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  createProposal,
  maxExplanationLength,
  mergeProposalText,
  setProposalExplanation,
  updateProposal,
  type ProposalKind,
  type ProposalView,
} from './proposal-model';
import { ProposalsClosedNote } from '@/components/deadlines/proposals-closed-note';
import type { ProposalRoomValue } from './proposal-room';

export type ComposerKind = Exclude<ProposalKind, 'delete'>;

interface ProposalComposerProps {
  kind: ComposerKind;
  paragraphId: string;
  label: string;
  currentText: string;
  room: ProposalRoomValue;
  onDone(): void;
  /** Set when the proposing delegation writes a new version of this open proposal instead of a new proposal. */
  editing?: ProposalView;
}

/**
 * A proposal being written: the wording in a plain text box (prefilled with
 * the current text for amendments and alternatives), or a target position for
 * a move. Nothing reaches the draft until it is submitted.
 */
/**
 * What a new version starts from: the proposal's own change carried onto the current text when it still applies,
 * else (its passage changed) its own wording for an alternative, and the current text for an amendment.
 */
function readStartingText(editing: ProposalView, currentText: string): string {
  if (editing.kind === 'add') return editing.text;
  return mergeProposalText(editing.baseText, editing.text, currentText) ?? (editing.kind === 'alternative' ? editing.text : currentText);
}

export function ProposalComposer({ kind, paragraphId, label, currentText, room, onDone, editing }: ProposalComposerProps) {
  const t = useTranslations('proposals.composer');
  const fieldId = useId();
  const explanationId = useId();
  const [explanation, setExplanation] = useState(editing?.explanation ?? '');
  const [text, setText] = useState(editing ? readStartingText(editing, currentText) : kind === 'add' ? '' : currentText);
  const others = room.order.filter((id) => id !== paragraphId);
  const [target, setTarget] = useState<string>(() => {
    const index = room.order.indexOf(paragraphId);
    return room.order[index + 1] ?? others[0] ?? '';
  });
  const fieldRef = useRef<HTMLTextAreaElement | HTMLSelectElement | null>(null);

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  const wordingUnchanged = editing
    ? text.trim() === editing.text.trim() && editing.baseText === currentText
    : (kind === 'amend' || kind === 'alternative') && text.trim() === currentText.trim();
  const explanationChanged = editing !== undefined && explanation.trim() !== editing.explanation;
  // Editing only the explanation is a change too; a new proposal still needs its own wording.
  const unchanged = wordingUnchanged && !explanationChanged;
  const tooLong = explanation.trim().length > maxExplanationLength;
  const heading = editing ? t(editing.overtaken ? 'updateHeading' : 'editHeading', { proposal: editing.label, label }) : t(kind, { label });
  const empty = kind !== 'move' && text.trim().length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unchanged || empty || tooLong) return;
    const { user } = room;
    if (editing) {
      const update = { text: text.trim(), authorId: user.id, authorName: user.name };
      const saved = room.run('newVersion', () =>
        room.doc.transact(() => {
          if (!wordingUnchanged) updateProposal(room.doc, editing.id, update);
          if (explanationChanged) setProposalExplanation(room.doc, editing.id, explanation, user.delegation.code);
        }),
      );
      if (saved) onDone();
      return;
    }
    const base = {
      kind,
      // A new paragraph gets its own id from the model; it is placed after this one.
      paragraphId: kind === 'add' ? undefined : paragraphId,
      delegation: user.delegation.code,
      delegationName: user.delegation.name,
      authorId: user.id,
      authorName: user.name,
      explanation: explanation.trim(),
    };
    const input =
      kind === 'move'
        ? { ...base, afterParagraphId: target === '' ? undefined : target }
        : kind === 'add'
          ? { ...base, text: text.trim(), afterParagraphId: paragraphId }
          : { ...base, text: text.trim() };
    if (room.run('proposal', () => createProposal(room.doc, input))) onDone();
  };

  return (
    <form className="proposal-composer" onSubmit={submit} aria-label={heading} data-testid="proposal-composer">
      <h3 className="proposal-title">{heading}</h3>
      {!editing && <ProposalsClosedNote draftId={room.draftId} paragraphId={paragraphId} label={label} />}
      {editing?.overtaken && (
        <p className="muted" data-testid="proposal-earlier-wording">
          {t('earlierWording', { text: editing.text })}
        </p>
      )}
      {kind === 'move' ? (
        <label className="proposal-field" htmlFor={fieldId}>
          <span>{t('moveTo', { label })}</span>
          <select
            id={fieldId}
            ref={(node) => void (fieldRef.current = node)}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value="">{t('toStart')}</option>
            {others.map((id) => (
              <option key={id} value={id}>
                {t('afterParagraph', { label: room.labels.get(id) ?? id })}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label className="proposal-field" htmlFor={fieldId}>
          <span>{kind === 'add' ? t('newParagraphText') : t('proposedWording')}</span>
          <textarea
            id={fieldId}
            ref={(node) => void (fieldRef.current = node)}
            rows={Math.min(10, Math.max(3, Math.ceil(text.length / 80)))}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDone();
            }}
          />
        </label>
      )}
      <label className="proposal-field" htmlFor={explanationId}>
        <span>{t('explanation')}</span>
        <textarea
          id={explanationId}
          rows={2}
          value={explanation}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? `${explanationId}-long` : undefined}
          onChange={(event) => setExplanation(event.target.value)}
        />
      </label>
      {tooLong && (
        <p className="error" id={`${explanationId}-long`} role="alert">
          {t('tooLong', { length: String(explanation.trim().length), limit: String(maxExplanationLength) })}
        </p>
      )}
      {unchanged && <p className="muted">{editing ? t('unchangedVersion') : t('unchangedProposal')}</p>}
      <div className="proposal-actions">
        <button type="submit" className="button" disabled={unchanged || empty || tooLong}>
          {editing ? t('saveVersion') : t('submit')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
