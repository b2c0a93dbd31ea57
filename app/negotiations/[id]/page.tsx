import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DraftTable } from '@/components/negotiations/draft-table';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser, requireNegotiationPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { checkNegotiationAccess } from '@/server/negotiations/check-access';
import { findNegotiationDetails } from '@/server/negotiations/find-negotiation-details';
import { listNegotiationDrafts } from '@/server/negotiations/list-negotiation-drafts';
import { recordNegotiationVisit } from '@/server/negotiations/record-negotiation-visit';
import { translateKnown } from '@/i18n/translate-known';
import '@/components/draft/draft.css';
import '@/components/negotiations/negotiations.css';

type NegotiationTranslator = Awaited<ReturnType<typeof getTranslations<'negotiation'>>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** An ISO day ("2026-11-27") in the person's language; anything else as stored. */
function formatDay(format: Formatter, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? format.dateTime(date, 'day') : day;
}

function formatDates(t: NegotiationTranslator, format: Formatter, startsOn: string | null, endsOn: string | null): string | null {
  const start = startsOn ? formatDay(format, startsOn) : null;
  const end = endsOn ? formatDay(format, endsOn) : null;
  if (start && end) return startsOn === endsOn ? start : t('dateRange', { start, end });
  if (start) return t('dateFrom', { start });
  return end ? t('dateUntil', { end }) : null;
}

export default async function NegotiationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, access } = await requireNegotiationPage(id);
  const db = getDb();
  const [negotiation, drafts] = await Promise.all([findNegotiationDetails(db, id), listNegotiationDrafts(db, [id])]);
  if (!negotiation) notFound();
  // Counted from here on the home page's "since your last visit".
  await recordNegotiationVisit(db, user.id, id);
  const [t, tRole, tStatus, format] = await Promise.all([
    getTranslations('negotiation'),
    getTranslations('roles'),
    getTranslations('negotiationStatuses'),
    getFormatter(),
  ]);
  const dates = formatDates(t, format, negotiation.startsOn, negotiation.endsOn);
  return (
    <main>
      <section className="card" aria-labelledby="negotiation-heading">
        <h1 id="negotiation-heading" data-testid="negotiation-title">
          {negotiation.title}
        </h1>
        <p>
          <span className="negotiation-status" data-testid="negotiation-status">
            {translateKnown(tStatus, negotiation.status)}
          </span>{' '}
          {negotiation.openToAll ? <span className="muted">{t('openToAll')}</span> : <span className="muted">{t('confidential')}</span>}
        </p>
        <dl className="negotiation-meta">
          <dt>{t('timeZone')}</dt>
          <dd data-testid="negotiation-time-zone">{t('timeZoneValue', { zone: negotiation.timeZone })}</dd>
          {negotiation.body && (
            <>
              <dt>{t('body')}</dt>
              <dd>{negotiation.body}</dd>
            </>
          )}
          {negotiation.session && (
            <>
              <dt>{t('session')}</dt>
              <dd>{negotiation.session}</dd>
            </>
          )}
          {dates && (
            <>
              <dt>{t('dates')}</dt>
              <dd>{dates}</dd>
            </>
          )}
          <dt>{t('yourRole')}</dt>
          <dd data-testid="negotiation-role">
            {translateKnown(tRole, access.role)}
            {access.member ? '' : t('readingOpen')} · {t('actingAs', { delegation: access.delegation.name })}
          </dd>
        </dl>
        <p>
          <Link href={`/negotiations/${encodeURIComponent(id)}/progress`} data-testid="negotiation-progress-link">
            {t('progressLink')}
          </Link>
        </p>
        {can(access.role, 'negotiation:manage-roster') && (
          <p>
            <Link href={`/negotiations/${id}/manage`}>{t('manageLink')}</Link>
          </p>
        )}
        {can(access.role, 'negotiation:archive-download') && (
          <p>
            {/* A plain link: the archive is a download, not a page to prefetch. */}
            <a href={`/api/negotiations/${encodeURIComponent(id)}/archive`} download data-testid="negotiation-archive">
              {t('archive')}
            </a>
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="negotiation-drafts">
        <div className="draft-list-head">
          <h2 id="negotiation-drafts">{t('drafts')}</h2>
          {can(access.role, 'draft:create') && (
            <Link className="button" href={`/drafts/new?negotiation=${encodeURIComponent(id)}`}>
              {t('newDraft')}
            </Link>
          )}
        </div>
        {drafts.length === 0 ? (
          <p className="muted">{t('noDrafts')}</p>
        ) : (
          <DraftTable drafts={drafts} caption={t('draftsCaption', { title: negotiation.title })} />
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
  const [access, t] = await Promise.all([
    checkNegotiationAccess(getDb(), user, id, 'negotiation:read').catch(() => null),
    getTranslations('negotiation'),
  ]);
  return { title: access ? `${access.negotiation.title} · Zero Draft` : `${t('notFoundTitle')} · Zero Draft` };
}
