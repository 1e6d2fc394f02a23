import { LEVEL_INFO, text } from '../../domain/catalog/index';
import type { Rating, SkillLevels } from '../../domain/types';
import { lang } from '../../i18n/index';

/**
 * What a level means where a person rates one skill: the skill's own line for levels 1-4 when
 * it has them ("Confident in crisis response" in concrete terms), else the scale's general
 * meaning. It takes the general line's place rather than adding a second one, so each choice
 * stays one name and one line, readable on a phone at 200% text.
 */
export function levelMeaning(level: Rating, lines: SkillLevels | undefined): string {
  const own = level === 0 || level === 'na' ? undefined : lines?.[level];
  const ownText = own === undefined ? '' : text(own, lang.value).trim();
  return ownText || text(LEVEL_INFO[level].description, lang.value);
}

/** The line under a level's name in the level picker and the assessment's level buttons. */
export function LevelMeaning({
  level,
  lines,
  id,
}: {
  level: Rating;
  lines: SkillLevels | undefined;
  id?: string;
}) {
  return (
    <span class="level-picker__desc" id={id}>
      {levelMeaning(level, lines)}
    </span>
  );
}
