import { addDays, max, subDays, subHours } from 'date-fns';
import {
  type Certification,
  type DayKey,
  type Goal,
  type Reminder,
  reminderGoalId,
} from '../types';
import { dayKeyOf } from './clock';
import {
  atRiskOccurrencesBetween,
  deadlineOccurrence,
  occurrencesBetween,
  renewalOccurrence,
} from './occurrences';

export interface DueInput {
  readonly reminders: readonly Reminder[];
  readonly goals: readonly Goal[];
  /** What renewal reminders count back from (none: they never fire). */
  readonly certifications?: readonly Certification[];
  readonly now: Date;
  /** When the last due-check ran (page or service worker); null on the very first one. */
  readonly lastCheck: Date | null;
  /** Vacation: no reminder fires up to and including this local day. */
  readonly pausedUntil?: DayKey;
  /** Whether the goal is already met for the period that contains `at` ("quiet when met"). */
  readonly isGoalMet: (goalId: string, at: Date) => boolean;
  /** Whether the goal runs on that day; default: within start..end and outside its pauses. */
  readonly isGoalActive?: (goalId: string, day: DayKey) => boolean;
}

export type ScheduleInput = Omit<DueInput, 'lastCheck'>;

export interface Due {
  readonly reminderId: string;
  readonly dueAt: Date;
  /** `${reminderId}@${dueAt ISO}`: the same occurrence always has the same key (dedup, tags). */
  readonly key: string;
  readonly kind: Reminder['kind'];
  readonly label: string;
  readonly goalId?: string;
  readonly skillId?: string;
  readonly certificationId?: string;
  /** What a renewal reminder is about: the certification's name (its title on Today). */
  readonly subject?: string;
  /** In-app screen to open from the notification or the Today list. */
  readonly url: string;
}

/** With no previous check, look back at most this far. */
const FIRST_LOOK_BACK_HOURS = 24;
/** Older occurrences are stale: neither notified nor listed as overdue. */
const OVERDUE_DAYS = 7;
/** How far `nextDueAt` looks ahead (a monthly check or a far deadline fits). */
const LOOK_AHEAD_DAYS = 400;

export function dueKey(reminderId: string, dueAt: Date): string {
  return `${reminderId}@${dueAt.toISOString()}`;
}

/**
 * Reminders that came due in (lastCheck, now]: what the page on opening/focus and the service
 * worker's periodic sync both show. Consecutive checks never return the same key, provided the
 * caller stores `now` as the next lastCheck. A reminder that fired several times while the app
 * was closed is shown once, for its latest firing; nothing older than 7 days is notified.
 */
export function dueReminders(input: DueInput): Due[] {
  const floor = input.lastCheck ?? subHours(input.now, FIRST_LOOK_BACK_HOURS);
  return latestPerReminder(input, max([floor, subDays(input.now, OVERDUE_DAYS)]), input.now);
}

/**
 * The Today screen's list: per reminder, its latest firing in the last 7 days, unless the user
 * dismissed that one (dismissing the latest also covers the earlier ones it replaced).
 */
export function overdueReminders(input: ScheduleInput & { dismissed: ReadonlySet<string> }): Due[] {
  return latestPerReminder(input, subDays(input.now, OVERDUE_DAYS), input.now).filter(
    (due) => !input.dismissed.has(due.key),
  );
}

/** The next instant after `now` at which some reminder will be due: the in-page timer's target. */
export function nextDueAt(input: ScheduleInput): Date | null {
  let best: Date | null = null;
  for (const reminder of input.reminders) {
    if (!reminder.enabled) continue;
    const goal = findGoal(input.goals, reminder);
    let from = input.now;
    for (let days = 0; days < LOOK_AHEAD_DAYS && (!best || from < best); days += 31) {
      const to = addDays(from, 31);
      const hit = candidates(input, reminder, goal, from, to).find((at) =>
        passes(input, reminder, goal, at),
      );
      if (hit) {
        if (!best || hit < best) best = hit;
        break;
      }
      from = to;
    }
  }
  return best;
}

