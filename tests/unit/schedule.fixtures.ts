// Shared by the schedule and calendar tests: a time-zone switch and record builders.
import { format, parse } from 'date-fns';
import { afterAll, beforeAll } from 'vitest';
import type {
  AtRiskReminder,
  DeadlineReminder,
  DeliverableGoal,
  PeriodGoal,
  WeeklyReminder,
} from '../../src/domain/types';

/**
 * Runs the enclosing describe in `tz`. Node re-reads process.env.TZ when it is assigned, and
 * vitest's default 'forks' pool gives each test file its own process (under the 'threads' pool
 * it would NOT take effect: the first test of each zone checks the offsets really change).
 */
export function useTimeZone(tz: string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = tz;
  });
  afterAll(() => {
    if (saved === undefined) Reflect.deleteProperty(process.env, 'TZ');
    else process.env.TZ = saved;
  });
}

/** A local wall-clock instant, read in the zone active when called (call it inside tests). */
export const local = (s: string): Date => parse(s, 'yyyy-MM-dd HH:mm', new Date(0));
export const wall = (d: Date | null | undefined): string | null =>
  d ? format(d, 'yyyy-MM-dd HH:mm') : null;

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const reminderBase = { ...stamps, enabled: true, label: 'Study' };
const goalBase = { ...stamps, start: '2026-01-01', pauses: [], archived: false };

export const weekly = (o: Partial<WeeklyReminder> = {}): WeeklyReminder => ({
  ...reminderBase,
  id: 'w1',
  kind: 'weekly',
  days: [1, 3, 5],
  time: '18:30',
  ...o,
});
export const deadline = (o: Partial<DeadlineReminder> = {}): DeadlineReminder => ({
  ...reminderBase,
  id: 'd1',
  kind: 'deadline',
  goalId: 'g2',
  daysBefore: 3,
  time: '09:00',
  ...o,
});
export const atRisk = (o: Partial<AtRiskReminder> = {}): AtRiskReminder => ({
  ...reminderBase,
  id: 'a1',
  kind: 'atRisk',
  goalId: 'g1',
  weekday: 4,
  time: '20:00',
  ...o,
});
export const periodGoal = (o: Partial<PeriodGoal> = {}): PeriodGoal => ({
  ...goalBase,
  id: 'g1',
  kind: 'period',
  title: 'Two sessions a week',
  period: 'week',
  measure: 'sessions',
  target: 2,
  skillIds: [],
  roleIds: [],
  ...o,
});
export const deliverable = (o: Partial<DeliverableGoal> = {}): DeliverableGoal => ({
  ...goalBase,
  id: 'g2',
  kind: 'deliverable',
  title: 'Publish the audit',
  due: '2026-04-10',
  skillIds: [],
  ...o,
});
