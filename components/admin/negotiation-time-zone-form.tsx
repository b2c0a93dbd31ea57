import { JsonForm } from './json-form';

/** The zone the negotiation meets in: deadlines are typed and shown in it. */
export function NegotiationTimeZoneForm({
  negotiation,
  zones,
}: {
  negotiation: { id: string; title: string; timeZone: string };
  zones: string[];
}) {
  const id = `time-zone-${negotiation.id}`;
  return (
    <JsonForm
      action={`/api/negotiations/${negotiation.id}/time-zone`}
      method="PATCH"
      submitLabel="Save"
      submitAriaLabel={`Save the time zone of ${negotiation.title}`}
      doneMessage="Saved."
      className="inline-form"
    >
      <div className="field">
        <label htmlFor={id}>Time zone (deadlines are given in it)</label>
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
