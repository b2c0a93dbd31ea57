import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { translateKnown } from '@/i18n/translate-known';
import type { ChangesSinceVisit } from '@/server/negotiations/list-changes-since-visit';

/** What changed in one negotiation since the person last opened it, with links to the latest of each. */
export async function ChangesSinceVisitList({ changes }: { changes: ChangesSinceVisit }) {
  const [t, tKind, format] = await Promise.all([getTranslations('changes'), getTranslations('proposalKinds'), getFormatter()]);
  const { draftsUpdated, revisionsIssued, proposalsMade, since } = changes;
  const nothing = draftsUpdated.count + revisionsIssued.count + proposalsMade.count === 0;
  const formatTime = (date: Date) => format.dateTime(date, 'stamp');
  return (
    <div data-testid="changes-since-visit">
      <p>
        {since ? t('sinceVisit', { time: formatTime(since) }) : t('notVisited')}{' '}
        {nothing ? (
          t('nothingNew')
        ) : (
          <>
            <span data-testid="drafts-updated">{t('draftsUpdated', { count: draftsUpdated.count })}</span>,{' '}
            <span data-testid="revisions-issued">{t('revisionsIssued', { count: revisionsIssued.count })}</span>,{' '}
            <span data-testid="proposals-made">{t('proposalsMade', { count: proposalsMade.count })}</span>.
          </>
        )}
      </p>
      {!nothing && (
        <ul className="changes">
          {draftsUpdated.latest.map((draft) => (
            <li key={`draft-${draft.id}`}>
              {t('updated')} <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>{' '}
              <span className="muted">{formatTime(draft.updatedAt)}</span>
            </li>
          ))}
          {revisionsIssued.latest.map((revision) => (
            <li key={`revision-${revision.id}`}>
              {t('issued')} <Link href={`/drafts/${revision.draftId}/revisions/${revision.id}`}>{revision.name}</Link>{' '}
              {t('ofDraft', { title: revision.draftTitle })} <span className="muted">{formatTime(revision.issuedAt)}</span>
            </li>
          ))}
          {proposalsMade.latest.map((proposal) => (
            <li key={`proposal-${proposal.draftId}-${proposal.id}`}>
              {t('proposed', { delegation: proposal.delegation, kind: translateKnown(tKind, proposal.kind) })}{' '}
              <Link href={`/drafts/${proposal.draftId}`}>{proposal.draftTitle}</Link>{' '}
              <span className="muted">{formatTime(proposal.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
