'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { measureTextOffset } from '@/components/draft/paragraph-text';
import { acceptAllProposals, bracketParagraph, bracketText, createProposal, rejectAllProposals, type ProposalView } from './proposal-model';
import { ProposalCard } from './proposal-card';
import { ProposalComposer, type ComposerKind } from './proposal-composer';
import { ParagraphHistory } from './paragraph-history';
import { PreparedProposals } from './prepared-proposals';
import { readParagraphText, type ProposalRoomValue } from './proposal-room';

interface ParagraphProposalsProps {
  room: ProposalRoomValue;
  paragraphId: string;
  label: string;
}

/** Which paragraph a proposal is shown with: a new paragraph appears under the one it is to follow. */
export function findAnchorParagraph(proposal: ProposalView): string {
  return proposal.kind === 'add' && proposal.afterParagraphId ? proposal.afterParagraphId : proposal.paragraphId;
}

export function filterProposals(room: ProposalRoomValue, proposals: readonly ProposalView[]): ProposalView[] {
  const { delegation, hideAccepted } = room.filters;
  return proposals.filter(
    (proposal) => (delegation === '' || proposal.delegation === delegation) && !(hideAccepted && proposal.status === 'accepted'),
  );
}

const statusOrder: Record<ProposalView['status'], number> = { open: 0, accepted: 1, rejected: 2, withdrawn: 3 };

/** New paragraphs last, since they are shown as following this one; open proposals before decided ones. */
function orderProposals(proposals: ProposalView[]): ProposalView[] {
  return proposals.sort(
    (a, b) =>
      Number(a.kind === 'add') - Number(b.kind === 'add') ||
      statusOrder[a.status] - statusOrder[b.status] ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * Everything about one paragraph's negotiation, shown under its text: the
 * actions to propose, the proposals in place, the facilitator's decisions,
 * who introduced a clicked word, and the history.
 */
export function ParagraphProposals({ room, paragraphId, label }: ParagraphProposalsProps) {
  const [composing, setComposing] = useState<ComposerKind | null>(null);
  const t = useTranslations('proposals.paragraph');
  const { rights, snapshot, user, doc } = room;
  const negotiating = snapshot.mode === 'negotiation';
  const all = snapshot.proposals.filter((proposal) => findAnchorParagraph(proposal) === paragraphId);
  const shown = orderProposals(filterProposals(room, all));
  const openHere = all.filter((proposal) => proposal.status === 'open' && proposal.paragraphId === paragraphId);
  const attribution = room.attribution?.paragraphId === paragraphId ? room.attribution.message : '';
  const canPropose = rights.create && negotiating;

  const proposeDeletion = () =>
    room.run('deletionProposal', () =>
      createProposal(doc, {
        kind: 'delete',
        paragraphId,
        delegation: user.delegation.code,
        delegationName: user.delegation.name,
        authorId: user.id,
        authorName: user.name,
      }),
    );

  const bracketSelection = () => {
    const editor = room.editors.get(paragraphId);
    if (!editor) return;
    const { from, to } = editor.state.selection;
    if (from === to) {
      room.reportError(t('selectFirst', { label }));
      return;
    }
    const start = measureTextOffset(editor.state.doc, from);
    const end = measureTextOffset(editor.state.doc, to);
    room.run('bracketing', () => bracketText(doc, paragraphId, start, end));
  };

  return (
    <div className="proposal-zone" data-testid="paragraph-proposals">
      <p className="proposal-attribution" aria-live="polite" data-testid="attribution">
        {attribution}
      </p>
      {(canPropose || rights.decide || rights.bracket) && (
        <fieldset className="proposal-tools bare-group" aria-label={t('proposalsOn', { label })}>
          {canPropose && (
            <>
              <button
                type="button"
                className="draft-tool"
                aria-expanded={composing === 'amend'}
                aria-label={t('proposeAmendment', { label })}
                onClick={() => setComposing('amend')}
              >
                {t('proposeAmendmentButton')}
              </button>
              <button
                type="button"
                className="draft-tool"
                aria-expanded={composing === 'alternative'}
                aria-label={t('proposeAlternative', { label })}
                onClick={() => setComposing('alternative')}
              >
                {t('proposeAlternativeButton')}
              </button>
              <button type="button" className="draft-tool" aria-label={t('proposeDeletion', { label })} onClick={proposeDeletion}>
                {t('proposeDeletionButton')}
              </button>
              <button
                type="button"
                className="draft-tool"
                aria-expanded={composing === 'add'}
                aria-label={t('proposeNew', { label })}
                onClick={() => setComposing('add')}
              >
                {t('proposeNewButton')}
              </button>
              <button
                type="button"
                className="draft-tool"
                aria-expanded={composing === 'move'}
                aria-label={t('proposeMove', { label })}
                onClick={() => setComposing('move')}
              >
                {t('proposeMoveButton')}
              </button>
            </>
          )}
          {rights.decide && openHere.length > 0 && (
            <>
              <button
                type="button"
                className="draft-tool proposal-accept"
                aria-label={t('acceptAll', { label })}
                onClick={() => room.run('acceptingAll', () => acceptAllProposals(doc, { paragraphId }, user.id))}
              >
                {t('acceptAllButton')}
              </button>
              <button
                type="button"
                className="draft-tool danger"
                aria-label={t('rejectAll', { label })}
                onClick={() => room.run('rejectingAll', () => rejectAllProposals(doc, { paragraphId }, user.id))}
              >
                {t('rejectAllButton')}
              </button>
            </>
          )}
          {rights.bracket && (
            <>
              <button
                type="button"
                className="draft-tool"
                aria-label={t('bracketSelection', { label })}
                // Keeps the editor's selection: the button must not take focus before it is read.
                onMouseDown={(event) => event.preventDefault()}
                onClick={bracketSelection}
              >
                {t('bracketSelectionButton')}
              </button>
              <button
                type="button"
                className="draft-tool"
                aria-label={t('bracketParagraph', { label })}
                onClick={() => room.run('bracketing', () => bracketParagraph(doc, paragraphId))}
              >
                {t('bracketParagraphButton')}
              </button>
            </>
          )}
        </fieldset>
      )}
      <PreparedProposals room={room} paragraphId={paragraphId} label={label} />
      {composing && (
        <ProposalComposer
          key={composing}
          kind={composing}
          paragraphId={paragraphId}
          label={label}
          currentText={readParagraphText(room.doc, paragraphId)}
          room={room}
          onDone={() => setComposing(null)}
        />
      )}
      {shown.length > 0 && (
        <ul className="proposal-list" aria-label={t('proposalsOn', { label })}>
          {shown.map((proposal) => (
            <li key={proposal.id} className={proposal.kind === 'add' ? 'proposal-new-paragraph' : undefined}>
              <ProposalCard proposal={proposal} room={room} names={room.delegationNames} colour={room.colourOf(proposal.delegation)} />
            </li>
          ))}
        </ul>
      )}
      <ParagraphHistory
        draftId={room.draftId}
        paragraphId={paragraphId}
        label={label}
        version={`${describeVersion(all)}#${readParagraphText(doc, paragraphId)}`}
        names={room.delegationNames}
      />
    </div>
  );
}

/** With the paragraph's text, changes whenever anything the history would record changes, so an open history refreshes. */
function describeVersion(proposals: readonly ProposalView[]): string {
  return proposals.map((p) => `${p.id}:${p.status}:${p.versions.length}:${p.supporters.join(',')}:${p.objectors.join(',')}`).join('|');
}
