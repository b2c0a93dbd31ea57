import { useTranslations } from 'next-intl';
import type { Roster } from '@/server/negotiations/list-roster';
import { JsonForm } from './json-form';
import { NewPersonFields } from './new-person-fields';
import { RoleOptions } from './role-options';
import './admin.css';

interface RosterManagerProps {
  negotiationId: string;
  roster: Roster;
  /** Every delegation on the site, for adding one and for invitations. */
  delegations: { code: string; name: string }[];
}

/** A negotiation's roster for its facilitators and administrators: delegations, people and their roles, invitations. */
export function RosterManager({ negotiationId, roster, delegations }: RosterManagerProps) {
  const t = useTranslations('admin');
  const base = `/api/negotiations/${negotiationId}`;
  const onRoster = new Set(roster.delegations.map((delegation) => delegation.code));
  const addable = delegations.filter((delegation) => !onRoster.has(delegation.code));
  return (
    <>
      <section className="card" aria-labelledby="roster-people">
        <h2 id="roster-people">{t('people')}</h2>
        {roster.members.length === 0 ? (
          <p className="muted">{t('nobodyOnRoster')}</p>
        ) : (
          <table className="listing" data-testid="roster">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('delegation')}</th>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {roster.members.map((member) => (
                <tr key={member.userId} data-testid="roster-member" data-email={member.email}>
                  <td>
                    {member.name} <span className="muted">{member.email}</span>
                    {member.pending && <span className="muted">{t('invitedMark')}</span>}
                    {!member.active && <span className="muted">{t('deactivatedMark')}</span>}
                  </td>
                  <td>{member.delegationName}</td>
                  <td>{t(`roles.${member.role}`)}</td>
                  <td className="row-actions">
                    <JsonForm
                      action={`${base}/members/${member.userId}`}
                      method="PATCH"
                      submitLabel={t('changeRole')}
                      submitAriaLabel={t('changeRoleOf', { name: member.name })}
                      className="inline-form"
                    >
                      <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
                        {t('newRoleOf', { name: member.name })}
                      </label>
                      <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                        <RoleOptions />
                      </select>
                    </JsonForm>
                    <JsonForm
                      action={`${base}/members/${member.userId}`}
                      method="DELETE"
                      submitLabel={t('remove')}
                      submitAriaLabel={t('removeFromRoster', { name: member.name })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t('addExisting')}</h3>
        <JsonForm action={`${base}/members`} submitLabel={t('addToRoster')} doneMessage={t('added')} className="inline-form">
          <div className="field">
            <label htmlFor="add-member-email">{t('email')}</label>
            <input id="add-member-email" name="email" type="email" autoComplete="off" required />
          </div>
          <div className="field">
            <label htmlFor="add-member-role">{t('role')}</label>
            <select id="add-member-role" name="role" defaultValue="delegate">
              <RoleOptions />
            </select>
          </div>
        </JsonForm>
        <h3>{t('inviteNew')}</h3>
        <p className="muted">{t('inviteNote')}</p>
        <JsonForm action={`${base}/invitations`} submitLabel={t('invite')} pendingLabel={t('inviting')} className="inline-form">
          <NewPersonFields idPrefix="invite" delegations={delegations} />
          <div className="field">
            <label htmlFor="invite-role">{t('role')}</label>
            <select id="invite-role" name="role" defaultValue="delegate">
              <RoleOptions />
            </select>
          </div>
        </JsonForm>
      </section>
      <section className="card" aria-labelledby="roster-delegations">
        <h2 id="roster-delegations">{t('delegations')}</h2>
        {roster.delegations.length === 0 ? (
          <p className="muted">{t('noDelegation')}</p>
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
          <JsonForm action={`${base}/delegations`} submitLabel={t('addDelegation')} className="inline-form">
            <div className="field">
              <label htmlFor="add-delegation">{t('delegation')}</label>
              <select id="add-delegation" name="code" required defaultValue="">
                <option value="" disabled>
                  {t('choose')}
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
