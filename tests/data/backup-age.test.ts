import { beforeEach, describe, expect, it } from 'vitest';
import { deleteActivity, logActivity, updateActivity } from '../../src/data/activities';
import { dataTimes } from '../../src/data/backup/age';
import { deleteCustomSkill } from '../../src/data/custom-content';
import { deleteGoal } from '../../src/data/goals';
import type { Activity } from '../../src/domain/types';
import { backupNudgeDue } from '../../src/state/backup';
import { sampleData } from '../fixtures/backup-sample';
import { seed } from './fixture-db';

// The backup reminder reads the activities' two ends only (20,000 of them must not slow Today).
// A change anywhere else must still count as "changed since the last backup".

const BACKED_UP = '2026-03-20T12:00:00.000Z'; // after every record in the sample
const MIDDLE: Activity = {
  id: 'ac-middle',
  createdAt: '2026-03-05T09:00:00.000Z',
  updatedAt: '2026-03-05T09:00:00.000Z',
  day: '2026-03-05',
  minutes: 20,
  type: 'practice',
  title: 'Risposte modello',
  skillIds: ['cm.moderation'],
};

async function dueAfter(change: () => Promise<unknown>): Promise<[boolean, boolean]> {
  const now = new Date();
  const due = async () => backupNudgeDue({ ...(await dataTimes()), lastBackupAt: BACKED_UP, now });
  const before = await due();
  await change();
  return [before, await due()];
}

beforeEach(async () => {
  const data = sampleData();
  await seed({ ...data, activities: [...data.activities, MIDDLE] });
});

describe('what the backup reminder counts as a change', () => {
  it('an edit to an activity in the middle of the history', async () => {
    const { id, createdAt, updatedAt, ...input } = MIDDLE;
    expect(await dueAfter(() => updateActivity(id, { ...input, minutes: 25 }))).toEqual([
      false,
      true,
    ]);
  });

  it('an activity logged for a past day', async () => {
    const { id, createdAt, updatedAt, ...input } = MIDDLE;
    expect(await dueAfter(() => logActivity({ ...input, day: '2026-03-06' }))).toEqual([
      false,
      true,
    ]);
  });

  it('a deleted activity', async () => {
    expect(await dueAfter(() => deleteActivity(MIDDLE.id))).toEqual([false, true]);
  });

  it('a deleted goal', async () => {
    const { goals } = sampleData();
    expect(await dueAfter(() => deleteGoal(goals[0]?.id ?? ''))).toEqual([false, true]);
  });

  it('a deleted custom skill', async () => {
    const { customSkills } = sampleData();
    expect(await dueAfter(() => deleteCustomSkill(customSkills[0]?.id ?? ''))).toEqual([
      false,
      true,
    ]);
  });

  it('not a delete of something already gone', async () => {
    expect(await dueAfter(() => deleteActivity('no-such-activity'))).toEqual([false, false]);
  });
});
