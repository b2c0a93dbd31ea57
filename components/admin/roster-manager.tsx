import type { Roster } from '@/server/negotiations/list-roster';
import { JsonForm } from './json-form';
import { NewPersonFields } from './new-person-fields';
import { roleLabels, RoleOptions } from './role-options';
import './admin.css';

interface RosterManagerProps {
  negotiationId: string;
  roster: Roster;
  /** Every delegation on the site, for adding one and for invitations. */
  delegations: { code: string; name: string }[];
}

/** A negotiation's roster for its facilitators and administrators: delegations, people and their roles, invitations. */
export function RosterManager({ negotiationId, roster, delegations }: RosterManagerProps) {
  const base = `/api/negotiations/${negotiationId}`;
  const onRoster = new Set(roster.delegations.map((delegation) => delegation.code));
  const addable = delegations.filter((delegation) => !onRoster.has(delegation.code));
  return (
    <>
      <section className="card" aria-labelledby="roster-people">
        <h2 id="roster-people">People</h2>
        {roster.members.length === 0 ? (
          <p className="muted">Nobody is on this roster yet.</p>
        ) : (
          <table className="listing" data-testid="roster">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Delegation</th>
                <th scope="col">Role</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {roster.members.map((member) => (
                <tr key={member.userId} data-testid="roster-member" data-email={member.email}>
                  <td>
                    {member.name} <span className="muted">{member.email}</span>
                    {member.pending && <span className="muted"> · invited</span>}
                    {!member.active && <span className="muted"> · deactivated</span>}
                  </td>
                  <td>{member.delegationName}</td>
                  <td>{roleLabels[member.role]}</td>
                  <td className="row-actions">
                    <JsonForm
                      action={`${base}/members/${member.userId}`}
                      method="PATCH"
                      submitLabel="Change role"
                      submitAriaLabel={`Change the role of ${member.name}`}
                      className="inline-form"
                    >
                      <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
                        New role of {member.name}
                      </label>
                      <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                        <RoleOptions />
                      </select>
                    </JsonForm>
                    <JsonForm
                      action={`${base}/members/${member.userId}`}
                      method="DELETE"
                      submitLabel="Remove"
                      submitAriaLabel={`Remove ${member.name} from the roster`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>Add someone who has an account</h3>
        <JsonForm action={`${base}/members`} submitLabel="Add to the roster" doneMessage="Added." className="inline-form">
          <div className="field">
            <label htmlFor="add-member-email">E-mail address</label>
            <input id="add-member-email" name="email" type="email" autoComplete="off" required />
          </div>
          <div className="field">
            <label htmlFor="add-member-role">Role</label>
            <select id="add-member-role" name="role" defaultValue="delegate">
              <RoleOptions />
            </select>
          </div>
        </JsonForm>
        <h3>Invite a new person</h3>
        <p className="muted">
          They set a password through the link (or use single sign-on) and join this negotiation with the role you give.
        </p>
        <JsonForm action={`${base}/invitations`} submitLabel="Invite" pendingLabel="Inviting…" className="inline-form">
          <NewPersonFields idPrefix="invite" delegations={delegations} />
          <div className="field">
            <label htmlFor="invite-role">Role</label>
            <select id="invite-role" name="role" defaultValue="delegate">
              <RoleOptions />
            </select>
          </div>
        </JsonForm>
      </section>
      <section className="card" aria-labelledby="roster-delegations">
        <h2 id="roster-delegations">Delegations</h2>
        {roster.delegations.length === 0 ? (
          <p className="muted">No delegation takes part yet.</p>
        ) : (
          <ul data-testid="roster-delegations">
            {roster.delegations.map((delegation) => (
              <li key={delegation.id}>
                <span className="colour-swatch" style={{ background: delegation.colour }} aria-hidden="true" />
                {delegation.name} <span className="muted">{delegation.code}</span>
              </li>
            ))}
          </ul>
        )}
        {addable.length > 0 && (
          <JsonForm action={`${base}/delegations`} submitLabel="Add delegation" className="inline-form">
            <div className="field">
              <label htmlFor="add-delegation">Delegation</label>
              <select id="add-delegation" name="code" required defaultValue="">
                <option value="" disabled>
                  Choose…
                </option>
                {addable.map((delegation) => (
                  <option key={delegation.code} value={delegation.code}>
                    {delegation.name} ({delegation.code})
                  </option>
                ))}
              </select>
            </div>
          </JsonForm>
        )}
      </section>
    </>
  );
}
