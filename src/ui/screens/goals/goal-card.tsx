import { LEVEL_INFO, skillById, text } from '../../../domain/catalog/index';
import { daysBetween, type WeekStartsOn } from '../../../domain/days';
import { isPaused } from '../../../domain/goals/index';
import type {
  Activity,
  DayKey,
  Goal,
  Level,
  LevelGoal,
  PeriodGoal,
  Rating,
} from '../../../domain/types';
import { fmt, formatDay, formatNumber, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, ratings } from '../../../state/catalog';
import { goalOptions } from '../../../state/goals';
import { GoalStatus } from '../../components/goal-status';
import { Names } from '../../components/user-text';
import { GoalActions } from './goal-actions';
import { goalState } from './goal-state';
import { currentProgress, recentHistory } from './progress-view';

/** "3 of 5 sessions" / "45 of 120 minutes" for a period goal. */
export function amountText(goal: PeriodGoal, n: number): string {
  const m = messages().common;
  return goal.measure === 'sessions' ? plural(m.sessions, n) : plural(m.minutes, n);
}

/** A progress bar with its numbers as text (the bar itself is decoration). */
export function GoalBar({
  goal,
  done,
  target,
}: {
  goal: PeriodGoal;
  done: number;
  target: number;
}) {
  const g = messages().goals.progress;
  const pct = target > 0 ? Math.min(100, Math.round((done / target) * 100)) : 100;
  return (
    <div class="goal-bar">
      <div class="progress-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </div>
      <span class="goal-bar__text">
        {fmt(g.of, { done: formatNumber(done), target: amountText(goal, target) })}
      </span>
    </div>
  );
}

export function dueText(due: DayKey, today: DayKey): string {
  const g = messages().goals.progress;
  const left = daysBetween(today, due);
  if (left < 0) return fmt(g.overdue, { day: formatDay(due) });
  if (left === 0) return g.dueToday;
  if (left <= 7) return plural(g.dueIn, left);
  return fmt(g.due, { day: formatDay(due) });
}

export function GoalCard({
  goal,
  activities,
  today,
  wso,
  heading = 'h2',
}: {
  goal: Goal;
  activities: readonly Activity[];
  today: DayKey;
  wso: WeekStartsOn;
  heading?: 'h2' | 'h3';
}) {
  const p = messages().goals.progress;
  const paused = isPaused(goal.pauses, today);
  const rating = goal.kind === 'level' ? ratings.value.get(goal.skillId) : undefined;
  const { state, finished } = goalState(goal, rating, activities, today, wso, goalOptions.value);
  const Heading = heading;
  // A regular target met now is met for this period, not for good: the badge says which.
  const label =
    goal.kind === 'period' && state === 'met'
      ? goal.period === 'week'
        ? p.metWeek
        : p.metMonth
      : undefined;
  return (
    <article class="card goal-card" aria-labelledby={`goal-${goal.id}`}>
      <div class="goal-card__head">
        <Heading id={`goal-${goal.id}`}>{goal.title}</Heading>
        <GoalStatus state={state} label={label} />
      </div>
      {goal.kind === 'period' && (
        <PeriodBody goal={goal} activities={activities} today={today} wso={wso} />
      )}
      {goal.kind === 'level' && <LevelSteps goal={goal} rating={rating} today={today} />}
      {goal.kind === 'deliverable' && (
        <p>
          {goal.doneOn ? fmt(p.done, { day: formatDay(goal.doneOn) }) : dueText(goal.due, today)}
        </p>
      )}
      <GoalActions goal={goal} paused={paused} finished={finished} />
    </article>
  );
}

/** A level goal as steps: one per level up to the one aimed for, the reached ones filled. */
function LevelSteps({
  goal,
  rating,
  today,
}: {
  goal: LevelGoal;
  rating: Rating | null | undefined;
  today: DayKey;
}) {
  const p = messages().goals.progress;
  const current = typeof rating === 'number' ? rating : 0;
  const left = Math.max(0, goal.level - current);
  const name = (l: number) => text(LEVEL_INFO[l as Level].name, lang.value);
  const steps = Array.from({ length: goal.level }, (_, i) => i + 1);
  return (
    <>
      <p>{fmt(p.levelNow, { current: name(current), target: name(goal.level) })}</p>
      <div class="goal-steps">
        <ol aria-hidden="true">
          {steps.map((l) => (
            <li key={l} class={l <= current ? 'is-done' : undefined} />
          ))}
        </ol>
        <span>
          {fmt(p.levelOf, { current: Math.min(current, goal.level), target: goal.level })}
          {left > 0 && ` · ${plural(p.stepsLeft, left)}`}
        </span>
      </div>
      {left > 0 && <p class="note">{dueText(goal.due, today)}</p>}
    </>
  );
}

function PeriodBody({
  goal,
  activities,
  today,
  wso,
}: {
  goal: PeriodGoal;
  activities: readonly Activity[];
  today: DayKey;
  wso: WeekStartsOn;
}) {
  const p = messages().goals.progress;
  const opts = goalOptions.value;
  const now = currentProgress(goal, activities, today, wso, opts);
  const history = recentHistory(goal, activities, today, wso, opts).slice(1);
  const skills = goal.skillIds
    .map((id) => skillById(catalog.value, id))
    .filter((s) => s !== undefined);
  const roles = goal.roleIds
    .map((id) => catalog.value.roles.find((r) => r.id === id))
    .filter((r) => r !== undefined);
  const limits = [
    ...roles.map((r) => text(r.name, lang.value)),
    ...skills.map((s) => text(s.name, lang.value)),
  ];
  return (
    <>
      {limits.length > 0 && (
        <p class="note">
          <Names names={limits} separator=" · " />
        </p>
      )}
      {/* A period the goal does not cover (it ended, or it is paused all through) has nothing
          to count: no "0 of 0" with a full bar. */}
      {now.target > 0 && (
        <>
          <h3 class="goal-card__period">{goal.period === 'week' ? p.thisWeek : p.thisMonth}</h3>
          <GoalBar goal={goal} done={now.done} target={now.target} />
        </>
      )}
      {history.length > 0 && (
        <div class="goal-history">
          <h3>{p.history}</h3>
          <ul class="goal-history__list">
            {history.map((r) => (
              <li key={r.range.start} class={`period period--${r.status}`}>
                {fmt(p.historyItem, {
                  period: formatDay(r.range.start, goal.period === 'week' ? 'd MMM' : 'MMM yyyy'),
                  status: p[r.status],
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
