import type { ComponentChild } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { skillById, text } from '../../domain/catalog/index';
import { fmt, plural } from '../../i18n/format';
import { lang, messages } from '../../i18n/index';
import { catalog, followedRoles } from '../../state/catalog';
import { filterGroups, type SkillGroup, skillGroups } from './skill-groups';

/**
 * The one skill picker (log form, goal forms). What is chosen shows by name, always; a search
 * field finds any skill; the list, behind "Choose…", groups the followed roles' skills under
 * their names, with the other roles' one tap further. Controlled: `value` + `onChange(next)`;
 * `single` makes it a choice of one (radios). `invalid`/`error` come from fieldErrors.
 */
export function SkillPicker({
  legend,
  value,
  onChange,
  single = false,
  name = 'skill',
  invalid = {},
  error,
}: {
  legend: ComponentChild;
  value: readonly string[];
  onChange: (next: string[]) => void;
  single?: boolean;
  /** Distinguishes the inputs when a screen has more than one picker. */
  name?: string;
  invalid?: { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  error?: ComponentChild;
}) {
  const p = messages().log.picker;
  const [query, setQuery] = useState('');
  const [showOthers, setShowOthers] = useState(false);
  const groups = useMemo(
    () =>
      skillGroups(
        catalog.value,
        followedRoles.value.map((r) => r.id),
        lang.value,
      ),
    [catalog.value, followedRoles.value, lang.value],
  );
  const nameOf = (id: string) => {
    const s = skillById(catalog.value, id);
    return s ? text(s.name, lang.value) : id;
  };
  const chosen = new Set(value);
  const toggle = (id: string) => {
    if (single) onChange([id]);
    else onChange(chosen.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  };
  const searching = query.trim() !== '';
  const found = searching ? filterGroups([...groups.followed, ...groups.others], query) : [];
  const foundCount = found.reduce((n, g) => n + g.skills.length, 0);
  const noneFollowed = groups.followed.length === 0;

  const list = (shown: readonly SkillGroup[]) =>
    shown.map((g) => (
      <fieldset key={g.id || 'none'} class="skill-picker__group">
        <legend>{g.name || p.otherSkills}</legend>
        {g.skills.map((s) => (
          <label key={s.id} class="check-row">
            <input
              type={single ? 'radio' : 'checkbox'}
              name={single ? name : undefined}
              checked={chosen.has(s.id)}
              onChange={() => toggle(s.id)}
            />
            <span>{s.name}</span>
          </label>
        ))}
      </fieldset>
    ));

  return (
    <fieldset class="skill-picker" {...invalid}>
      <legend>{legend}</legend>
      {value.length > 0 &&
        (single ? (
          <p class="skill-picker__chosen">
            {p.chosen} <strong>{nameOf(value[0] ?? '')}</strong>
          </p>
        ) : (
          <ul class="chips" aria-label={p.chosenList}>
            {value.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  class="btn btn--secondary btn--small"
                  aria-label={fmt(p.remove, { skill: nameOf(id) })}
                  onClick={() => toggle(id)}
                >
                  {nameOf(id)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
      {error}
      <div class="field">
        <label for={`${name}-search`}>{p.search}</label>
        <input
          id={`${name}-search`}
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {searching ? (
        <div class="skill-picker__found">
          <p class="note" role="status">
            {foundCount === 0 ? p.none : plural(p.found, foundCount)}
          </p>
          {list(found)}
        </div>
      ) : (
        <details class="skill-picker__browse" open={single && value.length === 0}>
          <summary>{noneFollowed ? p.browseAll : p.browse}</summary>
          {list(noneFollowed ? groups.others : groups.followed)}
          {!noneFollowed && groups.others.length > 0 && (
            <>
              <button
                type="button"
                class="btn btn--ghost btn--small"
                aria-expanded={showOthers}
                onClick={() => setShowOthers(!showOthers)}
              >
                {showOthers ? p.hideOthers : p.showOthers}
              </button>
              {showOthers && list(groups.others)}
            </>
          )}
        </details>
      )}
    </fieldset>
  );
}
