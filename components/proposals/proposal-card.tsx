'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import {
  acceptProposal,
  clearPosition,
  findAcceptance,
  objectToProposal,
  rejectProposal,
  supportProposal,
  updateProposal,
  withdrawProposal,
  type ProposalView,
} from './proposal-model';
import { ProposalComposer } from './proposal-composer';
import { ProposalDiff } from './proposal-diff';
import type { ProposalRoomValue } from './proposal-room';
import { describeProposalSentence } from '@/lib/proposals/describe-proposal-sentence';
import { DelegationBadge } from './delegation-badge';
import { describeStanding, describeStandingSentence, formatTime, pickFormatLocale, type TranslateProposals } from './proposal-text';
import type { TranslateSentence } from '@/lib/proposals/describe-proposal-sentence';

interface ProposalCardProps {
  proposal: ProposalView;
  room: ProposalRoomValue;
  names: ReadonlyMap<string, string>;
  colour: string;
}

/** "Amendment to 4.", "4 bis", "Deletion of PP2", "New paragraph after 3.", "Move of 2. to after 5." */
export function describeTarget(proposal: ProposalView, labels: ReadonlyMap<string, string>, t: TranslateProposals): string {
  const label = labels.get(proposal.paragraphId) ?? t('target.removedParagraph');
  const after = proposal.afterParagraphId ? labels.get(proposal.afterParagraphId) : undefined;
  switch (proposal.kind) {
    case 'alternative':
      return `${label.replace(/\.$/, '')} ${proposal.alternative ?? 'bis'}`;
    case 'add':
      return after ? t('target.addAfter', { after }) : t('target.addAtStart');
    case 'move':
      return after ? t('target.moveAfter', { label, after }) : t('target.moveToStart', { label });
    case 'delete':
      return t('target.delete', { label });
    case 'amend':
      return t('target.amend', { label });
  }
}

/** The body of a proposal: the change in place, or the new wording where there is no current text to compare. */
function ProposalBody({ proposal }: { proposal: ProposalView }) {
  if (proposal.kind === 'move') return null;
  if (proposal.kind === 'delete' && proposal.ops.length === 0) {
    return (
      <p className="proposal-diff" data-testid="proposal-diff">
        <del>{proposal.baseText}</del>
      </p>
    );
  }
  if ((proposal.kind === 'add' || proposal.kind === 'alternative') && proposal.ops.length === 0) {
    return (
      <p className="proposal-diff" data-testid="proposal-diff">
        <ins>{proposal.text}</ins>
      </p>
    );
  }
  return <ProposalDiff ops={proposal.ops} code={proposal.delegation} />;
}

/** The proposal as a sentence, with the labels the room shows now. */
export function describeCard(proposal: ProposalView, labels: ReadonlyMap<string, string>, t: TranslateSentence): string {
  return describeProposalSentence(
    {
      ...proposal,
      paragraphLabel: proposal.kind === 'add' ? undefined : labels.get(proposal.paragraphId),
      afterLabel: proposal.afterParagraphId ? labels.get(proposal.afterParagraphId) : undefined,
    },
    t,
  );
}

