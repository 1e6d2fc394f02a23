import { currentLevelsOf } from '../../../domain/progress/index';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { followedRoles, skillStates } from '../../../state/catalog';
import { today } from '../../../state/log';
import { reviewMonths } from '../../../state/review';
import { historyBySkill } from '../../../state/skills';
import { t } from '../roles/helpers';

/**
 * How much of each role's readiness rests on levels that are up to date: of the levels that add
 * to it, how many are not waiting for a re-confirmation. Someone who confirmed everything they
 * were asked about reads "All 9 levels are up to date". Hidden with the setting off, and
 * before any level adds to readiness.
 */
export function CurrentLevels() {
  const setting = reviewMonths.value;
  if (setting === 'off') return null;
  const now = today();
  const rows = followedRoles.value
    .map((role) => ({
      role,
      ...currentLevelsOf(role, skillStates.value, historyBySkill.value, setting, now),
    }))
    .filter((row) => row.behind > 0);
  if (rows.length === 0) return null;
  const r = messages().review;
  return (
    <section class="card" aria-labelledby="current-levels-h" data-testid="current-levels">
      <h2 id="current-levels-h">{r.progressHeading}</h2>
      <p class="note">{fmt(r.progressIntro, { months: plural(r.months, setting) })}</p>
      <ul class="list">
        {rows.map(({ role, behind, due }) => (
          <li key={role.id} class="row-link">
            <strong>{t(role.name)}</strong>
            <span>
              {due === 0 ? (
                plural(r.progressAll, behind)
              ) : (
                <>
                  {fmt(r.progressSome, { current: behind - due, n: behind })} ·{' '}
                  <a href="/">{plural(r.progressDue, due)}</a>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
