import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { JsonForm } from '@/components/admin/json-form';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { delegationKinds } from '@/server/users/create-delegation';
import { listDelegations } from '@/server/users/list-delegations';

export async function generateMetadata() {
  const t = await getTranslations('admin');
  return { title: t('metaDelegations') };
}

export default async function AdminDelegationsPage() {
  await requireSitePage('site:administer');
  const t = await getTranslations('admin');
  const delegations = await listDelegations(getDb());
  // Kinds come from stored rows (older ones include "chair"), so they are checked against the catalogue.
  const kindLabel = (kind: string) => {
    const key = `delegationKinds.${kind}` as 'delegationKinds.state';
    return t.has(key) ? t(key) : kind;
  };
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="delegations-heading">
        <h1 id="delegations-heading">{t('delegations')}</h1>
        <table className="listing" data-testid="admin-delegations">
          <thead>
            <tr>
              <th scope="col">{t('delegation')}</th>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('people')}</th>
              <th scope="col">{t('negotiations')}</th>
            </tr>
          </thead>
          <tbody>
            {delegations.map((delegation) => (
              <tr key={delegation.id}>
                <td>
                  <span className="colour-swatch" style={{ background: delegation.colour }} aria-hidden="true" />
                  {delegation.name}
                </td>
                <td>{delegation.code}</td>
                <td>{kindLabel(delegation.kind)}</td>
                <td>{delegation.people}</td>
                <td>{delegation.negotiations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="add-delegation-heading">
        <h2 id="add-delegation-heading">{t('addDelegationHeading')}</h2>
        <JsonForm action="/api/admin/delegations" submitLabel={t('addDelegation')} doneMessage={t('added')}>
          <div className="field">
            <label htmlFor="delegation-code">{t('code')}</label>
            <input id="delegation-code" name="code" required maxLength={12} placeholder="FRA" />
          </div>
          <div className="field">
            <label htmlFor="delegation-name">{t('name')}</label>
            <input id="delegation-name" name="name" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="delegation-colour">{t('colour')}</label>
            <input id="delegation-colour" name="colour" type="color" defaultValue="#1d4ed8" />
          </div>
          <div className="field">
            <label htmlFor="delegation-kind">{t('kind')}</label>
            <select id="delegation-kind" name="kind" defaultValue="state">
              {delegationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`delegationKinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
        </JsonForm>
      </section>
    </main>
  );
}
