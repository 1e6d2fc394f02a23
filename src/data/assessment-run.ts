import { type AssessmentRun, parseRun } from '../domain/assess/run';
import type { Timestamp } from '../domain/types';
import { db } from './db';
import { withStorageErrors } from './errors';

// The guided self-assessment's place, kept in the `meta` store so that closing the app mid-way
// resumes at the same skill, and the last finished first run, for Today's "starting point".
// Not part of a backup: the ratings themselves are (skillStates and assessments).

const RUN = 'assess.run';
const FINISHED = 'assess.finished';

/** A first run that ended: Today shows the starting point of these roles until dismissed. */
export interface FinishedRun {
  readonly roleIds: readonly string[];
  readonly finishedAt: Timestamp;
}

/** The run in progress, or null. */
export async function loadRun(): Promise<AssessmentRun | null> {
  return parseRun((await (await db()).get('meta', RUN))?.value);
}

export async function saveRun(run: AssessmentRun): Promise<void> {
  await withStorageErrors(async () => {
    await (await db()).put('meta', { key: RUN, value: run });
  });
}

/**
 * Ends the run in progress. A first run that reached its end (`finished`) is remembered for
 * Today, in the same transaction: no moment where the run is gone and the result not there.
 */
export async function endRun(finished: FinishedRun | null): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction('meta', 'readwrite');
    const writes: Promise<unknown>[] = [tx.store.delete(RUN)];
    if (finished) writes.push(tx.store.put({ key: FINISHED, value: finished }));
    await Promise.all([...writes, tx.done]);
  });
}

/** The last finished first run not dismissed from Today, or null. */
export async function loadFinished(): Promise<FinishedRun | null> {
  const value = (await (await db()).get('meta', FINISHED))?.value as Partial<FinishedRun> | null;
  if (!value || typeof value.finishedAt !== 'string' || !Array.isArray(value.roleIds)) return null;
  return {
    roleIds: value.roleIds.filter((id) => typeof id === 'string'),
    finishedAt: value.finishedAt,
  };
}

export async function dismissFinished(): Promise<void> {
  await withStorageErrors(async () => {
    await (await db()).delete('meta', FINISHED);
  });
}
