import { useTranslations } from 'next-intl';
import { JsonForm } from './json-form';

/** The zone the negotiation meets in: deadlines are typed and shown in it. */
export function NegotiationTimeZoneForm({
  negotiation,
  zones,
}: {
  negotiation: { id: string; title: string; timeZone: string };
  zones: string[];
}) {
  const t = useTranslations('admin');
  const id = `time-zone-${negotiation.id}`;
  return (
    <JsonForm
      action={`/api/negotiations/${negotiation.id}/time-zone`}
      method="PATCH"
      submitLabel={t('save')}
      submitAriaLabel={t('saveTimeZoneOf', { title: negotiation.title })}
      doneMessage={t('saved')}
      className="inline-form"
    >
      <div className="field">
        <label htmlFor={id}>{t('timeZone')}</label>
        <input
          id={id}
          name="timeZone"
          list={`${id}-zones`}
          defaultValue={negotiation.timeZone}
          required
          data-testid="negotiation-time-zone-input"
        />
        <datalist id={`${id}-zones`}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
    </JsonForm>
  );
}
