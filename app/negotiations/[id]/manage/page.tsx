import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DraftManager } from '@/components/admin/draft-manager';
import { NegotiationStandingForm } from '@/components/admin/negotiation-standing-form';
import { NegotiationTimeZoneForm } from '@/components/admin/negotiation-time-zone-form';
import { RosterManager } from '@/components/admin/roster-manager';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { checkNegotiationAdministration } from '@/server/negotiations/check-negotiation-administration';
import { listManagedDrafts } from '@/server/negotiations/list-managed-drafts';
import { listRoster } from '@/server/negotiations/list-roster';
import { listDelegations } from '@/server/users/list-delegations';

export async function generateMetadata() {
  const t = await getTranslations('negotiation');
  return { title: `${t('manageTitle')} · Zero Draft` };
}

/** For the negotiation's facilitators (and administrators); anyone else finds no such page. */
export default async function ManageNegotiationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const db = getDb();
  const { negotiation } = await checkNegotiationAdministration(db, user, id, 'negotiation:manage-roster').catch((error: unknown) => {
    if (isAppError(error, 'not-found') || isAppError(error, 'forbidden')) notFound();
    throw error;
  });
  const [roster, delegations, drafts, t] = await Promise.all([
    listRoster(db, id),
    listDelegations(db),
    listManagedDrafts(db, id),
    getTranslations('negotiation'),
  ]);
  return (
    <main>
      <section className="card" aria-labelledby="manage-heading">
        <p className="muted">{t('managing')}</p>
        <h1 id="manage-heading" data-testid="negotiation-title">
          {negotiation.title}
        </h1>
        <p>
          <Link href={`/drafts/new?negotiation=${id}`}>{t('newDraftHere')}</Link>
        </p>
        <NegotiationStandingForm negotiation={negotiation} />
        <NegotiationTimeZoneForm negotiation={negotiation} zones={Intl.supportedValuesOf('timeZone')} />
      </section>
      <RosterManager negotiationId={id} roster={roster} delegations={delegations} />
      <section className="card" aria-labelledby="manage-drafts">
        <h2 id="manage-drafts">{t('drafts')}</h2>
        <p className="muted">{t('manageDraftsNote')}</p>
        <DraftManager drafts={drafts} />
      </section>
    </main>
  );
}
