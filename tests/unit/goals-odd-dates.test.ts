// Period arithmetic never throws and never runs away, whatever day a stored goal holds: the
// last week of year 9999 ends on 9999-12-31 (not in year 10000, which no key can hold), and a
// goal "started" in year 1 is counted from 2000 on, not over 100,000 weeks.
import { describe, expect, it } from 'vitest';
import { addDays, LAST_DAY, monthEnd, weekStart } from '../../src/domain/days';
import { dueItems, goalHistory, periodOf, periodsBetween } from '../../src/domain/goals/index';
import { periodGoalProgress } from '../../src/domain/goals/progress';
import type { DeliverableGoal, PeriodGoal } from '../../src/domain/types';

const T = '2026-11-01T08:00:00.000Z';
const period = (o: Partial<PeriodGoal>): PeriodGoal => ({
  id: 'g',
  createdAt: T,
  updatedAt: T,
  kind: 'period',
  title: 'G',
  start: '2026-11-02',
  pauses: [],
  archived: false,
  period: 'week',
  measure: 'sessions',
  target: 2,
  skillIds: [],
  roleIds: [],
  ...o,
});
const opts = { skillRoles: new Map(), roleSkills: new Map() } as never;

describe('odd stored dates', () => {
  it('day arithmetic stays on keys that exist', () => {
    expect(addDays('9999-12-31', 6)).toBe(LAST_DAY);
    expect(addDays('9999-12-31', 1)).toBe(LAST_DAY);
    expect(periodOf('9999-12-31', 'week', 1).end).toBe(LAST_DAY);
    expect(monthEnd('9999-12-31')).toBe(LAST_DAY);
    expect(weekStart('0000-01-01', 1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(periodsBetween('9999-12-20', '9999-12-31', 'week', 1).length).toBeLessThan(4);
  });

  it('a goal starting 9999-12-31 or 0001-01-01 gives its progress and history at once', () => {
    const today = '2026-12-01';
    const far = period({ start: '9999-12-31', measure: 'minutes', target: 1_000_000 });
    const old = period({ start: '0001-01-01', end: '9999-12-31', period: 'month' });
    for (const goal of [far, old]) {
      expect(() =>
        periodGoalProgress(goal, [], periodOf(today, goal.period, 1), opts),
      ).not.toThrow();
      const history = goalHistory(goal, [], today, 1, opts);
      expect(history.length).toBeGreaterThan(0);
      expect(history.length).toBeLessThan(400); // months since 2000, not since year 1
    }
    const due: DeliverableGoal = {
      id: 'd',
      createdAt: T,
      updatedAt: T,
      kind: 'deliverable',
      title: 'D',
      start: today,
      pauses: [],
      archived: false,
      due: '9999-12-31',
      skillIds: [],
    };
    expect(() => dueItems([far, old, due], today, () => undefined)).not.toThrow();
  });
});
