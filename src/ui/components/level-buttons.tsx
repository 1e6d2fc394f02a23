import type { Answer } from '../../domain/assess/run';
import { LEVEL_INFO, text } from '../../domain/catalog/index';
import type { Level, Rating, SkillLevels } from '../../domain/types';
import { lang, messages } from '../../i18n/index';
import { LevelMeaning } from './level-meaning';

// The level picker's look, shared: one stylesheet for both ways of rating.

const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];

/**
 * The 0-4 scale as five buttons, each with its meaning, so every step shows what the levels
 * mean. One tap records the level and moves on (buttons, not radios: arrow keys on a radio
 * group would answer and advance at every key press).
 */
export function LevelButtons({
  legend,
  hint,
  chosen,
  target,
  disabled,
  lines,
  onPick,
}: {
  legend: string;
  hint?: string | undefined;
  /** The answer given earlier (back to this skill), or the skill's current rating. */
  chosen: Answer | null;
  target: Level;
  disabled: boolean;
  /** The skill's own line per level 1-4, shown instead of the scale's general one. */
  lines?: SkillLevels | undefined;
  onPick: (rating: Rating) => void;
}) {
  const l = lang.value;
  const m = messages().assess;
  return (
    <fieldset class="level-picker level-buttons">
      <legend>{legend}</legend>
      {hint && <p class="note">{hint}</p>}
      {LEVELS.map((level) => {
        const info = LEVEL_INFO[level];
        return (
          <div key={level} class="level-picker__item">
            <button
              type="button"
              aria-pressed={chosen === level}
              disabled={disabled}
              onClick={() => onPick(level)}
            >
              <span class="level-picker__name">
                <span class="level-picker__num" aria-hidden="true">
                  {level}
                </span>
                {text(info.name, l)}
                {level === target && <span class="badge badge--core">{m.target}</span>}
              </span>
              <LevelMeaning level={level} lines={lines} />
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
