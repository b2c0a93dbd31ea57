import { AdminNav } from '@/components/admin/admin-nav';
import { JsonForm } from '@/components/admin/json-form';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { delegationKinds } from '@/server/users/create-delegation';
import { listDelegations } from '@/server/users/list-delegations';

export const metadata = { title: 'Delegations · Administration · Zero Draft' };

const kindLabels: Record<string, string> = {
  state: 'State',
  group: 'Group (e.g. G-77 and China, European Union)',
  observer: 'Observer',
  secretariat: 'Secretariat',
  chair: 'Chair',
};

export default async function AdminDelegationsPage() {
  await requireSitePage('site:administer');
  const delegations = await listDelegations(getDb());
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="delegations-heading">
        <h1 id="delegations-heading">Delegations</h1>
        <table className="listing" data-testid="admin-delegations">
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Code</th>
              <th scope="col">Kind</th>
              <th scope="col">People</th>
              <th scope="col">Negotiations</th>
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
                <td>{kindLabels[delegation.kind] ?? delegation.kind}</td>
                <td>{delegation.people}</td>
                <td>{delegation.negotiations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="add-delegation-heading">
        <h2 id="add-delegation-heading">Add a delegation</h2>
        <JsonForm action="/api/admin/delegations" submitLabel="Add delegation" doneMessage="Added.">
          <div className="field">
            <label htmlFor="delegation-code">Code</label>
            <input id="delegation-code" name="code" required maxLength={12} placeholder="FRA" />
          </div>
          <div className="field">
            <label htmlFor="delegation-name">Name</label>
            <input id="delegation-name" name="name" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="delegation-colour">Colour</label>
            <input id="delegation-colour" name="colour" type="color" defaultValue="#1d4ed8" />
          </div>
          <div className="field">
            <label htmlFor="delegation-kind">Kind</label>
            <select id="delegation-kind" name="kind" defaultValue="state">
              {delegationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
        </JsonForm>
      </section>
    </main>
  );
}
