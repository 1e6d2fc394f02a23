import { effect, signal } from '@preact/signals';
import { dismissedReminders, dismissReminders } from '../data/reminder-log';
import { type Due, nextDueAt, overdueReminders } from '../domain/schedule/due';
import { lang } from '../i18n/index';
import { readReminderSnapshot, runReminderCheck } from '../reminders/check';
import { goals } from './goals';
import { logVersion } from './log';
import { registerPeriodicCheck } from './reminder-device';
import { loadReminders, reminders } from './reminders';
import { settings } from './settings';

// Layers 1 and 2 of the reminders (see DESIGN.md): while the page lives, it lists what is due
// on Today (on opening, focus and visibilitychange), keeps the app badge in step, and arms a
// timer to the next due instant that shows a notification through the service worker.

/** Due and overdue occurrences (last 7 days, not dismissed): the Today list. */
export const dueNow = signal<readonly Due[]>([]);

/** Timers drift or stop while a laptop sleeps: never wait longer than this before re-checking. */
const MAX_WAIT_MS = 60 * 60 * 1000;
const ICON = '/pwa-192x192.png';
const BADGE = '/pwa-64x64.png';

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();

/** Starts the engine once (idempotent): screens that show reminders call it. */
export function startReminderEngine(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('focus', () => refreshReminders());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refreshReminders();
  });
  let first = true;
  effect(() => {
    // Any change to rules, goals, the log or the vacation pause re-arms the timer.
    void [reminders.value, goals.value, logVersion.value, settings.value.remindersPausedUntil];
    if (first) first = false;
    else refreshReminders();
  });
  refreshReminders();
  void registerPeriodicCheck();
}

/**
 * Queues a check: one at a time, so two triggers never show the same occurrence twice. The check
 * runs as of the instant it was asked for, even if an earlier one makes it wait.
 */
export function refreshReminders(notify = false): Promise<void> {
  const now = new Date();
  setPending(+1);
  queue = queue
    .then(() => check(notify, now))
    .catch(() => {})
    .finally(() => setPending(-1));
  return queue;
}

let pending = 0;
/** Checks queued or running, on <html data-reminder-checks>: devtools and e2e tests read it. */
function setPending(delta: number): void {
  pending += delta;
  // A check can end after its document is gone (a test environment torn down).
  if (typeof document !== 'undefined') {
    document.documentElement.dataset.reminderChecks = String(pending);
  }
}

async function check(notify: boolean, now: Date): Promise<void> {
  await loadReminders();
  // On opening and focus the list on Today is the reminder: mark what came due as seen
  // (silently). When the timer fires, show it as a notification.
  // One read of rules, goals and recent activity serves both the check and Today's list.
  const [snapshot, dismissed] = await Promise.all([
    readReminderSnapshot(now, lang.value),
    dismissedReminders(),
  ]);
  await runReminderCheck({
    now,
    snapshot,
    fallbackLang: lang.value,
    ...(notify ? { show: showNotification } : {}),
  });
  const input = {
    reminders: snapshot.reminders,
    goals: snapshot.goals,
    certifications: snapshot.certifications,
    now,
    isGoalMet: snapshot.isGoalMet,
    ...(snapshot.settings.remindersPausedUntil
      ? { pausedUntil: snapshot.settings.remindersPausedUntil }
      : {}),
  };
  dueNow.value = overdueReminders({ ...input, dismissed });
  updateBadge(dueNow.value.length);
  arm(nextDueAt(input));
}

function arm(next: Date | null): void {
  clearTimeout(timer);
  const wait = next ? Math.min(next.getTime() - Date.now(), MAX_WAIT_MS) : MAX_WAIT_MS;
  // +250 ms: fire just after the instant, so the check's window (last, now] contains it.
  timer = setTimeout(() => void refreshReminders(true), Math.max(0, wait) + 250);
}

async function showNotification({ due, title, body }: { due: Due; title: string; body: string }) {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const registration = await navigator.serviceWorker?.ready;
  await registration?.showNotification(title, {
    body,
    tag: due.key,
    data: { url: due.url },
    icon: ICON,
    badge: BADGE,
  });
}

function updateBadge(count: number): void {
  const nav = navigator as Navigator & {
    setAppBadge?: (n: number) => Promise<void>;
    clearAppBadge?: () => Promise<void>;
  };
  if (count > 0) void nav.setAppBadge?.(count).catch(() => {});
  else void nav.clearAppBadge?.().catch(() => {});
}

/** The user dismissed an item on Today: it (and the earlier firings it stands for) goes away. */
export async function dismissDue(key: string): Promise<void> {
  await dismissReminders([key], new Date());
  dueNow.value = dueNow.value.filter((d) => d.key !== key);
  updateBadge(dueNow.value.length);
}
