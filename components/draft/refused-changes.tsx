'use client';

import { createProposal } from '@/components/proposals/proposal-model';
import type { ProposalRoomValue } from '@/components/proposals/proposal-room';
import type { RefusedChange } from './refusal-recovery';

interface RefusedChangesProps {
  changes: readonly RefusedChange[];
  /** Paragraph id → label as shown in the gutter. */
  labels: ReadonlyMap<string, string>;
  proposalRoom: ProposalRoomValue | null;
  onNotice(message: string): void;
  onDismiss(key: string): void;
}

function copyText(text: string, onNotice: (message: string) => void): void {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) {
    onNotice('This browser does not let the page copy: select the text and copy it.');
    return;
  }
  clipboard.writeText(text).then(
    () => onNotice('Copied.'),
    () => onNotice('The browser did not let the page copy: select the text and copy it.'),
  );
}

/**
 * What the server refused stays on the person's screen, one notice per paragraph: their text, why it was
 * refused, and what they can do with it. The rest of their edits went through; the room carried on.
 */
export function RefusedChanges({ changes, labels, proposalRoom, onNotice, onDismiss }: RefusedChangesProps) {
  if (changes.length === 0) return null;
  const canPropose = proposalRoom !== null && proposalRoom.snapshot.mode === 'negotiation' && proposalRoom.rights.create;
  return (
    <section className="draft-refused" aria-label="Changes the server did not accept" data-testid="refused-changes">
      {changes.map((change) => {
        const label = labels.get(change.paragraphId);
        const name = label ?? 'a paragraph that is no longer in the draft';
        const propose = () => {
          if (!proposalRoom) return;
          const { user } = proposalRoom;
          const made = proposalRoom.run('The proposal', () =>
            createProposal(proposalRoom.doc, {
              kind: 'amend',
              paragraphId: change.paragraphId,
              text: change.text.trim(),
              delegation: user.delegation.code,
              delegationName: user.delegation.name,
              authorId: user.id,
              authorName: user.name,
            }),
          );
          if (made) onDismiss(change.key);
        };
        return (
          <div
            key={change.key}
            role="alert"
            className="draft-banner draft-refused-change"
            data-testid="refused-change"
            data-paragraph-id={change.paragraphId}
          >
            <p>
              {change.deleted ? `Your deletion of ${name} was not accepted` : `Your change to ${name} was not accepted`}:{' '}
              <span data-testid="refused-reason">{change.reason}</span>
            </p>
            {!change.deleted && (
              <blockquote className="draft-refused-text" data-testid="refused-text">
                {change.text}
              </blockquote>
            )}
            <p>
              {!change.deleted && (
                <button type="button" className="draft-tool" onClick={() => copyText(change.text, onNotice)}>
                  Copy
                </button>
              )}{' '}
              {!change.deleted && canPropose && label !== undefined && (
                <button type="button" className="draft-tool" onClick={propose}>
                  Make it a proposal
                </button>
              )}{' '}
              <button type="button" className="draft-tool" onClick={() => onDismiss(change.key)}>
                Dismiss
              </button>
            </p>
          </div>
        );
      })}
    </section>
  );
}
