'use client';

import {
  acceptProposal,
  clearPosition,
  objectToProposal,
  rejectProposal,
  supportProposal,
  withdrawProposal,
  type ProposalView,
} from './proposal-model';
import { ProposalDiff } from './proposal-diff';
import type { ProposalRoomValue } from './proposal-room';
import { describeStanding, formatTime, statusWords } from './proposal-text';

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
function ProposalBody({ proposal, colour }: { proposal: ProposalView; colour: string }) {
  if (proposal.kind === 'move') return null;
  if (proposal.kind === 'delete' && proposal.ops.length === 0) {
    return (
      <p className="proposal-diff">
        <del style={{ color: colour, textDecorationColor: colour }}>{proposal.baseText}</del>
      </p>
    );
  }
  if ((proposal.kind === 'add' || proposal.kind === 'alternative') && proposal.ops.length === 0) {
    return (
      <p className="proposal-diff">
        <ins style={{ color: colour, textDecorationColor: colour }}>{proposal.text}</ins>
      </p>
    );
  }
  return <ProposalDiff ops={proposal.ops} colour={colour} code={proposal.delegation} />;
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

  return (
    <article
      className={`proposal-card proposal-${proposal.status}`}
      style={{ borderLeftColor: colour }}
      aria-labelledby={headingId}
      data-testid="proposal"
      data-proposal-id={proposal.id}
      data-delegation={proposal.delegation}
      data-kind={proposal.kind}
      data-status={proposal.status}
    >
      <header className="proposal-head">
        <span className="proposal-tag" style={{ background: colour }} data-testid="proposal-tag">
          {proposal.delegation}
        </span>
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
      <ProposalBody proposal={proposal} colour={colour} />
      <p className="proposal-standing muted" data-testid="proposal-standing">
        {describeStanding(proposal, names)}
        {proposal.authorName ? ` · ${proposal.authorName}, ${formatTime(proposal.createdAt)}` : ''}
      </p>
      {open && (
        <div className="proposal-actions" role="group" aria-label={`Actions on ${subject}`}>
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
                onClick={() => room.run('Accepting', () => acceptProposal(doc, proposal.id, { decidedBy: user.id }))}
              >
                Accept
              </button>
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
        </div>
      )}
    </article>
  );
}
