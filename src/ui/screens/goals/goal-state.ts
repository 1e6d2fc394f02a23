import type { WeekStartsOn } from '../../../domain/days';
import type { GoalOptions } from '../../../domain/goals/index';
import { deliverableStatus, isPaused, levelGoalStatus } from '../../../domain/goals/index';
import type { Activity, DayKey, Goal, Rating } from '../../../domain/types';
import type { GoalState } from '../../components/goal-status';
import { currentProgress } from './progress-view';

/**
 * Where a goal stands today, as the badge shows it, and whether it is finished (it then moves
 * to Done): a deliverable ticked, a level reached, a regular target whose end has passed.
 */
export function goalState(
  goal: Goal,
  rating: Rating | null | undefined,
  activities: readonly Activity[],
  today: DayKey,
  wso: WeekStartsOn,
  opts: GoalOptions,
): { state: GoalState; finished: boolean } {
  if (goal.kind === 'period') {
    const finished = goal.end !== undefined && goal.end < today;
    // Over: this week or month is not the goal's, so neither "In progress" nor "Met" applies.
    if (finished) return { state: 'ended', finished };
    if (isPaused(goal.pauses, today)) return { state: 'paused', finished };
    if (goal.start > today) return { state: 'upcoming', finished };
    const now = currentProgress(goal, activities, today, wso, opts);
    return { state: now.met ? 'met' : 'current', finished };
  }
  const status =
    goal.kind === 'level' ? levelGoalStatus(goal, rating, today) : deliverableStatus(goal, today);
  const state: GoalState =
    status === 'done'
      ? 'met'
      : status === 'overdue'
        ? 'missed'
        : status === 'paused'
          ? 'paused'
          : 'open';
  return { state, finished: status === 'done' };
}
