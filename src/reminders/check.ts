import { activitiesBetween } from '../data/activities';
import { allCertifications } from '../data/certifications';
import { allCustomContent } from '../data/custom-content';
import { allGoals } from '../data/goals';
import { lastReminderCheck, recordCheck, wasShown } from '../data/reminder-log';
import { allReminders } from '../data/reminders';
import { loadSettings } from '../data/settings';
import { BUILTIN_ROLES } from '../domain/catalog/roles';
import type { WeekStartsOn } from '../domain/days';
import { type Due, dueReminders } from '../domain/schedule/due';
import type { Certification, Goal, Lang, Reminder, Settings } from '../domain/types';
import { goalMetChecker, goalWindow } from './goal-met';
import { type NotificationText, notificationText } from './notification-text';

// The one due-check, run by the page (its timer, on opening) and by the service worker
// (periodic sync). It reads through src/data only, so it runs in either place: no window,
// no document. Dedup: occurrences come from (lastCheck, now], and every key shown is stored
// in shownReminders before lastCheck moves on, in one transaction.

export interface ReminderSnapshot {
  readonly reminders: readonly Reminder[];
  readonly goals: readonly Goal[];
  readonly certifications: readonly Certification[];
  readonly settings: Settings;
  readonly lang: Lang;
  readonly weekStartsOn: WeekStartsOn;
  readonly isGoalMet: (goalId: string, at: Date) => boolean;
}

/** Everything a check needs, read from the database at `now`. */
export async function readReminderSnapshot(
  now: Date,
  fallbackLang: Lang = 'en',
): Promise<ReminderSnapshot> {
  const window = goalWindow(now);
  const [reminders, goals, settings, activities, custom, certifications] = await Promise.all([
    allReminders(),
    allGoals(),
    loadSettings(),
    activitiesBetween(window.from, window.to),
    allCustomContent(),
    allCertifications(),
  ]);
  const lang = settings.lang ?? fallbackLang;
  const weekStartsOn = settings.weekStartsOn ?? (lang === 'it' ? 1 : 0);
  const roleSkillIds = (roleId: string): string[] => {
    const role = [...BUILTIN_ROLES, ...custom.roles].find((r) => r.id === roleId);
    const attached = custom.skills.filter((s) => s.attachTo?.some((a) => a.roleId === roleId));
    return [...(role?.links.map((l) => l.skillId) ?? []), ...attached.map((s) => s.id)];
  };
  const isGoalMet = goalMetChecker(goals, activities, weekStartsOn, roleSkillIds);
  return { reminders, goals, certifications, settings, lang, weekStartsOn, isGoalMet };
}

export interface ShownNotification extends NotificationText {
  readonly due: Due;
}

export interface CheckOptions {
  readonly now: Date;
  /** Shows one notification; omitted for a silent check (the page lists them on Today). */
  readonly show?: (n: ShownNotification) => Promise<void>;
  /** The language when the user never chose one (the browser's). */
  readonly fallbackLang?: Lang;
  /** Data the caller already read for this instant (the page reuses it for Today's list). */
  readonly snapshot?: ReminderSnapshot;
}

/**
 * Notifies what came due since the last check and was not shown yet, then records the keys and
 * the new check time. Quiet when paused (settings.remindersPausedUntil) or when the linked goal
 * is met. Returns what it showed (or, silent, what it marked as seen).
 */
export async function runReminderCheck(options: CheckOptions): Promise<Due[]> {
  const { now, show } = options;
  const [snapshot, lastCheck] = await Promise.all([
    options.snapshot ?? readReminderSnapshot(now, options.fallbackLang),
    lastReminderCheck(),
  ]);
  const due = dueReminders({
    reminders: snapshot.reminders,
    goals: snapshot.goals,
    certifications: snapshot.certifications,
    now,
    lastCheck,
    isGoalMet: snapshot.isGoalMet,
    ...(snapshot.settings.remindersPausedUntil
      ? { pausedUntil: snapshot.settings.remindersPausedUntil }
      : {}),
  });
  const fresh: Due[] = [];
  for (const item of due) if (!(await wasShown(item.key))) fresh.push(item);
  const shown: Due[] = [];
  for (const item of fresh) {
    try {
      await show?.({
        due: item,
        ...notificationText(item, snapshot.goals, snapshot.lang, snapshot.certifications),
      });
      shown.push(item);
    } catch {
      // A refused notification (permission revoked meanwhile) is not retried: Today lists it.
      shown.push(item);
    }
  }
  await recordCheck(
    shown.map((d) => d.key),
    now,
  );
  return shown;
}
