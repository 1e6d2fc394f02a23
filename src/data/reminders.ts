import type { Reminder } from '../domain/types';
import { stampDataChange } from './change-stamp';
import { db, newId, now } from './db';
import { withStorageErrors } from './errors';

// Reminder rules are few (a handful): they are read whole. When they fire is never stored
// here; see reminder-log.ts for what was already shown.

/** A rule as the form fills it: without id and stamps. */
export type ReminderInput = Reminder extends infer R
  ? R extends Reminder
    ? Omit<R, 'id' | 'createdAt' | 'updatedAt'>
    : never
  : never;

export async function allReminders(): Promise<Reminder[]> {
  const list = await (await db()).getAll('reminders');
  return list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/** Creates a rule (no id) or replaces one (id given, createdAt kept). */
export async function saveReminder(input: ReminderInput, id?: string): Promise<Reminder> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction('reminders', 'readwrite');
    const at = now();
    const current = id ? await tx.store.get(id) : undefined;
    const reminder = {
      ...input,
      label: input.label.trim(),
      id: id ?? newId(),
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
    } as Reminder;
    await Promise.all([tx.store.put(reminder), tx.done]);
    return reminder;
  });
}

/** Turns a rule on or off without touching the rest of it. */
export async function setReminderEnabled(id: string, enabled: boolean): Promise<Reminder> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction('reminders', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new Error(`No reminder ${id}`);
    const next: Reminder = { ...current, enabled, updatedAt: now() };
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  });
}

/** Deletes a rule and returns it for undo (null if it was already gone). */
export async function deleteReminder(id: string): Promise<Reminder | null> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['reminders', 'meta'], 'readwrite');
    const store = tx.objectStore('reminders');
    const current = (await store.get(id)) ?? null;
    if (current) await Promise.all([store.delete(id), stampDataChange(tx, now())]);
    await tx.done;
    return current;
  });
}

/** Puts back a deleted rule exactly as it was (undo). */
export async function restoreReminder(reminder: Reminder): Promise<void> {
  await withStorageErrors(async () => {
    await (await db()).put('reminders', reminder);
  });
}
