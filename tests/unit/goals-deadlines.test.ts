import { describe, expect, it } from 'vitest';
import { deliverableStatus, dueItems, levelGoalStatus } from '../../src/domain/goals';
import type { Rating } from '../../src/domain/types';
import { deliverable, levelGoal, periodGoal, useRomeTime } from './goals-fixtures';

useRomeTime();

describe('levelGoalStatus', () => {
  const goal = levelGoal({ level: 3, due: '2026-06-30' });

  it('is done once the rating reaches the level, whatever the date', () => {
    expect(levelGoalStatus(goal, 3, '2026-08-01')).toBe('done');
    expect(levelGoalStatus(goal, 4, '2026-01-01')).toBe('done');
  });
  it('goes open, due soon (7 days, due day included), then overdue', () => {
    expect(levelGoalStatus(goal, 2, '2026-06-22')).toBe('open');
    expect(levelGoalStatus(goal, 2, '2026-06-23')).toBe('due-soon');
    expect(levelGoalStatus(goal, 2, '2026-06-30')).toBe('due-soon');
    expect(levelGoalStatus(goal, null, '2026-07-01')).toBe('overdue');
  });
  it('never counts "not relevant" as reaching a level', () => {
    expect(levelGoalStatus(goal, 'na', '2026-07-01')).toBe('overdue');
  });
  it('is paused while a pause lasts, then back to its date', () => {
    const paused = levelGoal({
      due: '2026-06-30',
      pauses: [{ from: '2026-06-01', to: '2026-07-05' }],
    });
    expect(levelGoalStatus(paused, 1, '2026-07-01')).toBe('paused');
    expect(levelGoalStatus(paused, 1, '2026-07-05')).toBe('overdue');
  });
});

describe('deliverableStatus', () => {
  it('is done when ticked, even late', () => {
    expect(deliverableStatus(deliverable({ doneOn: '2026-07-10' }), '2026-08-01')).toBe('done');
    expect(deliverableStatus(deliverable(), '2026-08-01')).toBe('overdue');
    expect(deliverableStatus(deliverable(), '2026-03-01')).toBe('open');
  });
});

describe('dueItems', () => {
  it('lists only what is due soon or overdue, oldest first, across DST', () => {
    const ratings: Record<string, Rating> = { analytics: 1, copy: 4 };
    const goals = [
      deliverable({ id: 'soon', title: 'Report', due: '2026-03-30' }),
      levelGoal({ id: 'late', skillId: 'analytics', due: '2026-03-20' }),
      levelGoal({ id: 'reached', skillId: 'copy', level: 3, due: '2026-03-20' }),
      deliverable({ id: 'far', due: '2026-05-01' }),
      deliverable({ id: 'archived', due: '2026-03-01', archived: true }),
      deliverable({ id: 'ticked', due: '2026-03-01', doneOn: '2026-02-27' }),
      periodGoal({ id: 'weekly' }),
    ];
    const items = dueItems(goals, '2026-03-27', (id) => ratings[id]);
    expect(items.map((i) => [i.goal.id, i.status, i.daysLeft])).toEqual([
      ['late', 'overdue', -7],
      ['soon', 'due-soon', 3],
    ]);
  });
});
