import { signal } from '@preact/signals';
import {
  type ActivityInput,
  activitiesBetween,
  activitiesForSkill,
  activityById,
  deleteActivity,
  latestActivities,
  logActivity,
  oldestActivityDay,
  restoreActivity,
  updateActivity,
} from '../data/activities';
import { addDays, todayKey } from '../domain/days';
import type { Activity, DayKey } from '../domain/types';
import { messages } from '../i18n/index';
import { noteRecordSaved } from './settings';
import { showToast } from './toast';

// The log as the screens see it. Nothing keeps the whole history in memory: each screen reads
// the window it shows, and re-reads it when `logVersion` moves (any save, delete or undo).

export type { ActivityInput } from '../data/activities';

/** Bumped after every change to the log: screens depending on it reload their window. */
export const logVersion = signal(0);

/** "Today" for the screens, from the device clock (domain code takes it as a parameter). */
export function today(): DayKey {
  return todayKey(new Date());
}

/** Saves a new activity, or replaces one when `id` is given. */
export async function saveActivity(input: ActivityInput, id?: string): Promise<Activity> {
  const saved = id ? await updateActivity(id, input) : await logActivity(input);
  logVersion.value++;
  void noteRecordSaved().catch(() => {});
  return saved;
}

/** Deletes an activity and offers "Undo" in a toast for a few seconds. */
export async function removeActivity(id: string): Promise<void> {
  const removed = await deleteActivity(id);
  logVersion.value++;
  if (!removed) return;
  const m = messages();
  showToast({
    message: m.log.deleted,
    action: {
      label: m.common.undo,
      run: async () => {
        await restoreActivity(removed);
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

/** The last `days` days up to today, both ends included (e.g. 90 for the consistency score). */
export function readLastDays(days: number, to: DayKey = today()): Promise<Activity[]> {
  return activitiesBetween(addDays(to, -(days - 1)), to);
}
