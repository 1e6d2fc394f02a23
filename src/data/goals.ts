import {
  type DayKey,
  type Goal,
  type Pause,
  type Reminder,
  reminderGoalId,
  type WeeklyReminder,
} from '../domain/types';
import { db, newId, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration, expectUnchanged } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, type RecordWrite, writeRecords } from './sync/hook';

// Goals are few (tens at most): they are read whole; their progress is never stored.

/** A goal as the form fills it: without id and stamps. */
export type GoalInput = Goal extends infer G
  ? G extends Goal
    ? Omit<G, 'id' | 'createdAt' | 'updatedAt'>
    : never
  : never;

export async function allGoals(): Promise<Goal[]> {
  return (await db()).getAll('goals');
}

/**
 * Creates a goal (no id) or replaces one (id given, createdAt kept). An edit names the stamp of
 * the copy it was made from (`readUpdatedAt`): a goal deleted or edited since is not written.
 */
export async function saveGoal(
  input: GoalInput,
  id?: string,
  readUpdatedAt?: string,
): Promise<Goal> {
  return withStorageErrors(async () => {
    const stamp = now();
    await assertStorable('goals', {
      ...input,
      id: id ?? newId(),
      createdAt: stamp,
      updatedAt: stamp,
    });
    const tx = (await db()).transaction(['goals', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('goals');
    const at = now();
    const [, found] = await Promise.all([checkGeneration(tx), id ? store.get(id) : undefined]);
    const current = id ? expectUnchanged(found, readUpdatedAt) : undefined;
    const goal = {
      ...input,
      id: id ?? newId(),
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
    } as Goal;
    const write = { store: 'goals', before: current, after: goal } as const;
    await commitWrites(tx, writeRecords(tx, [write], at));
    return goal;
  });
}

/** Deletes a goal and returns it for undo (null if it was already gone). */
/** What deleting a goal took away, so that undo can put all of it back. */
export interface RemovedGoal {
  readonly goal: Goal;
  /** Reminders that only made sense with the goal (deadline, not-met-yet): deleted with it. */
  readonly reminders: readonly Reminder[];
  /** Weekly reminders that were only quiet when the goal was met: kept, unlinked. */
  readonly unlinked: readonly Reminder[];
}

/**
 * Deletes a goal and, in the same transaction, its reminders: a reminder left pointing at a
 * missing goal would make every later backup refuse to restore. A weekly rule linked to the
 * goal is kept as a plain weekly rule. Returns what was taken, for undo (null if already gone).
 */
export async function deleteGoal(id: string): Promise<RemovedGoal | null> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['goals', 'reminders', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('goals');
    const rules = tx.objectStore('reminders');
    const [, found, allRules] = await Promise.all([
      checkGeneration(tx),
      store.get(id),
      rules.getAll(),
    ]);
    if (!found) {
      await tx.done;
      return null;
    }
    const linked = allRules.filter((r) => reminderGoalId(r) === id);
    const reminders = linked.filter((r) => r.kind !== 'weekly');
    const unlinked = linked.filter((r) => r.kind === 'weekly');
    const at = now();
    const writes: RecordWrite[] = [
      { store: 'goals', before: found, after: undefined },
      ...reminders.map((r) => ({ store: 'reminders', before: r, after: undefined }) as const),
      ...unlinked.map((r) => {
        const { goalId: _dropped, ...rest } = r as WeeklyReminder;
        return { store: 'reminders', before: r, after: { ...rest, updatedAt: at } } as const;
      }),
    ];
    // The goal, its reminders, their clocks and outgoing changes: one transaction.
    await commitWrites(tx, writeRecords(tx, writes, at));
    return { goal: found, reminders, unlinked };
  });
}

/** Puts back a deleted goal exactly as it was, with the reminders its deletion took (undo). */
export async function restoreGoal(removed: RemovedGoal): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction(['goals', 'reminders', ...CHANGE_STORES], 'readwrite');
    const rules = tx.objectStore('reminders');
    const back = [...removed.reminders, ...removed.unlinked];
    const [, goal, ...stored] = await Promise.all([
      checkGeneration(tx),
      tx.objectStore('goals').get(removed.goal.id),
      ...back.map((r) => rules.get(r.id)),
    ]);
    const writes: RecordWrite[] = [
      { store: 'goals', before: goal, after: removed.goal },
      ...back.map((r, i) => ({ store: 'reminders', before: stored[i], after: r }) as const),
    ];
    await commitWrites(tx, writeRecords(tx, writes, now()));
  });
}

/** A change applied to the goal as stored now (pause, archive, tick): never to a stale copy. */
async function change(id: string, update: (g: Goal) => Goal): Promise<Goal> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['goals', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('goals');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(id)]);
    const current = expectUnchanged(found, undefined);
    const next: Goal = { ...update(current), updatedAt: now() };
    const write = { store: 'goals', before: current, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], next.updatedAt));
    return next;
  });
}

/** Opens a pause from `day` (no-op when one is already open). */
export function pauseGoal(id: string, day: DayKey): Promise<Goal> {
  return change(id, (g) =>
    g.pauses.some((p) => p.to === undefined) ? g : { ...g, pauses: [...g.pauses, { from: day }] },
  );
}

/**
 * Closes the open pause on `day` (the goal counts again from that day). A pause opened and
 * closed on the same day leaves no trace.
 */
export function resumeGoal(id: string, day: DayKey): Promise<Goal> {
  return change(id, (g) => ({
    ...g,
    pauses: g.pauses.flatMap((p): Pause[] => {
      if (p.to !== undefined) return [p];
      return p.from >= day ? [] : [{ from: p.from, to: day }];
    }),
  }));
}

export function archiveGoal(id: string, archived = true): Promise<Goal> {
  return change(id, (g) => ({ ...g, archived }));
}

/** Ticks (or unticks) a deliverable as done on `day`. */
export function setDeliverableDone(id: string, day: DayKey | null): Promise<Goal> {
  return change(id, (g) => {
    if (g.kind !== 'deliverable') return g;
    const { doneOn: _drop, ...rest } = g;
    return day ? { ...rest, doneOn: day } : rest;
  });
}
