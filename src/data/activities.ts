import type { Activity, DayKey } from '../domain/types';
import { db, newId, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration, expectUnchanged } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, writeRecords } from './sync/hook';

// The learning log. Screens read a window of days through the byDay index (never the whole
// history), and a skill's recent activities through the multi-entry bySkill index.

/** What the user types: everything but the stamps. */
export type ActivityInput = Omit<Activity, 'id' | 'createdAt' | 'updatedAt'>;

/** Saves a new activity and returns it with its id and stamps. */
export async function logActivity(input: ActivityInput): Promise<Activity> {
  return withStorageErrors(async () => {
    const at = now();
    const activity: Activity = { ...clean(input), id: newId(), createdAt: at, updatedAt: at };
    await assertStorable('activities', activity);
    const tx = (await db()).transaction(['activities', ...CHANGE_STORES], 'readwrite');
    await checkGeneration(tx);
    // The record, its clocks and its outgoing change: one transaction (see sync/hook).
    const write = { store: 'activities', before: undefined, after: activity } as const;
    await commitWrites(tx, writeRecords(tx, [write], at));
    return activity;
  });
}

/**
 * Replaces an activity's fields (keeps id and createdAt). `readUpdatedAt` is the stamp of the
 * copy the form was filled from: if the activity is gone or was edited since, nothing is written
 * (RecordConflictError).
 */
export async function updateActivity(
  id: string,
  input: ActivityInput,
  readUpdatedAt?: string,
): Promise<Activity> {
  return withStorageErrors(async () => {
    const at = now();
    await assertStorable('activities', { ...clean(input), id, createdAt: at, updatedAt: at });
    const tx = (await db()).transaction(['activities', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('activities');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(id)]);
    const current = expectUnchanged(found, readUpdatedAt);
    const next: Activity = { ...clean(input), id, createdAt: current.createdAt, updatedAt: now() };
    const write = { store: 'activities', before: current, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], next.updatedAt));
    return next;
  });
}

/** Deletes an activity and returns what was deleted (for "Deleted · Undo"), or null. */
export async function deleteActivity(id: string): Promise<Activity | null> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['activities', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('activities');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(id)]);
    const current = found ?? null;
    // tx.done in the same Promise.all: a failed write must not leave its rejection unheard.
    const write = { store: 'activities', before: current ?? undefined, after: undefined } as const;
    await commitWrites(tx, ...(current ? [writeRecords(tx, [write], now())] : []));
    return current;
  });
}

/** Puts back a deleted activity exactly as it was (undo). */
export async function restoreActivity(activity: Activity): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction(['activities', ...CHANGE_STORES], 'readwrite');
    const [, found] = await Promise.all([
      checkGeneration(tx),
      tx.objectStore('activities').get(activity.id),
    ]);
    const write = { store: 'activities', before: found, after: activity } as const;
    await commitWrites(tx, writeRecords(tx, [write], now()));
  });
}

export async function activityById(id: string): Promise<Activity | undefined> {
  return (await db()).get('activities', id);
}

/** Activities from `fromDay` to `toDay` (both included), newest day first. */
export async function activitiesBetween(fromDay: DayKey, toDay: DayKey): Promise<Activity[]> {
  if (toDay < fromDay) return [];
  const list = await (await db()).getAllFromIndex(
    'activities',
    'byDay',
    IDBKeyRange.bound(fromDay, toDay),
  );
  return list.sort(newestFirst);
}

/** The last `limit` activities that touched a skill, newest first. */
export async function activitiesForSkill(skillId: string, limit: number): Promise<Activity[]> {
  const list = await (await db()).getAllFromIndex('activities', 'bySkill', skillId);
  return list.sort(newestFirst).slice(0, limit);
}

/** The latest `limit` activities, walking the byDay index backwards (stops early). */
export async function latestActivities(limit: number): Promise<Activity[]> {
  const tx = (await db()).transaction('activities');
  const found: Activity[] = [];
  let cursor = await tx.store.index('byDay').openCursor(null, 'prev');
  // Collect whole days so same-day order is by creation time, then trim.
  while (cursor && (found.length < limit || cursor.value.day === found[found.length - 1]?.day)) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found.sort(newestFirst).slice(0, limit);
}

/** The day of the oldest activity, or null with an empty log ("show more" knows when to stop). */
export async function oldestActivityDay(): Promise<DayKey | null> {
  const cursor = await (await db())
    .transaction('activities')
    .store.index('byDay')
    .openKeyCursor(null, 'next');
  return cursor ? (cursor.key as DayKey) : null;
}

/** Number of activities per skill id touched (one pass; for counts on role screens). */
export async function countsBySkill(fromDay: DayKey, toDay: DayKey): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const a of await activitiesBetween(fromDay, toDay)) {
    for (const id of new Set(a.skillIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The order every list of activities is shown in: newest day first, then latest entered. */
export function newestFirst(a: Activity, b: Activity): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  const ta = `${a.time ?? ''}${a.createdAt}`;
  const tb = `${b.time ?? ''}${b.createdAt}`;
  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

/** Drops empty optional fields so stored records stay small and exports tidy. */
function clean(input: ActivityInput): ActivityInput {
  const { note, link, time, ...rest } = input;
  return {
    ...rest,
    title: rest.title.trim(),
    skillIds: [...new Set(rest.skillIds)],
    ...(note?.trim() ? { note: note.trim() } : {}),
    ...(link?.trim() ? { link: link.trim() } : {}),
    ...(time ? { time } : {}),
  };
}
