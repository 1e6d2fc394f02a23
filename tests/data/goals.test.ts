import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/data/backup/export';
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
} from '../../src/data/goals';
import { allReminders, saveReminder } from '../../src/data/reminders';
import { reminderGoalId } from '../../src/domain/types';

const weekly: GoalInput = {
  kind: 'period',
  title: '2 sessions a week',
  start: '2026-03-02',
  pauses: [],
  archived: false,
  period: 'week',
  measure: 'sessions',
  target: 2,
  skillIds: [],
  roleIds: [],
};

describe('goals', () => {
  it('pauses and resumes: the pause is recorded from..to, and a second pause is a new span', async () => {
    const goal = await saveGoal(weekly);
    await pauseGoal(goal.id, '2026-03-10');
    await pauseGoal(goal.id, '2026-03-11'); // already paused: nothing changes
    let stored = await resumeGoal(goal.id, '2026-03-17');
    expect(stored.pauses).toEqual([{ from: '2026-03-10', to: '2026-03-17' }]);
    await pauseGoal(goal.id, '2026-04-01');
    stored = (await allGoals())[0] ?? stored;
    expect(stored.pauses).toEqual([
      { from: '2026-03-10', to: '2026-03-17' },
      { from: '2026-04-01' },
    ]);
  });

  it('a pause opened and closed the same day leaves no trace', async () => {
    const goal = await saveGoal(weekly);
    await pauseGoal(goal.id, '2026-03-10');
    expect((await resumeGoal(goal.id, '2026-03-10')).pauses).toEqual([]);
  });

  it('archives, deletes and restores a goal', async () => {
    const goal = await saveGoal(weekly);
    expect((await archiveGoal(goal.id)).archived).toBe(true);
    const removed = await deleteGoal(goal.id);
    expect(await allGoals()).toEqual([]);
    if (removed) await restoreGoal(removed);
    expect((await allGoals()).map((g) => g.id)).toEqual([goal.id]);
  });

  it('editing keeps the creation time; a deliverable can be ticked and unticked', async () => {
    const goal = await saveGoal({
      kind: 'deliverable',
      title: 'Moderation playbook',
      start: '2026-03-01',
      due: '2026-04-30',
      pauses: [],
      archived: false,
      skillIds: [],
    });
    const renamed = await saveGoal({ ...weekly, title: 'Renamed' }, goal.id);
    expect(renamed.createdAt).toBe(goal.createdAt);
    const d = await saveGoal(
      {
        kind: 'deliverable',
        title: 'X',
        start: '2026-03-01',
        due: '2026-04-30',
        pauses: [],
        archived: false,
        skillIds: [],
      },
      goal.id,
    );
    const ticked = await setDeliverableDone(d.id, '2026-04-02');
    expect(ticked.kind === 'deliverable' && ticked.doneOn).toBe('2026-04-02');
    const unticked = await setDeliverableDone(d.id, null);
    expect(unticked.kind === 'deliverable' && 'doneOn' in unticked).toBe(false);
  });

  it('deleting a goal takes its reminders along, so the next backup still restores; undo brings all back', async () => {
    const goal = await saveGoal(weekly);
    const atRisk = await saveReminder({
      kind: 'atRisk',
      enabled: true,
      label: 'Not met yet',
      goalId: goal.id,
      weekday: 5,
      time: '18:00',
    });
    const practice = await saveReminder({
      kind: 'weekly',
      enabled: true,
      label: 'Practice',
      days: [2],
      time: '18:30',
      goalId: goal.id,
    });
    const removed = await deleteGoal(goal.id);
    const left = await allReminders();
    // The rule that only made sense with the goal went with it; the weekly one stays, unlinked.
    expect(left.map((r) => r.id)).toEqual([practice.id]);
    expect(left[0] && reminderGoalId(left[0])).toBeUndefined();
    expect((await exportBackup()).problem).toBeNull();

    if (removed) await restoreGoal(removed);
    const back = await allReminders();
    expect(back.map((r) => r.id).sort()).toEqual([atRisk.id, practice.id].sort());
    const put = back.find((r) => r.id === practice.id);
    expect(put && reminderGoalId(put)).toBe(goal.id);
    expect((await exportBackup()).problem).toBeNull();
  });
});
