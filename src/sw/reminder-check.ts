/// <reference lib="webworker" />
import type { Lang } from '../domain/types';
import { runReminderCheck } from '../reminders/check';

export { REMINDER_SYNC_TAG } from './reminder-sync-tag';

const ICON = '/pwa-192x192.png';
const BADGE = '/pwa-64x64.png';

/**
 * The worker's due-check (periodic sync): shows what came due since the last check, in the
 * user's language, tagged with the occurrence key so no duplicate stacks up, with the screen to
 * open in data.url. Returns how many it showed.
 */
export async function checkRemindersInWorker(
  registration: Pick<ServiceWorkerRegistration, 'showNotification'>,
  now: Date,
  browserLang: string,
): Promise<number> {
  const fallbackLang: Lang = browserLang.toLowerCase().startsWith('it') ? 'it' : 'en';
  const shown = await runReminderCheck({
    now,
    fallbackLang,
    show: ({ due, title, body }) =>
      registration.showNotification(title, {
        body,
        tag: due.key,
        data: { url: due.url },
        icon: ICON,
        badge: BADGE,
      }),
  });
  return shown.length;
}
