import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { JsonForm } from '@/components/admin/json-form';
import { NegotiationStandingForm } from '@/components/admin/negotiation-standing-form';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listAllNegotiations } from '@/server/negotiations/list-all-negotiations';

export async function generateMetadata() {
  const t = await getTranslations('admin');
  return { title: t('metaNegotiations') };
}

export default async function AdminNegotiationsPage() {
  await requireSitePage('site:administer');
  const t = await getTranslations('admin');
  const negotiations = await listAllNegotiations(getDb());
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="negotiations-heading">
        <h1 id="negotiations-heading">{t('negotiations')}</h1>
        <table className="listing" data-testid="admin-negotiations">
          <thead>
            <tr>
              <th scope="col">{t('negotiation')}</th>
              <th scope="col">{t('roster')}</th>
              <th scope="col">{t('drafts')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {negotiations.map((negotiation) => (
              <tr key={negotiation.id} data-testid="admin-negotiation">
                <td>
                  <Link href={`/admin/negotiations/${negotiation.id}`}>{negotiation.title}</Link>
                  {negotiation.session && <div className="muted">{negotiation.session}</div>}
                  {negotiation.isDefault && <div className="muted">{t('defaultNegotiation')}</div>}
                </td>
                <td>{t('rosterCount', { members: negotiation.members, delegations: negotiation.delegations })}</td>
                <td>{negotiation.drafts}</td>
                <td>
                  <NegotiationStandingForm negotiation={negotiation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="create-negotiation">
        <h2 id="create-negotiation">{t('createHeading')}</h2>
        <JsonForm
          action="/api/admin/negotiations"
          submitLabel={t('createNegotiation')}
          pendingLabel={t('creating')}
          doneMessage={t('created')}
          resultLink={{ href: '/admin/negotiations/:id', label: t('openRoster') }}
        >
          <div className="field">
            <label htmlFor="negotiation-title">{t('title')}</label>
            <input id="negotiation-title" name="title" required maxLength={300} />
          </div>
          <div className="field">
            <label htmlFor="negotiation-body">{t('body')}</label>
            <input id="negotiation-body" name="body" maxLength={300} placeholder={t('bodyPlaceholder')} />
          </div>
          <div className="field">
            <label htmlFor="negotiation-session">{t('session')}</label>
            <input id="negotiation-session" name="session" maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="negotiation-starts">{t('startsOn')}</label>
            <input id="negotiation-starts" name="startsOn" type="date" />
          </div>
          <div className="field">
            <label htmlFor="negotiation-ends">{t('endsOn')}</label>
            <input id="negotiation-ends" name="endsOn" type="date" />
          </div>
          <div className="field">
            <label htmlFor="negotiation-time-zone">{t('timeZone')}</label>
            <input id="negotiation-time-zone" name="timeZone" maxLength={100} placeholder="Europe/Vienna" />
          </div>
        </JsonForm>
      </section>
    </main>
  );
}
