import { db, now } from './db';
import { withStorageErrors } from './errors';

// What the reminder layers already did, so that none repeats another: the keys of occurrences
// already notified (page timer and service worker alike), when the last due-check ran, and the
// occurrences the user dismissed from Today. Keys are `${reminderId}@${dueAt ISO}`.

const LAST_CHECK = 'reminders.lastCheck';
const DISMISSED = 'reminders.dismissed';
/** Occurrences older than this are never shown again anyway (due.ts looks back 7 days). */
const KEEP_DAYS = 8;

/** When the last due-check ran, or null before the first one. */
export async function lastReminderCheck(): Promise<Date | null> {
  const record = await (await db()).get('meta', LAST_CHECK);
  return typeof record?.value === 'string' ? new Date(record.value) : null;
}

/** Whether an occurrence was already notified by any layer. */
export async function wasShown(key: string): Promise<boolean> {
  return (await (await db()).getKey('shownReminders', key)) !== undefined;
}

/**
 * Records what a check notified and when it ran, in one transaction: a check that crashes
 * halfway leaves the previous state, and the next one starts again from it. Records older than
 * a week are dropped on the way.
 */
export async function recordCheck(shownKeys: readonly string[], checkedAt: Date): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction(['shownReminders', 'meta'], 'readwrite');
    const shown = tx.objectStore('shownReminders');
    const at = now();
    const writes: Promise<unknown>[] = shownKeys.map((key) => {
      const [reminderId = '', dueAt = ''] = splitKey(key);
      return shown.put({ key, reminderId, dueAt, shownAt: at });
    });
    writes.push(tx.objectStore('meta').put({ key: LAST_CHECK, value: checkedAt.toISOString() }));
    const cutoff = new Date(checkedAt.getTime() - KEEP_DAYS * 86_400_000).toISOString();
    let cursor = await shown.openCursor();
    while (cursor) {
      if (cursor.value.dueAt < cutoff) writes.push(cursor.delete());
      cursor = await cursor.continue();
    }
    await Promise.all([...writes, tx.done]);
  });
}

/** The occurrences the user dismissed from the Today list. */
export async function dismissedReminders(): Promise<Set<string>> {
  const record = await (await db()).get('meta', DISMISSED);
  return new Set(Array.isArray(record?.value) ? (record.value as string[]) : []);
}

/** Dismisses occurrences from Today; keys older than a week are forgotten. */
export async function dismissReminders(keys: readonly string[], at: Date): Promise<Set<string>> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction('meta', 'readwrite');
    const record = await tx.store.get(DISMISSED);
    const cutoff = new Date(at.getTime() - KEEP_DAYS * 86_400_000).toISOString();
    const previous = Array.isArray(record?.value) ? (record.value as string[]) : [];
    const next = [...new Set([...previous, ...keys])].filter(
      (k) => (splitKey(k)[1] ?? '') >= cutoff,
    );
    await Promise.all([tx.store.put({ key: DISMISSED, value: next }), tx.done]);
    return new Set(next);
  });
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('@');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}
