import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminNav } from '@/components/admin/admin-nav';
import { DraftManager } from '@/components/admin/draft-manager';
import { NegotiationStandingForm } from '@/components/admin/negotiation-standing-form';
import { RosterManager } from '@/components/admin/roster-manager';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { checkNegotiationAdministration } from '@/server/negotiations/check-negotiation-administration';
import { listManagedDrafts } from '@/server/negotiations/list-managed-drafts';
import { listRoster } from '@/server/negotiations/list-roster';
import { listDelegations } from '@/server/users/list-delegations';

export async function generateMetadata() {
  const t = await getTranslations('admin');
  return { title: t('metaRoster') };
}

export default async function AdminNegotiationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await requireSitePage('site:administer');
  const t = await getTranslations('admin');
  const db = getDb();
  const administration = await checkNegotiationAdministration(db, user, id, 'negotiation:manage-roster').catch((error: unknown) => {
    if (isAppError(error, 'not-found')) notFound();
    throw error;
  });
  const [roster, delegations, drafts] = await Promise.all([listRoster(db, id), listDelegations(db), listManagedDrafts(db, id)]);
  const { negotiation } = administration;
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="negotiation-heading">
        <p className="muted">
          <Link href="/admin/negotiations">{t('negotiations')}</Link> ›
        </p>
        <h1 id="negotiation-heading" data-testid="negotiation-title">
          {negotiation.title}
        </h1>
        <NegotiationStandingForm negotiation={negotiation} />
      </section>
      <RosterManager negotiationId={id} roster={roster} delegations={delegations} />
      <section className="card" aria-labelledby="negotiation-drafts">
        <h2 id="negotiation-drafts">{t('drafts')}</h2>
        <DraftManager drafts={drafts} />
      </section>
    </main>
  );
}
