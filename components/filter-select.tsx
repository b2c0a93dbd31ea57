interface FilterSelectProps {
  /** Form field name and element id. */
  name: string;
  label: string;
  /** The choice that filters nothing, e.g. "All kinds". */
  anyLabel: string;
  value: string | undefined;
  options: readonly (string | { value: string; label: string })[];
}

/** One labelled select of a GET filter form; an empty value means "no filter". */
export function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </select>
    </div>
  );
}
