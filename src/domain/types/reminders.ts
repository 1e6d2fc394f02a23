// Reminder rules: weekly, before a goal's deadline, a period goal at risk, a renewal.
import type { ClockTime, IsoWeekday, Stamped } from './basics';

interface ReminderBase extends Stamped {
  readonly enabled: boolean;
  readonly label: string;
}

export interface WeeklyReminder extends ReminderBase {
  readonly kind: 'weekly';
  readonly days: readonly IsoWeekday[];
  readonly time: ClockTime;
  readonly goalId?: string;
  readonly skillId?: string;
}

/** N days before a goal's due date, at a time. */
export interface DeadlineReminder extends ReminderBase {
  readonly kind: 'deadline';
  readonly goalId: string;
  readonly daysBefore: number;
  readonly time: ClockTime;
}

/** A period goal not yet met by a weekday and time of its period. */
export interface AtRiskReminder extends ReminderBase {
  readonly kind: 'atRisk';
  readonly goalId: string;
  readonly weekday: IsoWeekday;
  readonly time: ClockTime;
}

/** N days before a certification's expiry, at a time: time to renew it. */
export interface RenewalReminder extends ReminderBase {
  readonly kind: 'renewal';
  readonly certificationId: string;
  readonly daysBefore: number;
  readonly time: ClockTime;
}

export type Reminder = WeeklyReminder | DeadlineReminder | AtRiskReminder | RenewalReminder;

/** The goal a rule is tied to, if any (a renewal reminder is tied to a certification). */
export function reminderGoalId(reminder: {
  readonly kind: Reminder['kind'];
  readonly goalId?: string;
}): string | undefined {
  return reminder.kind === 'renewal' ? undefined : reminder.goalId;
}
