import { useEffect, useRef, useState } from 'preact/hooks';
import { text } from '../../../domain/catalog/index';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';

/**
 * Checkboxes for the roles a goal is limited to: the followed roles, and the others on request
 * (a role already chosen always shows). Controlled: value + onChange(next).
 */
export function RoleChecks({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const f = messages().goals.form;
  const [all, setAll] = useState(false);
  const followed = followedRoles.value;
  const others = catalog.value.roles.filter((r) => !followed.includes(r));
  const shown = [...followed, ...others.filter((r) => all || value.includes(r.id))];
  const hidden = others.length - (shown.length - followed.length);
  const box = useRef<HTMLFieldSetElement>(null);
  // The button goes away when pressed: focus the first role it revealed instead.
  useEffect(() => {
    if (all) box.current?.querySelectorAll('input')[followed.length]?.focus();
  }, [all]);
  return (
    <fieldset class="goal-form__roles" ref={box}>
      <legend>{legend}</legend>
      {shown.map((r) => (
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
      {hidden > 0 && !all && (
        <button type="button" class="btn btn--ghost btn--small" onClick={() => setAll(true)}>
          {f.moreRoles}
        </button>
      )}
    </fieldset>
  );
}
