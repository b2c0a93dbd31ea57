import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DraftTable } from '@/components/negotiations/draft-table';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser, requireNegotiationPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { checkNegotiationAccess } from '@/server/negotiations/check-access';
import { findNegotiationDetails } from '@/server/negotiations/find-negotiation-details';
import { listNegotiationDrafts } from '@/server/negotiations/list-negotiation-drafts';
import { recordNegotiationVisit } from '@/server/negotiations/record-negotiation-visit';
import '@/components/draft/draft.css';
import '@/components/negotiations/negotiations.css';

function formatDates(startsOn: string | null, endsOn: string | null): string | null {
  if (startsOn && endsOn) return startsOn === endsOn ? startsOn : `${startsOn} to ${endsOn}`;
  if (startsOn) return `from ${startsOn}`;
  return endsOn ? `until ${endsOn}` : null;
}

export default async function NegotiationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, access } = await requireNegotiationPage(id);
  const db = getDb();
  const [negotiation, drafts] = await Promise.all([findNegotiationDetails(db, id), listNegotiationDrafts(db, [id])]);
  if (!negotiation) notFound();
  // Counted from here on the home page's "since your last visit".
  await recordNegotiationVisit(db, user.id, id);
  const dates = formatDates(negotiation.startsOn, negotiation.endsOn);
  return (
    <main>
      <section className="card" aria-labelledby="negotiation-heading">
        <h1 id="negotiation-heading" data-testid="negotiation-title">
          {negotiation.title}
        </h1>
        <p>
          <span className="negotiation-status" data-testid="negotiation-status">
            {negotiation.status}
          </span>{' '}
          {negotiation.openToAll ? (
            <span className="muted">Open to every signed-in person.</span>
          ) : (
            <span className="muted">Confidential to its participants.</span>
          )}
        </p>
        <dl className="negotiation-meta">
          <dt>Time zone</dt>
          <dd data-testid="negotiation-time-zone">{negotiation.timeZone} (deadlines are given in it)</dd>
          {negotiation.body && (
            <>
              <dt>Body</dt>
              <dd>{negotiation.body}</dd>
            </>
          )}
          {negotiation.session && (
            <>
              <dt>Session</dt>
              <dd>{negotiation.session}</dd>
            </>
          )}
          {dates && (
            <>
              <dt>Dates</dt>
              <dd>{dates}</dd>
            </>
          )}
          <dt>Your role</dt>
          <dd data-testid="negotiation-role">
            {access.role}
            {access.member ? '' : ' (reading a negotiation open to all)'} · acting as {access.delegation.name}
          </dd>
        </dl>
        <p>
          <Link href={`/negotiations/${encodeURIComponent(id)}/progress`} data-testid="negotiation-progress-link">
            Progress at a glance
          </Link>
        </p>
        {can(access.role, 'negotiation:manage-roster') && (
          <p>
            <Link href={`/negotiations/${id}/manage`}>Manage the roster and status</Link>
          </p>
        )}
        {can(access.role, 'negotiation:archive-download') && (
          <p>
            {/* A plain link: the archive is a download, not a page to prefetch. */}
            <a href={`/api/negotiations/${encodeURIComponent(id)}/archive`} download data-testid="negotiation-archive">
              Download the archive (.zip: drafts, proposals, positions, audit, revisions as Word and PDF)
            </a>
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="negotiation-drafts">
        <div className="draft-list-head">
          <h2 id="negotiation-drafts">Drafts</h2>
          {can(access.role, 'draft:create') && (
            <Link className="button" href={`/drafts/new?negotiation=${encodeURIComponent(id)}`}>
              New draft
            </Link>
          )}
        </div>
        {drafts.length === 0 ? (
          <p className="muted">No drafts yet.</p>
        ) : (
          <DraftTable drafts={drafts} caption={`Drafts in ${negotiation.title}`} />
        )}
      </section>
    </main>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const access = await checkNegotiationAccess(getDb(), user, id, 'negotiation:read').catch(() => null);
  return { title: access ? `${access.negotiation.title} · Zero Draft` : 'Negotiation not found · Zero Draft' };
}
