'use client';

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
import { describeStanding, describeStandingSentence, formatTime, statusWords } from './proposal-text';

interface ProposalCardProps {
  proposal: ProposalView;
  room: ProposalRoomValue;
  names: ReadonlyMap<string, string>;
  colour: string;
}

/** "Amendment to 4.", "4 bis", "Deletion of PP2", "New paragraph after 3.", "Move of 2. to after 5." */
export function describeTarget(proposal: ProposalView, labels: ReadonlyMap<string, string>): string {
  const label = labels.get(proposal.paragraphId) ?? 'a removed paragraph';
  const after = proposal.afterParagraphId ? labels.get(proposal.afterParagraphId) : undefined;
  switch (proposal.kind) {
    case 'alternative':
      return `${label.replace(/\.$/, '')} ${proposal.alternative ?? 'bis'}`;
    case 'add':
      return after ? `New paragraph after ${after}` : 'New paragraph at the start';
    case 'move':
      return `Move of ${label} ${after ? `to after ${after}` : 'to the start'}`;
    case 'delete':
      return `Deletion of ${label}`;
    case 'amend':
      return `Amendment to ${label}`;
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
export function describeCard(proposal: ProposalView, labels: ReadonlyMap<string, string>): string {
  return describeProposalSentence({
    ...proposal,
    paragraphLabel: proposal.kind === 'add' ? undefined : labels.get(proposal.paragraphId),
    afterLabel: proposal.afterParagraphId ? labels.get(proposal.afterParagraphId) : undefined,
  });
}

export function ProposalCard({ proposal, room, names, colour }: ProposalCardProps) {
  const { rights, user, doc } = room;
  const mine = proposal.delegation === user.delegation.code;
  const open = proposal.status === 'open';
  const supports = proposal.supporters.includes(user.delegation.code);
  const objects = proposal.objectors.includes(user.delegation.code);
  const target = describeTarget(proposal, room.labels);
  const subject = `${proposal.delegationName}'s proposal (${target})`;
  const decided = !open && proposal.decidedAt ? ` ${formatTime(proposal.decidedAt)}` : '';
  const headingId = `proposal-${proposal.id}-heading`;
  const standingId = `proposal-${proposal.id}-standing`;
  const reasonId = useId();
  const [editing, setEditing] = useState(false);
  const [bracketsToConfirm, setBracketsToConfirm] = useState<string[] | null>(null);
  const [bracketNote, setBracketNote] = useState('Brackets removed: the text is agreed as proposed.');
  const paragraphLabel = room.labels.get(proposal.paragraphId) ?? target;

  const accept = () => {
    const { touchedBrackets } = findAcceptance(doc, proposal);
    if (touchedBrackets.length > 0) {
      setBracketsToConfirm(touchedBrackets);
      return;
    }
    room.run('Accepting', () => acceptProposal(doc, proposal.id, { decidedBy: user.id }));
  };
  const acceptWithNote = () => {
    if (room.run('Accepting', () => acceptProposal(doc, proposal.id, { decidedBy: user.id, bracketNote }))) setBracketsToConfirm(null);
  };

  return (
    <article
      className={`proposal-card proposal-${proposal.status}`}
      aria-label={describeCard(proposal, room.labels)}
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
            {statusWords[proposal.status]}
            {decided}
          </span>
        )}
      </header>
      <ProposalBody proposal={proposal} />
      {proposal.overtaken && (
        <div className="proposal-overtaken" role="note" data-testid="proposal-overtaken">
          <p>
            <strong>Overtaken:</strong>{' '}
            {proposal.applies
              ? 'the paragraph has changed since this was proposed, but not where this proposal changes it.'
              : 'the paragraph has changed where this proposal changes it. '}
            {!proposal.applies && (mine ? 'Update it onto the current text, or withdraw it.' : `${proposal.delegationName} can update it.`)}
          </p>
          <p className="proposal-current" data-testid="proposal-current-text">
            <span className="muted">Current text: </span>
            {proposal.currentText}
          </p>
        </div>
      )}
      {proposal.explanation && (
        <p className="proposal-explanation" data-testid="proposal-explanation">
          <span className="muted">Explanation: </span>
          {proposal.explanation}
        </p>
      )}
      {proposal.bracketNote && (
        <p className="proposal-bracket-note" data-testid="proposal-bracket-note">
          {proposal.bracketNote}
        </p>
      )}
      <p className="proposal-standing muted" data-testid="proposal-standing" aria-hidden="true">
        {describeStanding(proposal, names)}
        {proposal.authorName ? ` · ${proposal.authorName}, ${formatTime(proposal.createdAt)}` : ''}
      </p>
      <p id={standingId} className="visually-hidden" data-testid="proposal-standing-sentence">
        {describeStandingSentence(proposal, names)}
        {proposal.authorName ? ` Tabled by ${proposal.authorName} at ${formatTime(proposal.createdAt)}.` : ''}
      </p>
      {proposal.versions.length > 1 && (
        <details className="proposal-versions" data-testid="proposal-versions">
          <summary>
            {proposal.versions.length} versions, last by {proposal.versions.at(-1)!.authorName}, {formatTime(proposal.versions.at(-1)!.at)}
          </summary>
          <ol>
            {proposal.versions.map((version, index) => (
              <li key={`${version.at}-${index}`} data-testid="proposal-version">
                <span className="muted">
                  Version {index + 1}, {version.authorName}, {formatTime(version.at)}:
                </span>{' '}
                {version.text || '(deletion)'}
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
          aria-label={`Confirm what happens to the brackets when accepting ${subject}`}
          data-testid="bracket-confirmation"
          onSubmit={(event) => {
            event.preventDefault();
            acceptWithNote();
          }}
        >
          <p>
            Accepting this changes bracketed text: <strong>{bracketsToConfirm.join(' ')}</strong>. Say what happens to the brackets; it is
            recorded with the decision.
          </p>
          <label className="proposal-field">
            <span>Note on the brackets</span>
            <input value={bracketNote} onChange={(event) => setBracketNote(event.target.value)} maxLength={2000} />
          </label>
          <div className="proposal-actions">
            <button type="submit" className="button" disabled={bracketNote.trim() === ''}>
              Accept and record
            </button>
            <button type="button" className="button secondary" onClick={() => setBracketsToConfirm(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {open && (
        <fieldset className="proposal-actions bare-group" aria-label={`Actions on ${subject}`}>
          {rights.support && !mine && (
            <>
              <button
                type="button"
                className="draft-tool"
                aria-pressed={supports}
                aria-label={`${supports ? 'Withdraw support for' : 'Support'} ${subject}`}
                onClick={() =>
                  room.run('Support', () =>
                    supports
                      ? clearPosition(doc, proposal.id, user.delegation.code)
                      : supportProposal(doc, proposal.id, user.delegation.code),
                  )
                }
              >
                {supports ? 'Supported ✓' : 'Support'}
              </button>
              <button
                type="button"
                className="draft-tool"
                aria-pressed={objects}
                aria-label={`${objects ? 'Withdraw objection to' : 'Object to'} ${subject}`}
                onClick={() =>
                  room.run('Objection', () =>
                    objects
                      ? clearPosition(doc, proposal.id, user.delegation.code)
                      : objectToProposal(doc, proposal.id, user.delegation.code),
                  )
                }
              >
                {objects ? 'Objected ✓' : 'Object'}
              </button>
            </>
          )}
          {rights.create && mine && proposal.kind !== 'move' && (proposal.kind !== 'delete' || proposal.overtaken) && (
            <button
              type="button"
              className="draft-tool"
              aria-expanded={editing}
              aria-label={`${proposal.overtaken ? 'Update' : 'Edit'} ${subject}${proposal.overtaken ? ' onto the current text' : ''}`}
              onClick={() =>
                proposal.kind === 'delete'
                  ? room.run('The new version', () =>
                      updateProposal(doc, proposal.id, { text: '', authorId: user.id, authorName: user.name }),
                    )
                  : setEditing(true)
              }
            >
              {proposal.overtaken ? 'Update onto current text' : 'Edit'}
            </button>
          )}
          {rights.create && mine && (
            <button
              type="button"
              className="draft-tool danger"
              aria-label={`Withdraw ${subject}`}
              onClick={() => room.run('Withdrawing', () => withdrawProposal(doc, proposal.id))}
            >
              Withdraw
            </button>
          )}
          {rights.decide && (
            <>
              <button
                type="button"
                className="draft-tool proposal-accept"
                aria-label={`Accept ${subject}`}
                aria-disabled={!proposal.applies}
                aria-describedby={proposal.applies ? undefined : reasonId}
                onClick={() => (proposal.applies ? accept() : undefined)}
              >
                Accept
              </button>
              {!proposal.applies && (
                <span id={reasonId} className="muted proposal-accept-reason">
                  {proposal.overtaken
                    ? 'Cannot be accepted until it is updated onto the current text.'
                    : 'Cannot be accepted onto the text as it stands.'}
                </span>
              )}
              <button
                type="button"
                className="draft-tool danger"
                aria-label={`Reject ${subject}`}
                onClick={() => room.run('Rejecting', () => rejectProposal(doc, proposal.id, { decidedBy: user.id }))}
              >
                Reject
              </button>
            </>
          )}
        </fieldset>
      )}
    </article>
  );
}
