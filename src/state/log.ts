import { signal } from '@preact/signals';
import {
  type ActivityInput,
  activitiesBetween,
  activitiesForSkill,
  activityById,
  deleteActivity,
  latestActivities,
  logActivity,
  newestFirst,
  oldestActivityDay,
  restoreActivity,
  updateActivity,
} from '../data/activities';
import { addDays, todayKey } from '../domain/days';
import type { Activity, DayKey } from '../domain/types';
import { messages } from '../i18n/index';
import { inBackground } from './background';
import { noteRecordSaved } from './settings';
import { showToast } from './toast';

// The log as the screens see it. Nothing keeps the whole history in memory: each screen reads
// the window it shows, and re-reads it when `logVersion` moves (any save, delete or undo).
// One exception: Today's recent window (90 days) is kept and patched by this tab's own writes,
// so coming back to Today after a save shows the new numbers without reading 90 days again.

export type { ActivityInput } from '../data/activities';

/** Bumped after every change to the log: screens depending on it reload their window. */
export const logVersion = signal(0);

/** "Today" for the screens, from the device clock (domain code takes it as a parameter). */
export function today(): DayKey {
  return todayKey(new Date());
}

/**
 * Saves a new activity, or replaces one when `id` is given: `readUpdatedAt`, the stamp of the
 * copy the form showed, makes sure an activity deleted or edited elsewhere is not overwritten.
 */
export async function saveActivity(
  input: ActivityInput,
  id?: string,
  readUpdatedAt?: string,
): Promise<Activity> {
  const saved = id ? await updateActivity(id, input, readUpdatedAt) : await logActivity(input);
  patchRecent(saved.id, saved);
  logVersion.value++;
  inBackground(noteRecordSaved);
  // A goal met by this session gets its moment (lazy: the recognition code is off first load).
  if (!id) inBackground(async () => (await import('./recognition')).recogniseActivity(saved));
  return saved;
}

/** Deletes an activity and offers "Undo" in a toast for a few seconds. */
export async function removeActivity(id: string): Promise<void> {
  const removed = await deleteActivity(id);
  patchRecent(id, null);
  logVersion.value++;
  if (!removed) return;
  const m = messages();
  showToast({
    message: m.log.deleted,
    action: {
      label: m.common.undo,
      run: async () => {
        await restoreActivity(removed);
        patchRecent(removed.id, removed);
        logVersion.value++;
      },
    },
  });
}

/** Reads for screens (components do not import the data layer). */
export const getActivity = activityById;
export const readActivities = activitiesBetween;
export const readLatest = latestActivities;
export const readForSkill = activitiesForSkill;
export const readOldestDay = oldestActivityDay;

/** The last window read by readLastDays, with this tab's later writes applied to it. */
let recent: { from: DayKey; to: DayKey; list: Activity[] } | null = null;

/** The last `days` days up to today, both ends included (e.g. 90 for the consistency score). */
export async function readLastDays(days: number, to: DayKey = today()): Promise<Activity[]> {
  const from = addDays(to, -(days - 1));
  if (recent && recent.from === from && recent.to === to) return recent.list;
  const list = await activitiesBetween(from, to);
  recent = { from, to, list };
  return list;
}

/** Applies one of this tab's writes to the kept window (a new array: screens compare by identity). */
function patchRecent(removedId: string | null, added: Activity | null): void {
  if (!recent) return;
  const { from, to } = recent;
  const list = recent.list.filter((a) => a.id !== removedId && a.id !== added?.id);
  if (added && added.day >= from && added.day <= to) list.push(added);
  recent = { from, to, list: list.sort(newestFirst) };
}

/**
 * Forgets the kept window. Called when the app comes back to the foreground: another tab may
 * have logged meanwhile (a restore elsewhere already asks this tab to reload).
 */
export function forgetRecentWindow(): void {
  recent = null;
}
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', forgetRecentWindow);
}
