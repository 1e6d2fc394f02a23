import type { RoleReadinessDetail } from '../../../domain/progress/index';
import type { RoleDef } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { ReadinessMeter } from '../../components/readiness-meter';
import { percent, t } from './helpers';

/** Readiness to show: a dash (null) until at least one counted skill is rated. */
export function shownReadiness(detail: RoleReadinessDetail): number | null {
  return detail.rated === 0 ? null : detail.readiness;
}

/**
 * A role's readiness as a person reads it: the percentage with what it means beside it, core
 * skills at target in whole numbers, and why the count is smaller when skills were set aside.
 * With nothing rated yet: a dash and what to do, never a discouraging 0%.
 */
export function ReadinessSummary({ role, detail }: { role: RoleDef; detail: RoleReadinessDetail }) {
  const m = messages().roles;
  const name = t(role.name);
  const value = shownReadiness(detail);
  const core = detail.skills.filter((s) => s.core && s.counted);
  const coreDone = core.filter((s) => s.gap === 0).length;
  return (
    <div class="readiness-summary" data-testid="readiness-summary">
      <ReadinessMeter
        value={value}
        shown={percent(value)}
        label={fmt(m.readinessOf, { role: name, value: percent(value) })}
        meaning={value === null ? m.noRatingYet : m.readinessMeaning}
        hint={
          value === null || core.length === 0
            ? undefined
            : plural(m.coreAtTargetOf, core.length, { done: coreDone })
        }
      />
      {detail.notRelevant > 0 && (
        <p class="note" data-testid="left-out">
          {plural(m.leftOut, detail.notRelevant, { counted: detail.counted })}
        </p>
      )}
    </div>
  );
}
