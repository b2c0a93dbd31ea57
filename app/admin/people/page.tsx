import { AdminNav } from '@/components/admin/admin-nav';
import { JsonForm } from '@/components/admin/json-form';
import { NewPersonFields } from '@/components/admin/new-person-fields';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listDelegations } from '@/server/users/list-delegations';
import { listUsers } from '@/server/users/list-users';

export const metadata = { title: 'People · Administration · Zero Draft' };

const accessLabels = { password: 'Password', sso: 'Single sign-on', pending: 'Invited, not set up yet' } as const;

export default async function AdminPeoplePage() {
  const { user } = await requireSitePage('site:administer');
  const db = getDb();
  const [people, delegations] = await Promise.all([listUsers(db), listDelegations(db)]);
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="people-heading">
        <h1 id="people-heading">People</h1>
        <table className="listing" data-testid="admin-people">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Delegation</th>
              <th scope="col">Access</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} data-testid="admin-person" data-email={person.email}>
                <td>
                  {person.name} <span className="muted">{person.email}</span>
                  {person.isAdmin && <strong> · administrator</strong>}
                </td>
                <td>{person.delegationName}</td>
                <td>{person.active ? accessLabels[person.access] : 'Deactivated'}</td>
                <td className="row-actions">
                  {person.active && person.id !== user.id && (
                    <>
                      <JsonForm
                        action={`/api/admin/people/${person.id}/reset-access`}
                        submitLabel={person.access === 'pending' ? 'New invitation link' : 'Reset access'}
                        submitAriaLabel={`Reset the access of ${person.name}`}
                        confirmMessage={
                          person.access === 'pending'
                            ? undefined
                            : `Reset the access of ${person.name}? Their password and single sign-on stop working until they use the new link.`
                        }
                      />
                      <JsonForm
                        action={`/api/admin/people/${person.id}/deactivate`}
                        submitLabel="Deactivate"
                        submitAriaLabel={`Deactivate ${person.name}`}
                        confirmMessage={`Deactivate ${person.name}? They lose access at once; their work stays in the record.`}
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
        <h2 id="add-person-heading">Add a person</h2>
        <p className="muted">
          The account is made now; the person sets a password (or uses single sign-on) through the invitation link shown here once. Put them
          on a negotiation from its roster.
        </p>
        <JsonForm action="/api/admin/people" submitLabel="Add and invite" pendingLabel="Adding…">
          <NewPersonFields idPrefix="person" delegations={delegations} />
          <div className="field">
            <label>
              <input type="checkbox" name="isAdmin" /> Administrator of the site
            </label>
          </div>
        </JsonForm>
      </section>
    </main>
  );
}
