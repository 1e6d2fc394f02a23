// The data layer refuses, before writing, any record a backup would refuse: whatever a form or
// a bug hands it, the device never holds something its own backup cannot restore.
import { describe, expect, it } from 'vitest';
import { activitiesBetween, logActivity } from '../../src/data/activities';

const allActivities = () => activitiesBetween('0000-01-01', '9999-12-31');

import { saveCustomSkill } from '../../src/data/custom-content';
import { allGoals, saveGoal } from '../../src/data/goals';
import { addEvidence } from '../../src/data/skills';
import { STORED } from '../../src/domain/limits';
import type { CustomSkill } from '../../src/domain/types';

const T = '2026-11-01T08:00:00.000Z';
const activity = {
  day: '2026-11-30',
  minutes: 30,
  type: 'course' as const,
  title: 'Course',
  skillIds: [],
};

describe('the data layer checks each record against the backup schema', () => {
  it('refuses an activity a backup would refuse, and writes nothing', async () => {
    await expect(logActivity({ ...activity, minutes: 1441 })).rejects.toMatchObject({
      name: 'InvalidRecordError',
      path: 'minutes',
    });
    await expect(
      logActivity({ ...activity, title: 'x'.repeat(STORED.title + 1) }),
    ).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
    await expect(logActivity({ ...activity, skillIds: ['a\nb'] })).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
    expect(await allActivities()).toEqual([]);
  });

  it('refuses a goal with a target past the stored range, a skill with an unsafe step id', async () => {
    await expect(
      saveGoal({
        kind: 'period',
        title: 'G',
        start: '2026-11-30',
        pauses: [],
        archived: false,
        period: 'week',
        measure: 'sessions',
        target: 0,
        skillIds: [],
        roleIds: [],
      }),
    ).rejects.toMatchObject({ name: 'InvalidRecordError', path: 'target' });
    expect(await allGoals()).toEqual([]);
    const skill: CustomSkill = {
      id: 'my-x',
      createdAt: T,
      updatedAt: T,
      custom: true,
      name: 'S',
      description: '',
      checklist: [{ id: 'my-x/1\r\n', text: 'step' }],
      exampleGoals: [],
    };
    await expect(saveCustomSkill(skill)).rejects.toMatchObject({ name: 'InvalidRecordError' });
    await expect(
      addEvidence('cm.moderation', { note: 'n', day: '2026-02-30' }),
    ).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
  });

  it('saves what the forms send', async () => {
    await logActivity({ ...activity, title: 't'.repeat(200), note: 'n'.repeat(5000) });
    expect(await allActivities()).toHaveLength(1);
  });
});
