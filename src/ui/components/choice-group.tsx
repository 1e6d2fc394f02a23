/** A labelled set of radio buttons shown as a segmented control. Controlled: value + onChange. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string; lang?: string }[];
  onChange: (next: T) => void;
}) {
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      <div class="choice-group__options">
        {options.map((o) => (
          <label key={o.value} class="choice" lang={o.lang}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
