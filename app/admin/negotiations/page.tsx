import Link from 'next/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { JsonForm } from '@/components/admin/json-form';
import { NegotiationStandingForm } from '@/components/admin/negotiation-standing-form';
import { requireSitePage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listAllNegotiations } from '@/server/negotiations/list-all-negotiations';

export const metadata = { title: 'Negotiations · Administration · Zero Draft' };

export default async function AdminNegotiationsPage() {
  await requireSitePage('site:administer');
  const negotiations = await listAllNegotiations(getDb());
  return (
    <main>
      <AdminNav />
      <section className="card" aria-labelledby="negotiations-heading">
        <h1 id="negotiations-heading">Negotiations</h1>
        <table className="listing" data-testid="admin-negotiations">
          <thead>
            <tr>
              <th scope="col">Negotiation</th>
              <th scope="col">Roster</th>
              <th scope="col">Drafts</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {negotiations.map((negotiation) => (
              <tr key={negotiation.id} data-testid="admin-negotiation">
                <td>
                  <Link href={`/admin/negotiations/${negotiation.id}`}>{negotiation.title}</Link>
                  {negotiation.session && <div className="muted">{negotiation.session}</div>}
                  {negotiation.isDefault && <div className="muted">Default negotiation</div>}
                </td>
                <td>
                  {negotiation.members} people, {negotiation.delegations} delegations
                </td>
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
        <h2 id="create-negotiation">Create a negotiation</h2>
        <JsonForm
          action="/api/admin/negotiations"
          submitLabel="Create negotiation"
          pendingLabel="Creating…"
          doneMessage="Created. Next, put its facilitators and delegations on the roster."
          resultLink={{ href: '/admin/negotiations/:id', label: 'Open its roster' }}
        >
          <div className="field">
            <label htmlFor="negotiation-title">Title</label>
            <input id="negotiation-title" name="title" required maxLength={300} />
          </div>
          <div className="field">
            <label htmlFor="negotiation-body">Body</label>
            <input id="negotiation-body" name="body" maxLength={300} placeholder="Conference of the Parties to …" />
          </div>
          <div className="field">
            <label htmlFor="negotiation-session">Session</label>
            <input id="negotiation-session" name="session" maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="negotiation-starts">Starts on</label>
            <input id="negotiation-starts" name="startsOn" type="date" />
          </div>
          <div className="field">
            <label htmlFor="negotiation-ends">Ends on</label>
            <input id="negotiation-ends" name="endsOn" type="date" />
          </div>
          <div className="field">
            <label htmlFor="negotiation-time-zone">Time zone (deadlines are given in it)</label>
            <input id="negotiation-time-zone" name="timeZone" maxLength={100} placeholder="Europe/Vienna" />
          </div>
        </JsonForm>
      </section>
    </main>
  );
}
