import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ChangesSinceVisitList } from '@/components/negotiations/changes-since-visit';
import { can } from '@/lib/auth/permissions';
import { pickTextColour } from '@/lib/colour/contrast';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listChangesSinceVisit } from '@/server/negotiations/list-changes-since-visit';
import { listNegotiationDrafts } from '@/server/negotiations/list-negotiation-drafts';
import { listVisibleNegotiations } from '@/server/negotiations/list-visible-negotiations';
import { translateKnown } from '@/i18n/translate-known';
import '@/components/negotiations/negotiations.css';

export default async function HomePage() {
  const user = await requireUser();
  const [t, tRole, tStatus, format] = await Promise.all([
    getTranslations('home'),
    getTranslations('roles'),
    getTranslations('negotiationStatuses'),
    getFormatter(),
  ]);
  const db = getDb();
  const negotiations = await listVisibleNegotiations(db, user);
  const [changes, drafts] = await Promise.all([
    listChangesSinceVisit(
      db,
      negotiations.map((negotiation) => ({ negotiationId: negotiation.id, lastVisitAt: negotiation.lastVisitAt })),
    ),
    listNegotiationDrafts(
      db,
      negotiations.map((negotiation) => negotiation.id),
    ),
  ]);
  const changesOf = new Map(changes.map((change) => [change.negotiationId, change]));
  const canCreate = negotiations.some((negotiation) => can(negotiation.role, 'draft:create'));
  return (
    <main>
      <section className="card" aria-labelledby="me">
        <h1 id="me">{t('welcome', { name: user.name })}</h1>
        <p>
          <span
            className="badge"
            style={{ background: user.delegation.colour, color: pickTextColour(user.delegation.colour) }}
            data-testid="delegation"
          >
            {user.delegation.name}
          </span>{' '}
          <span className="muted">{user.delegation.code}</span>
        </p>
      </section>
      <section className="card" aria-labelledby="negotiations">
        <h2 id="negotiations">{t('yourNegotiations')}</h2>
        {negotiations.length === 0 ? (
          <p className="muted">{t('noNegotiations')}</p>
        ) : (
          negotiations.map((negotiation) => {
            const change = changesOf.get(negotiation.id);
            return (
              <section
                key={negotiation.id}
                className="negotiation-group"
                aria-labelledby={`negotiation-${negotiation.id}`}
                data-testid="negotiation"
              >
                <h3 id={`negotiation-${negotiation.id}`}>
                  <Link href={`/negotiations/${negotiation.id}`}>{negotiation.title}</Link>{' '}
                  <span className="negotiation-status">{translateKnown(tStatus, negotiation.status)}</span>
                </h3>
                <p className="muted">
                  {[negotiation.body, negotiation.session].filter(Boolean).join(' · ')}
                  {negotiation.body || negotiation.session ? ' · ' : ''}
                  {negotiation.member ? t('yourRole', { role: translateKnown(tRole, negotiation.role) }) : t('openToAllReader')}
                </p>
                {change && <ChangesSinceVisitList changes={change} />}
              </section>
            );
          })
        )}
      </section>
      <section className="card" aria-labelledby="drafts">
        <h2 id="drafts">{t('drafts')}</h2>
        <p>
          <Link href="/drafts">{t('allDrafts')}</Link>
          {canCreate && (
            <>
              {' · '}
              <Link href="/drafts/new">{t('newDraft')}</Link>
            </>
          )}
        </p>
        {drafts.length === 0 ? (
          <p className="muted">{t('noDrafts')}</p>
        ) : (
          negotiations.map((negotiation) => {
            const own = drafts.filter((draft) => draft.negotiationId === negotiation.id);
            if (own.length === 0) return null;
            return (
              <div key={negotiation.id} className="negotiation-group">
                <h3>{negotiation.title}</h3>
                <ul>
                  {own.map((draft) => (
                    <li key={draft.id}>
                      <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>{' '}
                      <span className="muted">{t('updated', { date: format.dateTime(draft.updatedAt, 'stamp') })}</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })
        )}
      </section>
      <section className="card" aria-labelledby="corpus">
        <h2 id="corpus">{t('corpus')}</h2>
        <p>
          <Link href="/corpus">{t('browseCorpus')}</Link> {t('corpusRest')}
        </p>
      </section>
    </main>
  );
}
