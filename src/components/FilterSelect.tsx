export type FilterOption = { value: string; label: string }

/**
 * One labelled drop-down of a GET filter form (directory, good-practice library): the choice
 * travels in the query string, so the filters work without JavaScript.
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string
  name: string
  label: string
  value: string | null
  /** The empty first choice ("any"); omitted for a select that always has a value, such as sorting. */
  anyLabel?: string
  options: readonly FilterOption[]
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
