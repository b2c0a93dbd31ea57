import Link from 'next/link';
import { ComparisonView } from '@/components/compare/comparison-view';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { getCurrentUser, requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { flushRealtimeDraft } from '@/server/realtime/flush-realtime-draft';
import { compareSinceLastLook } from '@/server/visits/compare-since-last-look';

function formatUtc(date: Date): string {
  return `${date.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

/** The draft as this person last saw it, compared with now, changes credited to delegations. */
export default async function SinceLastLookedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, access } = await requireDraftPage(id);
  // The rows must hold the last keystrokes; when the realtime server cannot say so, they are at most a save behind.
  await flushRealtimeDraft(user, access).catch((error: unknown) => {
    if (!isAppError(error, 'unavailable')) throw error;
  });
  const since = await compareSinceLastLook(getDb(), user, id);
  const room = `/drafts/${encodeURIComponent(id)}`;
  return (
    <main style={{ maxWidth: '90rem' }}>
      <NegotiationBreadcrumb negotiation={access.negotiation} trail={[{ href: room, label: access.draft.title }]} />
      <div className="card">
        <h1>Since I last looked</h1>
        {since ? (
          <p className="muted" data-testid="since-when">
            The draft as you last saw it, on <time dateTime={since.since.toISOString()}>{formatUtc(since.since)}</time>, compared with now.
            Changes are credited to the delegations whose accepted proposals made them, and to the Chair for its direct edits.
          </p>
        ) : (
          <p className="muted">
            There is nothing to compare yet: the app remembers the draft as you saw it on each visit, and offers the comparison when you
            come back later. <Link href={room}>Back to the draft</Link>
          </p>
        )}
      </div>
      {since && <ComparisonView pairs={since.pairs} summary={since.summary} left={since.left} right={since.right} />}
    </main>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const access = await checkDraftAccess(getDb(), user, id, 'draft:read').catch(() => null);
  return { title: access ? `Since I last looked · ${access.draft.title} · Zero Draft` : 'Draft not found · Zero Draft' };
}
