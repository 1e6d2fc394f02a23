import { LEVEL_INFO, text } from '../../domain/catalog/index';
import type { Rating, SkillLevels } from '../../domain/types';
import { lang } from '../../i18n/index';
import { LevelMeaning } from './level-meaning';

const CHOICES: readonly Rating[] = [0, 1, 2, 3, 4, 'na'];

/**
 * The 0-4 scale plus "not relevant to me" as one radio group, each level with its descriptor
 * (the skill's own, when it has them), so the user rates against words rather than numbers.
 * Controlled: value + onChange.
 */
export function LevelPicker({
  legend,
  name,
  value,
  target,
  lines,
  onChange,
}: {
  legend: string;
  name: string;
  value: Rating | null;
  /** Marks the level a role asks for. */
  target?: { level: number; label: string } | null;
  /** The rated skill's own line per level 1-4, shown instead of the scale's general one. */
  lines?: SkillLevels | undefined;
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
              <LevelMeaning level={r} lines={lines} id={`${id}-d`} />
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
