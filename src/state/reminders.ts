import { signal } from '@preact/signals';
import { allCertifications } from '../data/certifications';
import {
  allReminders,
  deleteReminder,
  type ReminderInput,
  restoreReminder,
  saveReminder,
  setReminderEnabled,
} from '../data/reminders';
import type { DayKey, Reminder } from '../domain/types';
import { lang, messages } from '../i18n/index';
import { inBackground } from './background';
import { type Delivery, deliverFile } from './deliver-file';
import { goals, loadGoals } from './goals';
import { onReminderRulesChanged } from './reminder-rules';
import { changeSettings, noteRecordSaved, settings } from './settings';
import { showToast } from './toast';

// The reminder rules: all of them in a signal (they are few). Screens call these actions; the
// engine (reminder-engine.ts) watches the signal and re-arms its timer on every change.

export type { ReminderInput } from '../data/reminders';

export const reminders = signal<readonly Reminder[]>([]);

let loaded: Promise<void> | null = null;

export function loadReminders(): Promise<void> {
  loaded ??= Promise.all([allReminders(), loadGoals()]).then(([list]) => {
    reminders.value = list;
  });
  return loaded;
}

/** After a restore: read the rules again on next use. */
export function invalidateReminders(): void {
  loaded = null;
}

/** Reads the rules again now (another model changed some, e.g. deleting a goal). */
export function refreshReminders(): Promise<void> {
  loaded = null;
  return loadReminders();
}
onReminderRulesChanged(() => void refreshReminders());

function put(reminder: Reminder): void {
  const others = reminders.value.filter((r) => r.id !== reminder.id);
  reminders.value = [...others, reminder].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/** Creates a rule, or edits one: `readUpdatedAt` is the stamp of the copy the form showed. */
export async function submitReminder(
  input: ReminderInput,
  id?: string,
  readUpdatedAt?: string,
): Promise<Reminder> {
  const saved = await saveReminder(input, id, readUpdatedAt);
  put(saved);
  inBackground(noteRecordSaved);
  return saved;
}

export async function toggleReminder(id: string, enabled: boolean): Promise<void> {
  put(await setReminderEnabled(id, enabled));
}

/** Deletes a rule and offers "Undo" for a few seconds. */
export async function removeReminder(id: string): Promise<void> {
  const removed = await deleteReminder(id);
  reminders.value = reminders.value.filter((r) => r.id !== id);
  if (!removed) return;
  const m = messages();
  showToast({
    message: m.reminders.deleted,
    action: {
      label: m.common.undo,
      run: async () => {
        await restoreReminder(removed);
        put(removed);
      },
    },
  });
}

/** Vacation: nothing rings up to and including `day`; null resumes. */
export function pauseAllUntil(day: DayKey | null): Promise<void> {
  return changeSettings({ remindersPausedUntil: day ?? undefined });
}

/**
 * Exports the rules (all, or the given ones) as an .ics file: the share sheet where it can take
 * files (iOS home-screen apps need it), else a download. Each export raises the SEQUENCE so
 * calendars replace the events they already have.
 */
export async function exportCalendar(onlyIds?: readonly string[]): Promise<Delivery> {
  const { buildCalendar } = await import('../domain/ics/calendar');
  const sequence = settings.value.calendarSequence + 1;
  const chosen = onlyIds ? reminders.value.filter((r) => onlyIds.includes(r.id)) : reminders.value;
  const ics = await buildCalendar({
    reminders: chosen,
    goals: goals.value,
    certifications: await allCertifications(),
    lang: lang.value,
    sequence,
    appUrl: new URL('/', location.href).href,
    now: new Date(),
  });
  const delivery = await deliverFile('reminders.ics', 'text/calendar', ics);
  // A closed share sheet exported nothing: the next export keeps this SEQUENCE.
  if (delivery !== 'cancelled') {
    await changeSettings({
      calendarSequence: sequence,
      lastCalendarExportAt: new Date().toISOString(),
    });
  }
  return delivery;
}