export function ProposalCard({ proposal, room, names, colour }: ProposalCardProps) {
  const { rights, user, doc } = room;
  const mine = proposal.delegation === user.delegation.code;
  const open = proposal.status === 'open';
  const supports = proposal.supporters.includes(user.delegation.code);
  const objects = proposal.objectors.includes(user.delegation.code);
  const t = useTranslations('proposals');
  const tSentence = useTranslations('proposalSentence');
  const formatLocale = pickFormatLocale(useLocale());
  const time = (value: Parameters<typeof formatTime>[0]) => formatTime(value, formatLocale);
  const target = describeTarget(proposal, room.labels, t);
  const subject = t('card.subject', { name: proposal.delegationName, target });
  const decided = !open && proposal.decidedAt ? ` ${time(proposal.decidedAt)}` : '';
  const headingId = `proposal-${proposal.id}-heading`;
  const standingId = `proposal-${proposal.id}-standing`;
  const reasonId = useId();
  const [editing, setEditing] = useState(false);
  const [bracketsToConfirm, setBracketsToConfirm] = useState<string[] | null>(null);
  const [bracketNote, setBracketNote] = useState(() => t('card.bracketNoteDefault'));
  const paragraphLabel = room.labels.get(proposal.paragraphId) ?? target;

  const accept = () => {
    const { touchedBrackets } = findAcceptance(doc, proposal);
    if (touchedBrackets.length > 0) {
      setBracketsToConfirm(touchedBrackets);
      return;
    }
    room.run('accepting', () => acceptProposal(doc, proposal.id, { decidedBy: user.id }));
  };
  const acceptWithNote = () => {
    if (room.run('accepting', () => acceptProposal(doc, proposal.id, { decidedBy: user.id, bracketNote }))) setBracketsToConfirm(null);
  };

  return (
    <article
      className={`proposal-card proposal-${proposal.status}`}
      aria-label={describeCard(proposal, room.labels, tSentence)}
      aria-describedby={standingId}
      data-testid="proposal"
      data-proposal-id={proposal.id}
      data-delegation={proposal.delegation}
      data-kind={proposal.kind}
      data-status={proposal.status}
    >
      <header className="proposal-head">
        <DelegationBadge code={proposal.delegation} name={proposal.delegationName} colour={colour} />
        <h3 id={headingId} className="proposal-title">
          {target}
        </h3>
        <span className="muted proposal-label">{proposal.label}</span>
        {!open && (
          <span className={`proposal-status proposal-status-${proposal.status}`} data-testid="proposal-status">
            {t(`status.${proposal.status}`)}
            {decided}
          </span>
        )}
      </header>
      <ProposalBody proposal={proposal} />
      {proposal.overtaken && (
        <div className="proposal-overtaken" role="note" data-testid="proposal-overtaken">
          <p>
            <strong>{t('card.overtaken')}</strong> {proposal.applies ? t('card.overtakenElsewhere') : t('card.overtakenHere')}
            {!proposal.applies && (mine ? t('card.updateOrWithdraw') : t('card.canUpdate', { name: proposal.delegationName }))}
          </p>
          <p className="proposal-current" data-testid="proposal-current-text">
            <span className="muted">{t('card.currentText')}</span>
            {proposal.currentText}
          </p>
        </div>
      )}
      {proposal.explanation && (
        <p className="proposal-explanation" data-testid="proposal-explanation">
          <span className="muted">{t('card.explanation')}</span>
          {proposal.explanation}
        </p>
      )}
      {proposal.bracketNote && (
        <p className="proposal-bracket-note" data-testid="proposal-bracket-note">
          {proposal.bracketNote}
        </p>
      )}
      <p className="proposal-standing muted" data-testid="proposal-standing" aria-hidden="true">
        {describeStanding(proposal, names, t)}
        {proposal.authorName ? t('card.authorAt', { author: proposal.authorName, time: time(proposal.createdAt) }) : ''}
      </p>
      <p id={standingId} className="visually-hidden" data-testid="proposal-standing-sentence">
        {describeStandingSentence(proposal, names, t)}
        {proposal.authorName ? t('card.tabledBy', { author: proposal.authorName, time: time(proposal.createdAt) }) : ''}
      </p>
      {proposal.versions.length > 1 && (
        <details className="proposal-versions" data-testid="proposal-versions">
          <summary>
            {t('card.versions', {
              count: proposal.versions.length,
              author: proposal.versions.at(-1)!.authorName,
              time: time(proposal.versions.at(-1)!.at),
            })}
          </summary>
          <ol>
            {proposal.versions.map((version, index) => (
              <li key={`${version.at}-${index}`} data-testid="proposal-version">
                <span className="muted">
                  {t('card.version', { number: index + 1, author: version.authorName, time: time(version.at) })}
                </span>{' '}
                {version.text || t('card.deletionVersion')}
              </li>
            ))}
          </ol>
        </details>
      )}
      {editing && (
        <ProposalComposer
          kind={proposal.kind === 'delete' ? 'amend' : (proposal.kind as Exclude<typeof proposal.kind, 'delete'>)}
          paragraphId={proposal.paragraphId}
          label={paragraphLabel}
          currentText={proposal.currentText ?? ''}
          room={room}
          editing={proposal}
          onDone={() => setEditing(false)}
        />
      )}
      {bracketsToConfirm && (
        <form
          className="proposal-bracket-confirm"
          aria-label={t('card.confirmBrackets', { subject })}
          data-testid="bracket-confirmation"
          onSubmit={(event) => {
            event.preventDefault();
            acceptWithNote();
          }}
        >
          <p>{t.rich('card.bracketsWarning', { brackets: bracketsToConfirm.join(' '), strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <label className="proposal-field">
            <span>{t('card.bracketNote')}</span>
            <input value={bracketNote} onChange={(event) => setBracketNote(event.target.value)} maxLength={2000} />
          </label>
          <div className="proposal-actions">
            <button type="submit" className="button" disabled={bracketNote.trim() === ''}>
              {t('card.acceptAndRecord')}
            </button>
            <button type="button" className="button secondary" onClick={() => setBracketsToConfirm(null)}>
              {t('card.cancel')}
            </button>
          </div>
        </form>
      )}
      {open && (
        <fieldset className="proposal-actions bare-group" aria-label={t('card.actionsOn', { subject })}>
          {rights.support && !mine && (
            <>
              <button
                type="button"
                className="draft-tool"
                aria-pressed={supports}
                aria-label={supports ? t('card.withdrawSupport', { subject }) : t('card.support', { subject })}
                onClick={() =>
                  room.run('support', () =>
                    supports
                      ? clearPosition(doc, proposal.id, user.delegation.code)
                      : supportProposal(doc, proposal.id, user.delegation.code),
                  )
                }
              >
                {supports ? t('card.supportedButton') : t('card.supportButton')}
              </button>
              <button
                type="button"
                className="draft-tool"
                aria-pressed={objects}
                aria-label={objects ? t('card.withdrawObjection', { subject }) : t('card.object', { subject })}
                onClick={() =>
                  room.run('objection', () =>
                    objects
                      ? clearPosition(doc, proposal.id, user.delegation.code)
                      : objectToProposal(doc, proposal.id, user.delegation.code),
                  )
                }
              >
                {objects ? t('card.objectedButton') : t('card.objectButton')}
              </button>
            </>
          )}
          {rights.create && mine && proposal.kind !== 'move' && (proposal.kind !== 'delete' || proposal.overtaken) && (
            <button
              type="button"
              className="draft-tool"
              aria-expanded={editing}
              aria-label={proposal.overtaken ? t('card.update', { subject }) : t('card.edit', { subject })}
              onClick={() =>
                proposal.kind === 'delete'
                  ? room.run('newVersion', () => updateProposal(doc, proposal.id, { text: '', authorId: user.id, authorName: user.name }))
                  : setEditing(true)
              }
            >
              {proposal.overtaken ? t('card.updateButton') : t('card.editButton')}
            </button>
          )}
          {rights.create && mine && (
            <button
              type="button"
              className="draft-tool danger"
              aria-label={t('card.withdraw', { subject })}
              onClick={() => room.run('withdrawing', () => withdrawProposal(doc, proposal.id))}
            >
              {t('card.withdrawButton')}
            </button>
          )}
          {rights.decide && (
            <>
              <button
                type="button"
                className="draft-tool proposal-accept"
                aria-label={t('card.accept', { subject })}
                aria-disabled={!proposal.applies}
                aria-describedby={proposal.applies ? undefined : reasonId}
                onClick={() => (proposal.applies ? accept() : undefined)}
              >
                {t('card.acceptButton')}
              </button>
              {!proposal.applies && (
                <span id={reasonId} className="muted proposal-accept-reason">
                  {proposal.overtaken ? t('card.cannotAcceptOvertaken') : t('card.cannotAccept')}
                </span>
              )}
              <button
                type="button"
                className="draft-tool danger"
                aria-label={t('card.reject', { subject })}
                onClick={() => room.run('rejecting', () => rejectProposal(doc, proposal.id, { decidedBy: user.id }))}
              >
                {t('card.rejectButton')}
              </button>
            </>
          )}
        </fieldset>
      )}
    </article>
  );
}
