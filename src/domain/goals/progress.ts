// Progress of "N sessions / M minutes per week or month" goals, always recomputed from the log.
//
// Rules (what a user sees):
// - An activity counts for a goal when the goal has no skill and no role limit, or when it
//   touches one of the goal's skills or a skill of one of the goal's roles. It counts once,
//   however many of those skills it touches.
// - A goal counts whole periods, from the first day of the period it starts in: "3 sessions
//   per week" set up on Wednesday counts Monday's and Tuesday's sessions too, so Today's
//   "This week: 2 sessions" and the goal's "2 of 3" never disagree. That first period asks for
//   the full target (the sessions already done in it count towards it). Days after its end
//   (if any) do not belong to the goal.
// - Pauses (from inclusive, to exclusive, open-ended without `to`) count as neither done nor
//   missed: a period with no active day is 'paused'; a partly active period asks for
//   ceil(target x activeDays / daysInPeriod). Ceil, so one active day still asks for at
//   least one session: the goal is eased, never silently switched off. The same proration
//   applies to a last period cut by the goal's end.
// - Activities logged on paused days still count: a pause lowers what is asked, it never
//   hides work that was done.

import { eachDay, maxDay, minDay, type WeekStartsOn } from '../days';
import { INPUT } from '../limits';
import type { Activity, DayKey, PeriodGoal } from '../types';
import { type DayRange, isPaused, periodOf, periodsBetween, rangeIndexOf } from './periods';

export interface GoalOptions {
  /** The skills of a role (built-in or custom), to resolve a goal limited to roles. */
  readonly roleSkillIds: (roleId: string) => readonly string[];
}

export interface PeriodProgress {
  /** Sessions or minutes done, as the goal measures. */
  readonly done: number;
  /** What this period asks for, after proration for pauses; 0 when fully paused. */
  readonly target: number;
  readonly met: boolean;
  /** Days of the period that belong to the goal and are not paused. */
  readonly activeDays: number;
}

export type PeriodStatus = 'met' | 'missed' | 'paused' | 'current' | 'upcoming';

export interface PeriodRecord extends PeriodProgress {
  readonly range: DayRange;
  readonly status: PeriodStatus;
}

/** A predicate telling whether an activity counts for the goal (built once per goal). */
export function goalMatcher(
  goal: Pick<PeriodGoal, 'skillIds' | 'roleIds'>,
  opts: GoalOptions,
): (activity: Activity) => boolean {
  if (goal.skillIds.length === 0 && goal.roleIds.length === 0) return () => true;
  const skills = new Set<string>(goal.skillIds);
  for (const roleId of goal.roleIds) for (const id of opts.roleSkillIds(roleId)) skills.add(id);
  return (a) => a.skillIds.some((id) => skills.has(id));
}

/** Progress of a period goal in one period (usually the current one). */
export function periodGoalProgress(
  goal: PeriodGoal,
  activities: readonly Activity[],
  period: DayRange,
  opts: GoalOptions,
): PeriodProgress {
  const matches = goalMatcher(goal, opts);
  const span = goalSpan(goal, period);
  let done = 0;
  if (span) {
    for (const a of activities) {
      if (a.day >= span.start && a.day <= span.end && matches(a)) done += amount(goal, a);
    }
  }
  return progressOf(goal, period, done);
}

/**
 * One record per period from the goal's start to today (or its end, if earlier). The current
 * period is 'met' as soon as it is met, 'current' until it is over. A goal that starts in the
 * future yields its first period as 'upcoming'. Archived goals work the same way.
 */
export function goalHistory(
  goal: PeriodGoal,
  activities: readonly Activity[],
  today: DayKey,
  weekStartsOn: WeekStartsOn,
  opts: GoalOptions,
): PeriodRecord[] {
  if (today < goal.start) {
    const range = periodOf(goal.start, goal.period, weekStartsOn);
    return [{ range, status: 'upcoming', ...progressOf(goal, range, 0) }];
  }
  const last = goal.end === undefined ? today : minDay(today, goal.end);
  // History is shown from 2000 on at most: a start of 0001-01-01 (a typo an older version
  // kept) would otherwise mean 100,000 weeks to count, with no activity in any of them.
  const from = maxDay(goal.start, INPUT.days.min);
  const ranges = periodsBetween(from, maxDay(from, last), goal.period, weekStartsOn);
  const lastRange = ranges[ranges.length - 1];
  if (!lastRange) return [];
  const matches = goalMatcher(goal, opts);
  const spanEnd = goal.end === undefined ? lastRange.end : minDay(lastRange.end, goal.end);
  const done = new Array<number>(ranges.length).fill(0);
  for (const a of activities) {
    if (a.day < firstCountedDay(ranges) || a.day > spanEnd || !matches(a)) continue;
    const i = rangeIndexOf(ranges, a.day);
    done[i] = (done[i] ?? 0) + amount(goal, a);
  }
  return ranges.map((range, i) => {
    const progress = progressOf(goal, range, done[i] ?? 0);
    const over = today > (goal.end === undefined ? range.end : minDay(range.end, goal.end));
    return { range, status: statusOf(progress, over), ...progress };
  });
}

function statusOf(p: PeriodProgress, over: boolean): PeriodStatus {
  if (p.activeDays === 0) return 'paused';
  if (p.met) return 'met';
  return over ? 'missed' : 'current';
}

function amount(goal: PeriodGoal, a: Activity): number {
  return goal.measure === 'sessions' ? 1 : a.minutes;
}

/** The first day counted: the start of the first period (the one the goal starts in). */
function firstCountedDay(ranges: readonly DayRange[]): DayKey {
  return ranges[0]?.start ?? '';
}

/**
 * The part of `range` that belongs to the goal: all of it from the period the goal starts in
 * (whole periods, see the rules above), cut only by the goal's end. Null if none.
 */
function goalSpan(goal: PeriodGoal, range: DayRange): DayRange | null {
  if (goal.start > range.end) return null;
  const end = goal.end === undefined ? range.end : minDay(range.end, goal.end);
  return range.start <= end ? { start: range.start, end } : null;
}

function progressOf(goal: PeriodGoal, range: DayRange, done: number): PeriodProgress {
  const days = eachDay(range.start, range.end);
  const span = goalSpan(goal, range);
  let activeDays = 0;
  if (span) {
    for (const d of days)
      if (d >= span.start && d <= span.end && !isPaused(goal.pauses, d)) activeDays++;
  }
  const target =
    activeDays === days.length ? goal.target : Math.ceil((goal.target * activeDays) / days.length);
  return { done, target, met: activeDays > 0 && done >= target, activeDays };
}