function latestPerReminder(input: ScheduleInput, from: Date, to: Date): Due[] {
  const out: Due[] = [];
  for (const reminder of input.reminders) {
    if (!reminder.enabled) continue;
    const goal = findGoal(input.goals, reminder);
    const times = candidates(input, reminder, goal, from, to).reverse();
    const at = times.find((t) => passes(input, reminder, goal, t));
    if (at) out.push(toDue(reminder, at, input.certifications));
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function findGoal(goals: readonly Goal[], reminder: Reminder): Goal | undefined {
  const goalId = reminderGoalId(reminder);
  return goalId === undefined ? undefined : goals.find((g) => g.id === goalId);
}

/** Firings in (from, to], before any filtering. */
function candidates(
  input: ScheduleInput,
  reminder: Reminder,
  goal: Goal | undefined,
  from: Date,
  to: Date,
): Date[] {
  switch (reminder.kind) {
    case 'weekly':
      return occurrencesBetween(reminder, from, to);
    case 'deadline': {
      const at = goal ? deadlineOccurrence(reminder, goal) : null;
      return at && at > from && at <= to ? [at] : [];
    }
    case 'atRisk':
      return goal?.kind === 'period' ? atRiskOccurrencesBetween(reminder, goal, from, to) : [];
    case 'renewal': {
      // A certification deleted, or without an expiry date, has nothing to renew.
      const cert = input.certifications?.find((c) => c.id === reminder.certificationId);
      const at = cert ? renewalOccurrence(reminder, cert) : null;
      return at && at > from && at <= to ? [at] : [];
    }
  }
}

function passes(
  input: ScheduleInput,
  reminder: Reminder,
  goal: Goal | undefined,
  at: Date,
): boolean {
  // Never due for a time before the reminder existed: one set up on Tuesday morning for
  // "Mondays 18:30" is first due next Monday, not overdue at once for yesterday.
  if (at.getTime() < Date.parse(reminder.createdAt)) return false;
  const day = dayKeyOf(at);
  if (input.pausedUntil && day <= input.pausedUntil) return false;
  if (reminderGoalId(reminder) === undefined) return true;
  // A weekly rule outlives a deleted goal; goal reminders do not.
  if (!goal) return reminder.kind === 'weekly';
  if (goal.archived) return false;
  if (goal.kind === 'deliverable' && goal.doneOn) return false;
  const active = input.isGoalActive ? input.isGoalActive(goal.id, day) : isActiveOn(goal, day);
  if (!active) return false;
  return !input.isGoalMet(goal.id, at);
}

/** Default activity test: within start..end (inclusive) and outside every pause [from, to). */
function isActiveOn(goal: Goal, day: DayKey): boolean {
  if (day < goal.start || (goal.end && day > goal.end)) return false;
  return !goal.pauses.some((p) => day >= p.from && (!p.to || day < p.to));
}

/**
 * The in-app screen for a reminder, matching the app's routes: the log form with its skill
 * prefilled (/log/new?skill=), the goals list with the goal's progress (/goals), or the plain
 * log form.
 */
export function reminderUrl(reminder: Reminder): string {
  if (reminder.kind === 'renewal') {
    return `/progress/certifications/${encodeURIComponent(reminder.certificationId)}`;
  }
  const skillId = reminder.kind === 'weekly' ? reminder.skillId : undefined;
  if (skillId) return `/log/new?skill=${encodeURIComponent(skillId)}`;
  if (reminderGoalId(reminder)) return '/goals';
  return '/log/new';
}

function toDue(reminder: Reminder, at: Date, certifications: readonly Certification[] = []): Due {
  const skillId = reminder.kind === 'weekly' ? reminder.skillId : undefined;
  const goalId = reminderGoalId(reminder);
  const certificationId = reminder.kind === 'renewal' ? reminder.certificationId : undefined;
  const subject = certifications.find((c) => c.id === certificationId)?.name;
  return {
    reminderId: reminder.id,
    dueAt: at,
    key: dueKey(reminder.id, at),
    kind: reminder.kind,
    label: reminder.label,
    ...(goalId === undefined ? {} : { goalId }),
    ...(skillId === undefined ? {} : { skillId }),
    ...(certificationId === undefined ? {} : { certificationId }),
    ...(subject === undefined ? {} : { subject }),
    url: reminderUrl(reminder),
  };
}
