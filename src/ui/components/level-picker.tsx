import { LEVEL_INFO, text } from '../../domain/catalog/index';
import type { Rating } from '../../domain/types';
import { lang } from '../../i18n/index';

const CHOICES: readonly Rating[] = [0, 1, 2, 3, 4, 'na'];

/**
 * The 0-4 scale plus "not relevant to me" as one radio group, each level with its descriptor,
 * so the user rates against words rather than numbers. Controlled: value + onChange.
 */
export function LevelPicker({
  legend,
  name,
  value,
  target,
  onChange,
}: {
  legend: string;
  name: string;
  value: Rating | null;
  /** Marks the level a role asks for. */
  target?: { level: number; label: string } | null;
  onChange: (next: Rating) => void;
}) {
  const l = lang.value;
  return (
    <fieldset class="level-picker">
      <legend>{legend}</legend>
      {CHOICES.map((r) => {
        const info = LEVEL_INFO[r];
        const id = `${name}-${r}`;
        return (
          <div key={r} class={`level-picker__item${r === 'na' ? ' level-picker__item--na' : ''}`}>
            <input
              type="radio"
              id={id}
              name={name}
              value={String(r)}
              checked={value === r}
              aria-describedby={`${id}-d`}
              onChange={() => onChange(r)}
            />
            <label for={id}>
              <span class="level-picker__name">
                {r !== 'na' && <span class="level-picker__num">{r}</span>}
                {text(info.name, l)}
                {target && r === target.level && (
                  <span class="badge badge--core">{target.label}</span>
                )}
              </span>
              <span class="level-picker__desc" id={`${id}-d`}>
                {text(info.description, l)}
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
