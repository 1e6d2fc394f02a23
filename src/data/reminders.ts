import { type Reminder, reminderGoalId } from '../domain/types';
import { db, newId, now } from './db';
import { RecordConflictError, withStorageErrors } from './errors';
import { checkGeneration, expectUnchanged } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, writeRecords } from './sync/hook';

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

/**
 * Creates a rule (no id) or replaces one (id given, createdAt kept). An edit names the stamp of
 * the copy it was made from (`readUpdatedAt`): a rule deleted or edited since is not written,
 * and neither is one whose goal is gone (the backup would refuse the dangling reference).
 */
export async function saveReminder(
  input: ReminderInput,
  id?: string,
  readUpdatedAt?: string,
): Promise<Reminder> {
  return withStorageErrors(async () => {
    const stamp = now();
    const candidate = { ...input, label: input.label.trim(), id: id ?? newId() };
    await assertStorable('reminders', { ...candidate, createdAt: stamp, updatedAt: stamp });
    const goalId = reminderGoalId(input);
    const tx = (await db()).transaction(['reminders', 'goals', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('reminders');
    const at = now();
    const [, found, goal] = await Promise.all([
      checkGeneration(tx),
      id ? store.get(id) : undefined,
      goalId ? tx.objectStore('goals').get(goalId) : null,
    ]);
    const current = id ? expectUnchanged(found, readUpdatedAt) : undefined;
    if (goal === undefined) throw new RecordConflictError('goal-missing');
    const reminder = {
      ...input,
      label: input.label.trim(),
      id: id ?? newId(),
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
    } as Reminder;
    const write = { store: 'reminders', before: current, after: reminder } as const;
    await commitWrites(tx, writeRecords(tx, [write], at));
    return reminder;
  });
}

/** Turns a rule on or off without touching the rest of it. */
export async function setReminderEnabled(id: string, enabled: boolean): Promise<Reminder> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['reminders', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('reminders');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(id)]);
    const current = expectUnchanged(found, undefined);
    const next: Reminder = { ...current, enabled, updatedAt: now() };
    const write = { store: 'reminders', before: current, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], next.updatedAt));
    return next;
  });
}

/** Deletes a rule and returns it for undo (null if it was already gone). */
export async function deleteReminder(id: string): Promise<Reminder | null> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['reminders', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('reminders');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(id)]);
    const current = found ?? null;
    // tx.done in the same Promise.all: a failed write must not leave its rejection unheard.
    const write = { store: 'reminders', before: current ?? undefined, after: undefined } as const;
    await commitWrites(tx, ...(current ? [writeRecords(tx, [write], now())] : []));
    return current;
  });
}

/** Puts back a deleted rule exactly as it was (undo). */
export async function restoreReminder(reminder: Reminder): Promise<void> {
  await withStorageErrors(async () => {
    const goalId = reminderGoalId(reminder);
    const tx = (await db()).transaction(['reminders', 'goals', ...CHANGE_STORES], 'readwrite');
    const [, goal, found] = await Promise.all([
      checkGeneration(tx),
      goalId ? tx.objectStore('goals').get(goalId) : null,
      tx.objectStore('reminders').get(reminder.id),
    ]);
    if (goal === undefined) throw new RecordConflictError('goal-missing');
    const write = { store: 'reminders', before: found, after: reminder } as const;
    await commitWrites(tx, writeRecords(tx, [write], now()));
  });
}
