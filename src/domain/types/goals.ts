// Learning goals: sessions or minutes per period, a level by a date, a deliverable.
import type { DayKey, Level, Stamped } from './basics';

/** A span during which a goal is paused: from (inclusive) to (exclusive); open if no `to`. */
export interface Pause {
  readonly from: DayKey;
  readonly to?: DayKey;
}

interface GoalBase extends Stamped {
  readonly title: string;
  readonly start: DayKey;
  readonly end?: DayKey;
  readonly pauses: readonly Pause[];
  readonly archived: boolean;
}

/** N sessions or M minutes per week or month, optionally limited to skills or roles. */
export interface PeriodGoal extends GoalBase {
  readonly kind: 'period';
  readonly period: 'week' | 'month';
  readonly measure: 'sessions' | 'minutes';
  readonly target: number;
  readonly skillIds: readonly string[];
  readonly roleIds: readonly string[];
}

/** Reach level L in skill S by a date. */
export interface LevelGoal extends GoalBase {
  readonly kind: 'level';
  readonly skillId: string;
  readonly level: Level;
  readonly due: DayKey;
}

/** A one-off deliverable by a date, ticked when done. */
export interface DeliverableGoal extends GoalBase {
  readonly kind: 'deliverable';
  readonly due: DayKey;
  readonly doneOn?: DayKey;
  readonly skillIds: readonly string[];
}

export type Goal = PeriodGoal | LevelGoal | DeliverableGoal;
