import { addDays, endOfMonth, getISODay, startOfDay, subDays } from 'date-fns';
import type {
  AtRiskReminder,
  Certification,
  DeadlineReminder,
  Goal,
  PeriodGoal,
  RenewalReminder,
  WeeklyReminder,
} from '../types';
import { atWallClock, dayFromKey } from './clock';

// Every function here returns instants strictly AFTER `from` (and, for ranges, up to and
// including `to`): consecutive windows (a, b], (b, c] never share an occurrence, which is what
// lets the page and the service worker check in turns without showing one twice.

function firesOn(reminder: WeeklyReminder, day: Date): boolean {
  return (reminder.days as readonly number[]).includes(getISODay(day));
}

/** A rule with no valid weekday never fires (and must not loop forever looking). */
function hasDays(reminder: WeeklyReminder): boolean {
  return reminder.days.some((d) => Number.isInteger(d) && d >= 1 && d <= 7);
}

/**
 * The next `count` firings of a weekly rule after `from`, at local wall-clock time: an 18:30
 * reminder is 18:30 before and after a DST change (see `atWallClock` for skipped times).
 */
export function nextOccurrences(reminder: WeeklyReminder, from: Date, count: number): Date[] {
  const out: Date[] = [];
  if (count <= 0 || !hasDays(reminder)) return out;
  let day = startOfDay(from);
  while (out.length < count) {
    if (firesOn(reminder, day)) {
      const at = atWallClock(day, reminder.time);
      if (at > from) out.push(at);
    }
    day = addDays(day, 1);
  }
  return out;
}

/** The firings of a weekly rule in (from, to]. */
export function occurrencesBetween(reminder: WeeklyReminder, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  if (!hasDays(reminder)) return out;
  // Start a day early: a firing at 00:00 of from's day is still before `from`, never lost.
  for (let day = startOfDay(from); day <= to; day = addDays(day, 1)) {
    if (!firesOn(reminder, day)) continue;
    const at = atWallClock(day, reminder.time);
    if (at > from && at <= to) out.push(at);
  }
  return out;
}

/** A deadline reminder fires once: `daysBefore` days before the goal's due day, at its time. */
export function deadlineOccurrence(reminder: DeadlineReminder, goal: Goal): Date | null {
  if (goal.kind === 'period') return null;
  const day = subDays(dayFromKey(goal.due), Math.max(0, Math.floor(reminder.daysBefore)));
  return atWallClock(day, reminder.time);
}

/**
 * A renewal reminder fires once: `daysBefore` days before the certification's expiry day, at
 * its local wall-clock time (09:00 is 09:00 on either side of a DST change). None without an
 * expiry date. Set up when that moment has already passed but the certification has not
 * expired yet (30 days before, for one expiring in 20), it is due at once, when it was made:
 * renewing is still possible and still urgent, unlike a weekly rule's missed occurrence.
 */
export function renewalOccurrence(reminder: RenewalReminder, cert: Certification): Date | null {
  if (cert.expiresOn === undefined) return null;
  const expiry = dayFromKey(cert.expiresOn);
  const at = atWallClock(
    subDays(expiry, Math.max(0, Math.floor(reminder.daysBefore))),
    reminder.time,
  );
  const made = new Date(reminder.createdAt);
  if (Number.isNaN(made.getTime()) || at >= made) return at;
  return made < addDays(expiry, 1) ? made : null;
}

/**
 * The checks of an "at risk" reminder in (from, to]. Weekly goals: the given weekday of every
 * week. Monthly goals: the LAST such weekday of each month (e.g. the last Thursday), late enough
 * to be a real warning yet with a few days left to act. Only days within the goal's start..end
 * count; whether it is paused or already met is decided by the caller (see due.ts).
 */
export function atRiskOccurrencesBetween(
  reminder: AtRiskReminder,
  goal: PeriodGoal,
  from: Date,
  to: Date,
): Date[] {
  const out: Date[] = [];
  const first = dayFromKey(goal.start);
  const last = goal.end ? dayFromKey(goal.end) : null;
  for (let day = startOfDay(from); day <= to; day = addDays(day, 1)) {
    if (getISODay(day) !== reminder.weekday) continue;
    if (goal.period === 'month' && addDays(day, 7) <= endOfMonth(day)) continue;
    if (day < first || (last && day > last)) continue;
    const at = atWallClock(day, reminder.time);
    if (at > from && at <= to) out.push(at);
  }
  return out;
}
