import { LEVEL_INFO, skillById, text } from '../../../domain/catalog/index';
import { daysBetween, type WeekStartsOn } from '../../../domain/days';
import { deliverableStatus, isPaused, levelGoalStatus } from '../../../domain/goals/index';
import type { Activity, DayKey, Goal, PeriodGoal } from '../../../domain/types';
import { fmt, formatDay, formatNumber, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, ratings } from '../../../state/catalog';
import {
  goalOptions,
  pause,
  removeGoal,
  resume,
  setArchived,
  tickDeliverable,
} from '../../../state/goals';
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
}: {
  goal: Goal;
  activities: readonly Activity[];
  today: DayKey;
  wso: WeekStartsOn;
}) {
  const m = messages();
  const g = m.goals;
  const paused = isPaused(goal.pauses, today);
  return (
    <article class="card goal-card" aria-labelledby={`goal-${goal.id}`}>
      <h2 id={`goal-${goal.id}`}>
        {goal.title}
        {paused && <span class="badge badge--warn">{g.progress.paused}</span>}
      </h2>
      {goal.kind === 'period' && (
        <PeriodBody goal={goal} activities={activities} today={today} wso={wso} />
      )}
      {goal.kind === 'level' && (
        <p>
          {dueText(goal.due, today)} ·{' '}
          {fmt(g.progress.reachedLevel, {
            level: text(LEVEL_INFO[ratings.value.get(goal.skillId) ?? 0].name, lang.value),
          })}{' '}
          <span class="badge">
            {statusLabel(levelGoalStatus(goal, ratings.value.get(goal.skillId), today))}
          </span>
        </p>
      )}
      {goal.kind === 'deliverable' && (
        <p>
          {goal.doneOn
            ? fmt(g.progress.done, { day: formatDay(goal.doneOn) })
            : dueText(goal.due, today)}{' '}
          <span class="badge">{statusLabel(deliverableStatus(goal, today))}</span>
        </p>
      )}
      <div class="goal-card__actions">
        {goal.kind === 'deliverable' && !goal.archived && (
          <button
            type="button"
            class="btn btn--small"
            onClick={() => void tickDeliverable(goal.id, !goal.doneOn)}
          >
            {goal.doneOn ? g.actions.markUndone : g.actions.markDone}
          </button>
        )}
        <a
          class="btn btn--secondary btn--small"
          href={`/goals/${encodeURIComponent(goal.id)}/edit`}
        >
          {g.actions.edit}
          <span class="visually-hidden">: {goal.title}</span>
        </a>
        {!goal.archived && (
          <button
            type="button"
            class="btn btn--secondary btn--small"
            onClick={() => void (paused ? resume(goal.id) : pause(goal.id))}
          >
            {paused ? g.actions.resume : g.actions.pause}
          </button>
        )}
        <button
          type="button"
          class="btn btn--secondary btn--small"
          onClick={() => void setArchived(goal.id, !goal.archived)}
        >
          {goal.archived ? g.actions.unarchive : g.actions.archive}
        </button>
        <button
          type="button"
          class="btn btn--ghost btn--small"
          onClick={() => void removeGoal(goal.id)}
        >
          {g.actions.delete}
          <span class="visually-hidden">: {goal.title}</span>
        </button>
      </div>
    </article>
  );
}

function statusLabel(s: string): string {
  const p = messages().goals.progress;
  switch (s) {
    case 'done':
      return p.met;
    case 'overdue':
      return p.missed;
    case 'paused':
      return p.paused;
    default:
      return p.open;
  }
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
      {limits.length > 0 && <p class="note">{limits.join(' · ')}</p>}
      <h3 class="goal-card__period">{goal.period === 'week' ? p.thisWeek : p.thisMonth}</h3>
      <GoalBar goal={goal} done={now.done} target={now.target} />
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
