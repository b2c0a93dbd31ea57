import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { JsonForm } from '@/components/admin/json-form';
import { NewPersonFields } from '@/components/admin/new-person-fields';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listDelegations } from '@/server/users/list-delegations';
import { listUsers } from '@/server/users/list-users';

export async function generateMetadata() {
  const t = await getTranslations('admin');
  return { title: t('metaPeople') };
}

export default async function AdminPeoplePage() {
  const { user } = await requireSitePage('site:administer');
  const t = await getTranslations('admin');
  const db = getDb();
  const [people, delegations] = await Promise.all([listUsers(db), listDelegations(db)]);
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="people-heading">
        <h1 id="people-heading">{t('people')}</h1>
        <table className="listing" data-testid="admin-people">
          <thead>
            <tr>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('delegation')}</th>
              <th scope="col">{t('accessColumn')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} data-testid="admin-person" data-email={person.email}>
                <td>
                  {person.name} <span className="muted">{person.email}</span>
                  {person.isAdmin && <strong>{t('administratorMark')}</strong>}
                </td>
                <td>{person.delegationName}</td>
                <td>{person.active ? t(`access.${person.access}`) : t('deactivated')}</td>
                <td className="row-actions">
                  {person.active && person.id !== user.id && (
                    <>
                      <JsonForm
                        action={`/api/admin/people/${person.id}/reset-access`}
                        submitLabel={person.access === 'pending' ? t('newInvitationLink') : t('resetAccess')}
                        submitAriaLabel={t('resetAccessOf', { name: person.name })}
                        confirmMessage={person.access === 'pending' ? undefined : t('resetConfirm', { name: person.name })}
                      />
                      <JsonForm
                        action={`/api/admin/people/${person.id}/deactivate`}
                        submitLabel={t('deactivate')}
                        submitAriaLabel={t('deactivateOf', { name: person.name })}
                        confirmMessage={t('deactivateConfirm', { name: person.name })}
                      />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="add-person-heading">
        <h2 id="add-person-heading">{t('addPersonHeading')}</h2>
        <p className="muted">{t('addPersonNote')}</p>
        <JsonForm action="/api/admin/people" submitLabel={t('addAndInvite')} pendingLabel={t('adding')}>
          <NewPersonFields idPrefix="person" delegations={delegations} />
          <div className="field">
            <label>
              <input type="checkbox" name="isAdmin" /> {t('siteAdministrator')}
            </label>
          </div>
        </JsonForm>
      </section>
    </main>
  );
}
