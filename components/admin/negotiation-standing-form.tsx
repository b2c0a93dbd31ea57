import { useTranslations } from 'next-intl';
import { JsonForm } from './json-form';

const statuses = ['preparing', 'open', 'closed', 'archived'] as const;

/** Status and "open to all" of one negotiation. */
export function NegotiationStandingForm({
  negotiation,
}: {
  negotiation: { id: string; title: string; status: string; openToAll: boolean };
}) {
  const t = useTranslations('admin');
  const id = `standing-${negotiation.id}`;
  return (
    <JsonForm
      action={`/api/negotiations/${negotiation.id}`}
      method="PATCH"
      submitLabel={t('save')}
      submitAriaLabel={t('saveStatusOf', { title: negotiation.title })}
      doneMessage={t('saved')}
      className="inline-form"
    >
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('status')}</label>
        <select id={`${id}-status`} name="status" defaultValue={negotiation.status}>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {t(`statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="openToAll" defaultChecked={negotiation.openToAll} /> {t('openToAll')}
        </label>
      </div>
    </JsonForm>
  );
}
