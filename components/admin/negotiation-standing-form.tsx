import { JsonForm } from './json-form';

const statusLabels = { preparing: 'Preparing', open: 'Open', closed: 'Closed', archived: 'Archived' } as const;

/** Status and "open to all" of one negotiation. */
export function NegotiationStandingForm({
  negotiation,
}: {
  negotiation: { id: string; title: string; status: string; openToAll: boolean };
}) {
  const id = `standing-${negotiation.id}`;
  return (
    <JsonForm
      action={`/api/negotiations/${negotiation.id}`}
      method="PATCH"
      submitLabel="Save"
      submitAriaLabel={`Save the status of ${negotiation.title}`}
      doneMessage="Saved."
      className="inline-form"
    >
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} name="status" defaultValue={negotiation.status}>
          {Object.entries(statusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="openToAll" defaultChecked={negotiation.openToAll} /> Open to every signed-in person (read only)
        </label>
      </div>
    </JsonForm>
  );
}
