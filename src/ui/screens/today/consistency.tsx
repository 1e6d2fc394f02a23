import type { ConsistencyView } from '../../../domain/goals/index';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { GoalStatus } from '../../components/goal-status';

/**
 * Consistency as a person reads it: this week's active days against the aim ("3 of 3 days
 * this week", marked met at once) and the long-term habit as a word (building, steady,
 * slipping). The 0-100 score is not the headline: it starts low by design (see README).
 */
export function Consistency({
  view,
  fromGoal,
  streak,
}: {
  view: ConsistencyView;
  /** Whether the aim comes from the person's own weekly goal (else the default of 3). */
  fromGoal: boolean;
  streak: number | null;
}) {
  const t = messages().today;
  const c = t.consistency;
  return (
    <section class="card today-score" aria-labelledby="today-score" data-testid="consistency">
      <h2 id="today-score">{t.consistencyHeading}</h2>
      {view.trend === null ? (
        <>
          <p class="today-score__value" aria-hidden="true">
            –
          </p>
          <p class="note">{c.none}</p>
        </>
      ) : (
        <>
          <p class="today-score__week">
            <span class="today-score__value">
              {plural(c.days, view.aim, { done: view.activeDays })}
            </span>
            {view.aimMet && <GoalStatus state="met" label={c.aimMet} />}
          </p>
          <p class="note">{fmt(fromGoal ? c.aimFromGoal : c.aimDefault, { n: view.aim })}</p>
          <p class="today-score__trend">
            <strong>{fmt(c.trendLabel, { trend: c.trend[view.trend] })}</strong>{' '}
            {c.trendMeaning[view.trend]}
          </p>
        </>
      )}
      {streak !== null && view.trend !== null && (
        <p class="today-streak">{streak > 0 ? plural(t.streak, streak) : t.streakNone}</p>
      )}
    </section>
  );
}
