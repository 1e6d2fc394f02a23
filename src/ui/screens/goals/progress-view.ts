import { addDays, maxDay, monthStart, type WeekStartsOn } from '../../../domain/days';
import {
  type GoalOptions,
  goalHistory,
  type PeriodProgress,
  type PeriodRecord,
  periodGoalProgress,
  periodOf,
} from '../../../domain/goals/index';
import type { Activity, DayKey, PeriodGoal } from '../../../domain/types';

// What the goal cards and Today show, from a window of the log (never the whole history).

export const HISTORY_WEEKS = 8;
export const HISTORY_MONTHS = 6;

/** First day the goals screen needs: the start of the 6th month back (covers 8 weeks too). */
export function goalsWindowStart(today: DayKey): DayKey {
  let start = monthStart(today);
  for (let i = 1; i < HISTORY_MONTHS; i++) start = monthStart(addDays(start, -1));
  return start;
}

/** This period's progress for a period goal. */
export function currentProgress(
  goal: PeriodGoal,
  activities: readonly Activity[],
  today: DayKey,
  wso: WeekStartsOn,
  opts: GoalOptions,
): PeriodProgress {
  return periodGoalProgress(goal, activities, periodOf(today, goal.period, wso), opts);
}

/** The last few periods (newest first), computed only over the window that was read. */
export function recentHistory(
  goal: PeriodGoal,
  activities: readonly Activity[],
  today: DayKey,
  wso: WeekStartsOn,
  opts: GoalOptions,
): PeriodRecord[] {
  const windowStart =
    goal.period === 'week'
      ? periodOf(addDays(today, -7 * (HISTORY_WEEKS - 1)), 'week', wso).start
      : goalsWindowStart(today);
  const start = maxDay(goal.start, windowStart);
  return goalHistory({ ...goal, start }, activities, today, wso, opts).reverse();
}
