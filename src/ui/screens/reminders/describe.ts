import { dayKeyOf } from '../../../domain/schedule/clock';
import type { Due } from '../../../domain/schedule/due';
import type { Certification, Goal, IsoWeekday, Reminder } from '../../../domain/types';
import { fmt, formatDay, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';

const MONDAY = new Date(2026, 3, 6); // Any Monday: weekday names come from Intl.

/** Short weekday name in the current language (1 = Monday ... 7 = Sunday). */
export function weekdayName(day: IsoWeekday, style: 'short' | 'long' = 'short'): string {
  const date = new Date(MONDAY.getFullYear(), MONDAY.getMonth(), MONDAY.getDate() + day - 1);
  return new Intl.DateTimeFormat(lang.value, { weekday: style }).format(date);
}

/** The seven weekdays starting from the user's first day of the week. */
export function weekdaysInOrder(weekStartsOn: 0 | 1 | 6): IsoWeekday[] {
  const first = weekStartsOn === 0 ? 7 : weekStartsOn;
  return Array.from({ length: 7 }, (_, i) => (((first - 1 + i) % 7) + 1) as IsoWeekday);
}

/** One line saying when a rule rings, e.g. "Mon, Thu at 18:30". */
export function describeReminder(
  reminder: Reminder,
  goals: readonly Goal[],
  weekStartsOn: 0 | 1 | 6,
  certifications: readonly Certification[] = [],
): string {
  const d = messages().reminders.describe;
  if (reminder.kind === 'weekly') {
    if (reminder.days.length === 7) return fmt(d.everyDay, { time: reminder.time });
    const days = weekdaysInOrder(weekStartsOn)
      .filter((w) => reminder.days.includes(w))
      .map((w) => weekdayName(w))
      .join(', ');
    return fmt(d.weekly, { days, time: reminder.time });
  }
  if (reminder.kind === 'renewal') {
    const cert = certifications.find((c) => c.id === reminder.certificationId);
    if (!cert?.expiresOn) return d.missingCertification;
    const vars = { name: cert.name, time: reminder.time };
    return reminder.daysBefore > 0
      ? plural(d.renewal, reminder.daysBefore, vars)
      : fmt(d.renewalSameDay, vars);
  }
  const goal = goals.find((g) => g.id === reminder.goalId);
  if (!goal) return d.missingGoal;
  if (reminder.kind === 'deadline') {
    return reminder.daysBefore > 0
      ? plural(d.deadline, reminder.daysBefore, { goal: goal.title, time: reminder.time })
      : fmt(d.deadlineSameDay, { goal: goal.title, time: reminder.time });
  }
  return fmt(d.atRisk, {
    weekday: weekdayName(reminder.weekday, 'long'),
    goal: goal.title,
    time: reminder.time,
  });
}

/** What a due item is called on Today: the user's label, else its kind. */
export function dueTitle(due: Due): string {
  const d = messages().reminders.due;
  if (!due.label.trim() && due.subject) return fmt(d.renewalOf, { name: due.subject });
  return due.label.trim() || d[due.kind];
}

/** "Today at 18:30" or "Mon 6 Apr at 18:30". */
export function dueWhen(due: Due, now: Date): string {
  const m = messages().reminders.due;
  const time = `${String(due.dueAt.getHours()).padStart(2, '0')}:${String(due.dueAt.getMinutes()).padStart(2, '0')}`;
  const day = dayKeyOf(due.dueAt);
  if (day === dayKeyOf(now)) return fmt(m.today, { time });
  return fmt(m.earlier, { day: formatDay(day, 'EEE d MMM'), time });
}
