import Link from 'next/link';
import type { ChangesSinceVisit } from '@/server/negotiations/list-changes-since-visit';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What changed in one negotiation since the person last opened it, with links to the latest of each. */
export function ChangesSinceVisitList({ changes }: { changes: ChangesSinceVisit }) {
  const { draftsUpdated, revisionsIssued, proposalsMade, since } = changes;
  const nothing = draftsUpdated.count + revisionsIssued.count + proposalsMade.count === 0;
  return (
    <div data-testid="changes-since-visit">
      <p>
        {since ? `Since your last visit (${formatTime(since)}): ` : 'Not visited yet: '}
        {nothing ? (
          'nothing new.'
        ) : (
          <>
            <span data-testid="drafts-updated">{plural(draftsUpdated.count, 'draft updated', 'drafts updated')}</span>,{' '}
            <span data-testid="revisions-issued">{plural(revisionsIssued.count, 'revision issued', 'revisions issued')}</span>,{' '}
            <span data-testid="proposals-made">{plural(proposalsMade.count, 'proposal made', 'proposals made')}</span>.
          </>
        )}
      </p>
      {!nothing && (
        <ul className="changes">
          {draftsUpdated.latest.map((draft) => (
            <li key={`draft-${draft.id}`}>
              Updated: <Link href={`/drafts/${draft.id}`}>{draft.title}</Link> <span className="muted">{formatTime(draft.updatedAt)}</span>
            </li>
          ))}
          {revisionsIssued.latest.map((revision) => (
            <li key={`revision-${revision.id}`}>
              Issued: <Link href={`/drafts/${revision.draftId}/revisions/${revision.id}`}>{revision.name}</Link> of {revision.draftTitle}{' '}
              <span className="muted">{formatTime(revision.issuedAt)}</span>
            </li>
          ))}
          {proposalsMade.latest.map((proposal) => (
            <li key={`proposal-${proposal.draftId}-${proposal.id}`}>
              Proposed: {proposal.delegation} ({proposal.kind}) in <Link href={`/drafts/${proposal.draftId}`}>{proposal.draftTitle}</Link>{' '}
              <span className="muted">{formatTime(proposal.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
