import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ComparisonView } from '@/components/compare/comparison-view';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { getCurrentUser, requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { flushRealtimeDraft } from '@/server/realtime/flush-realtime-draft';
import { compareSinceLastLook } from '@/server/visits/compare-since-last-look';

/** In UTC, named; English keeps the British day-month order it always had. */
function formatUtc(date: Date, locale: string): string {
  return `${date.toLocaleString(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

/** The draft as this person last saw it, compared with now, changes credited to delegations. */
export default async function SinceLastLookedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, access } = await requireDraftPage(id);
  const [t, locale] = await Promise.all([getTranslations('since'), getLocale()]);
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
        <h1>{t('heading')}</h1>
        {since ? (
          <p className="muted" data-testid="since-when">
            {t.rich('when', {
              time: () => <time dateTime={since.since.toISOString()}>{formatUtc(since.since, locale)}</time>,
            })}
          </p>
        ) : (
          <p className="muted">
            {t('nothingYet')} <Link href={room}>{t('backToDraft')}</Link>
          </p>
        )}
      </div>
      {since && <ComparisonView pairs={since.pairs} summary={since.summary} left={t('asYouLastSawIt')} right={t('now')} />}
    </main>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const [access, t] = await Promise.all([checkDraftAccess(getDb(), user, id, 'draft:read').catch(() => null), getTranslations('since')]);
  return { title: access ? `${t('pageTitle', { title: access.draft.title })} · Zero Draft` : `${t('draftNotFound')} · Zero Draft` };
}
