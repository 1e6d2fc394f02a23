import { useMemo, useState } from 'preact/hooks';
import { text } from '../../../domain/catalog/index';
import type { Catalog, Lang, RoleDef } from '../../../domain/types';
import { plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';

export interface SkillOption {
  readonly id: string;
  readonly name: string;
}

/** Skills to pick from: the followed roles' skills first, then the rest by name. */
export function skillOptions(cat: Catalog, followed: readonly RoleDef[], l: Lang): SkillOption[] {
  const first = new Set<string>();
  for (const role of followed) for (const link of role.links) first.add(link.skillId);
  const byName = (a: SkillOption, b: SkillOption) => a.name.localeCompare(b.name, l);
  const all = cat.skills
    .filter((s) => !s.retired)
    .map((s) => ({ id: s.id, name: text(s.name, l), followed: first.has(s.id) }));
  return [
    ...all.filter((s) => s.followed).sort(byName),
    ...all.filter((s) => !s.followed).sort(byName),
  ];
}

/** Multi-select with search. Controlled: `value` (skill ids) + `onChange(next)`. */
export function SkillPicker({
  value,
  onChange,
  open,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  open?: boolean;
}) {
  const m = messages().log.form;
  const [query, setQuery] = useState('');
  const options = useMemo(
    () => skillOptions(catalog.value, followedRoles.value, lang.value),
    [catalog.value, followedRoles.value, lang.value],
  );
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? options.filter((o) => o.name.toLocaleLowerCase().includes(q)) : options;
  const selected = new Set(value);
  const toggle = (id: string) =>
    onChange(selected.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <details class="skill-picker card" open={open}>
      <summary>
        <span class="label">{m.skills}</span>{' '}
        <span class="badge">{plural(m.skillsSelected, value.length)}</span>
      </summary>
      {value.length > 0 && (
        <ul class="chips" aria-label={m.skills}>
          {value.map((id) => (
            <li key={id}>
              <button
                type="button"
                class="chip chip--on"
                aria-pressed="true"
                onClick={() => toggle(id)}
              >
                {options.find((o) => o.id === id)?.name ?? id} ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="skill-search">{m.skillsSearch}</label>
        <input
          id="skill-search"
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <fieldset class="skill-picker__list">
        <legend class="visually-hidden">{m.skills}</legend>
        {shown.length === 0 && <p class="note">{m.skillsNone}</p>}
        {shown.map((o) => (
          <label key={o.id} class="check-row">
            <input type="checkbox" checked={selected.has(o.id)} onChange={() => toggle(o.id)} />
            <span>{o.name}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
