import { describe, expect, it } from 'vitest';
import { removeGoal, submitGoal } from '../../src/state/goals';
import { loadReminders, reminders, submitReminder } from '../../src/state/reminders';
import { toast } from '../../src/state/toast';

// Deleting a goal removes its deadline reminder in storage; the Reminders list a person has
// open must drop it at once, and Undo must bring it back there too.

describe('a goal deleted with its reminder', () => {
  it('leaves the reminders list at once, and Undo puts it back', async () => {
    const goal = await submitGoal({
      kind: 'deliverable',
      title: 'Crisis playbook',
      start: '2026-11-01',
      due: '2026-12-20',
      pauses: [],
      archived: false,
      skillIds: [],
    });
    await loadReminders();
    await submitReminder({
      kind: 'deadline',
      enabled: true,
      label: 'Playbook due soon',
      goalId: goal.id,
      daysBefore: 3,
      time: '09:00',
    });
    expect(reminders.value.map((r) => r.label)).toEqual(['Playbook due soon']);

    await removeGoal(goal.id);
    await expect.poll(() => reminders.value.length).toBe(0);

    await toast.value?.action?.run();
    await expect.poll(() => reminders.value.map((r) => r.label)).toEqual(['Playbook due soon']);
  });
});
