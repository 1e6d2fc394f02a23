import { computed, signal } from '@preact/signals';
import {
  allGoals,
  archiveGoal,
  deleteGoal,
  type GoalInput,
  pauseGoal,
  restoreGoal,
  resumeGoal,
  saveGoal,
  setDeliverableDone,
} from '../data/goals';
import { roleById } from '../domain/catalog/index';
import { addDays } from '../domain/days';
import type { GoalOptions } from '../domain/goals/index';
import type { Goal } from '../domain/types';
import { fmt, formatDay, plural } from '../i18n/format';
import { messages } from '../i18n/index';
import { inBackground } from './background';
import { catalog } from './catalog';
import { today } from './log';
import { reminderRulesChanged } from './reminder-rules';
import { noteRecordSaved } from './settings';
import { showToast } from './toast';

// Goals are few: all of them live in a signal. Their progress is computed by screens from
// the log window they read, never stored.

export type { GoalInput } from '../data/goals';

export const goals = signal<readonly Goal[]>([]);
export const activeGoals = computed(() => goals.value.filter((g) => !g.archived));

/** How goals limited to roles find their skills (follows custom roles too). */
export const goalOptions = computed<GoalOptions>(() => {
  const cat = catalog.value;
  return {
    roleSkillIds: (roleId) => roleById(cat, roleId)?.links.map((l) => l.skillId) ?? [],
  };
});

let loaded: Promise<void> | null = null;

export function loadGoals(): Promise<void> {
  loaded ??= allGoals().then((list) => {
    goals.value = sortGoals(list);
  });
  return loaded;
}

/** After a restore: read the goals again on next use. */
export function invalidateGoals(): void {
  loaded = null;
}

function put(goal: Goal): void {
  goals.value = sortGoals([...goals.value.filter((g) => g.id !== goal.id), goal]);
}

function sortGoals(list: readonly Goal[]): Goal[] {
  return [...list].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/** Creates a goal, or edits one: `readUpdatedAt` is the stamp of the copy the form showed. */
export async function submitGoal(
  input: GoalInput,
  id?: string,
  readUpdatedAt?: string,
): Promise<Goal> {
  const goal = await saveGoal(input, id, readUpdatedAt);
  put(goal);
  inBackground(noteRecordSaved);
  return goal;
}

export async function removeGoal(id: string): Promise<void> {
  const removed = await deleteGoal(id);
  goals.value = goals.value.filter((g) => g.id !== id);
  if (!removed) return;
  const rulesChanged = removed.reminders.length + removed.unlinked.length > 0;
  if (rulesChanged) reminderRulesChanged();
  const m = messages();
  showToast({
    message:
      removed.reminders.length > 0
        ? plural(m.goals.deletedWithReminders, removed.reminders.length)
        : m.goals.deleted,
    action: {
      label: m.common.undo,
      run: async () => {
        await restoreGoal(removed);
        put(removed.goal);
        if (rulesChanged) reminderRulesChanged();
      },
    },
  });
}

export async function pause(id: string): Promise<void> {
  put(await pauseGoal(id, today()));
}

export async function resume(id: string): Promise<void> {
  put(await resumeGoal(id, today()));
}

export async function setArchived(id: string, archived: boolean): Promise<void> {
  put(await archiveGoal(id, archived));
}

export async function tickDeliverable(id: string, done: boolean): Promise<void> {
  const goal = await setDeliverableDone(id, done ? today() : null);
  put(goal);
  if (done) {
    const { recogniseDeliverable } = await import('./recognition');
    recogniseDeliverable(goal);
  }
}

/** Days an example goal gets until its due date when adopted in one tap (editable later). */
export const EXAMPLE_GOAL_DAYS = 42;

/**
 * Makes a skill's example goal the user's own in one tap: a deliverable on that skill, due in
 * six weeks, with an Undo. Returns the new goal.
 */
export async function adoptExampleGoal(skillId: string, title: string): Promise<Goal> {
  const start = today();
  const goal = await submitGoal({
    kind: 'deliverable',
    title,
    start,
    due: addDays(start, EXAMPLE_GOAL_DAYS),
    skillIds: [skillId],
    pauses: [],
    archived: false,
  });
  const m = messages();
  showToast({
    message: fmt(m.goals.adopted, {
      day: formatDay(goal.kind === 'deliverable' ? goal.due : start),
    }),
    action: { label: m.common.undo, run: () => removeGoal(goal.id) },
  });
  return goal;
}
