// Goals with a due date: reach a level in a skill, or deliver something once.
// A pause shows the goal as 'paused' while it lasts; it does not move the due date (the user
// edits the date if the pause changed the plan, and the app does not guess for them).

import { daysBetween } from '../days';
import type { DayKey, DeliverableGoal, Goal, LevelGoal, Rating } from '../types';
import { isPaused } from './periods';

export type DeadlineStatus = 'done' | 'due-soon' | 'overdue' | 'open' | 'paused';

/** "Due soon" means due today or within this many days. */
export const DUE_SOON_DAYS = 7;

/** Done when the current rating reaches the level ('na' never does); then by date. */
export function levelGoalStatus(
  goal: LevelGoal,
  currentRating: Rating | null | undefined,
  today: DayKey,
): DeadlineStatus {
  const reached = typeof currentRating === 'number' && currentRating >= goal.level;
  return statusOf(reached, goal, today);
}

/** Done when ticked (doneOn set), whatever the date; then by date. */
export function deliverableStatus(goal: DeliverableGoal, today: DayKey): DeadlineStatus {
  return statusOf(goal.doneOn !== undefined, goal, today);
}

function statusOf(done: boolean, goal: LevelGoal | DeliverableGoal, today: DayKey): DeadlineStatus {
  if (done) return 'done';
  if (isPaused(goal.pauses, today)) return 'paused';
  const left = daysBetween(today, goal.due);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

export interface DueItem {
  readonly goal: LevelGoal | DeliverableGoal;
  readonly due: DayKey;
  readonly status: 'due-soon' | 'overdue';
  /** Days until due: 0 today, negative when overdue. */
  readonly daysLeft: number;
}

/**
 * What needs attention now: level and deliverable goals due within DUE_SOON_DAYS or overdue,
 * oldest due date first (ties by title). Archived, done and paused goals are left out.
 * Period goals are not here: their "not met yet this week" is a reminder rule.
 */
export function dueItems(
  goals: readonly Goal[],
  today: DayKey,
  ratingOf: (skillId: string) => Rating | null | undefined,
): DueItem[] {
  const items: DueItem[] = [];
  for (const goal of goals) {
    if (goal.archived || goal.kind === 'period') continue;
    const status =
      goal.kind === 'level'
        ? levelGoalStatus(goal, ratingOf(goal.skillId), today)
        : deliverableStatus(goal, today);
    if (status !== 'due-soon' && status !== 'overdue') continue;
    items.push({ goal, due: goal.due, status, daysLeft: daysBetween(today, goal.due) });
  }
  return items.sort((a, b) =>
    a.due === b.due ? a.goal.title.localeCompare(b.goal.title) : a.due < b.due ? -1 : 1,
  );
}
