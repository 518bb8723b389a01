interface Props<T extends string> {
  legend: string
  options: readonly T[]
  checked: readonly T[]
  label: (option: T) => string
  onChange: (checked: T[]) => void
  /** Lay the boxes out in two columns (long lists). */
  columns?: boolean
}

/** A set of checkboxes for the values of one list field. */
export function CheckboxGroup<T extends string>(props: Props<T>) {
  const { options, checked } = props
  const toggle = (option: T) =>
    props.onChange(
      checked.includes(option) ? checked.filter((item) => item !== option) : [...checked, option],
    )
  return (
    <fieldset className="mt-2">
      <legend className="text-[13px] font-medium text-slate-700">{props.legend}</legend>
      <div
        className={`text-[13px] ${props.columns ? "grid grid-cols-2 gap-x-3 gap-y-0.5" : "flex flex-wrap gap-x-3"}`}
      >
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={checked.includes(option)}
              onChange={() => toggle(option)}
            />
            {props.label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
