/** Radio buttons drawn as one segmented control: screen readers and the keyboard get a radio group. */
export function Segmented<T extends string>({
  name,
  labelledBy,
  options,
  value,
  onChange,
}: {
  name: string;
  labelledBy: string;
  options: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div class="segmented" role="radiogroup" aria-labelledby={labelledBy}>
      {options.map(([v, label]) => (
        <label key={v} class="segmented__opt">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}
