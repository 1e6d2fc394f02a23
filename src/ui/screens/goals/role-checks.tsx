import { text } from '../../../domain/catalog/index';
import { lang } from '../../../i18n/index';
import { catalog } from '../../../state/catalog';

/** Checkboxes for the roles a goal is limited to. Controlled: value + onChange(next). */
export function RoleChecks({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset class="goal-form__roles">
      <legend>{legend}</legend>
      {catalog.value.roles.map((r) => (
        <label key={r.id} class="check-row">
          <input
            type="checkbox"
            checked={value.includes(r.id)}
            onChange={() =>
              onChange(value.includes(r.id) ? value.filter((x) => x !== r.id) : [...value, r.id])
            }
          />
          <span>{text(r.name, lang.value)}</span>
        </label>
      ))}
    </fieldset>
  );
}
