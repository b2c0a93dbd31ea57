import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DraftTable } from '@/components/negotiations/draft-table';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listNegotiationDrafts } from '@/server/negotiations/list-negotiation-drafts';
import { listVisibleNegotiations } from '@/server/negotiations/list-visible-negotiations';
import '@/components/draft/draft.css';
import '@/components/negotiations/negotiations.css';

export async function generateMetadata() {
  const t = await getTranslations('draftList');
  return { title: `${t('title')} · Zero Draft` };
}

export default async function DraftsPage() {
  const user = await requireUser();
  const t = await getTranslations('draftList');
  const db = getDb();
  const negotiations = await listVisibleNegotiations(db, user);
  const canCreate = negotiations.some((negotiation) => can(negotiation.role, 'draft:create'));
  const drafts = await listNegotiationDrafts(
    db,
    negotiations.map((negotiation) => negotiation.id),
  );

  return (
    <main>
      <section className="card" aria-labelledby="drafts-heading">
        <div className="draft-list-head">
          <h1 id="drafts-heading">{t('title')}</h1>
          {canCreate && (
            <Link className="button" href="/drafts/new">
              {t('newDraft')}
            </Link>
          )}
        </div>
        {drafts.length === 0 ? (
          <p className="muted">{t('noDrafts')}</p>
        ) : (
          negotiations.map((negotiation) => {
            const own = drafts.filter((draft) => draft.negotiationId === negotiation.id);
            if (own.length === 0) return null;
            return (
              <section
                key={negotiation.id}
                className="negotiation-group"
                aria-labelledby={`negotiation-${negotiation.id}`}
                data-testid="negotiation-drafts"
              >
                <h2 id={`negotiation-${negotiation.id}`}>
                  <Link href={`/negotiations/${negotiation.id}`}>{negotiation.title}</Link>
                </h2>
                <DraftTable drafts={own} caption={t('caption', { negotiation: negotiation.title })} />
              </section>
            );
          })
        )}
      </section>
    </main>
  );
}
