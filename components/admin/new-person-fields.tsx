/** The fields that name a new person: address, name and delegation (ids prefixed per form, so labels stay unique). */
export function NewPersonFields({ idPrefix, delegations }: { idPrefix: string; delegations: { code: string; name: string }[] }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-email`}>E-mail address</label>
        <input id={`${idPrefix}-email`} name="email" type="email" autoComplete="off" required />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Name</label>
        <input id={`${idPrefix}-name`} name="name" autoComplete="off" required />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-delegation`}>Delegation</label>
        <select id={`${idPrefix}-delegation`} name="delegationCode" required defaultValue="">
          <option value="" disabled>
            Choose…
          </option>
          {delegations.map((delegation) => (
            <option key={delegation.code} value={delegation.code}>
              {delegation.name} ({delegation.code})
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
