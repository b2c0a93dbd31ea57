import { useTranslations } from 'next-intl';

/** The fields that name a new person: address, name and delegation (ids prefixed per form, so labels stay unique). */
export function NewPersonFields({ idPrefix, delegations }: { idPrefix: string; delegations: { code: string; name: string }[] }) {
  const t = useTranslations('admin');
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-email`}>{t('email')}</label>
        <input id={`${idPrefix}-email`} name="email" type="email" autoComplete="off" required />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>{t('name')}</label>
        <input id={`${idPrefix}-name`} name="name" autoComplete="off" required />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-delegation`}>{t('delegation')}</label>
        <select id={`${idPrefix}-delegation`} name="delegationCode" required defaultValue="">
          <option value="" disabled>
            {t('choose')}
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
