// Builders for goal and stats tests, plus the Rome clock they run on.
import { afterAll } from 'vitest';
import type { Activity, DeliverableGoal, LevelGoal, PeriodGoal } from '../../src/domain/types';

/** Run this file's tests in Europe/Rome (call at top level, before any Date is made). */
export function useRomeTime(): void {
  const previous = process.env.TZ;
  process.env.TZ = 'Europe/Rome';
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

const STAMP = '2026-01-01T00:00:00.000Z';
let seq = 0;

export function act(day: string, minutes = 30, skillIds: string[] = []): Activity {
  seq++;
  return {
    id: `a${seq}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    day,
    minutes,
    type: 'practice',
    title: `activity ${seq}`,
    skillIds,
  };
}

export function periodGoal(over: Partial<PeriodGoal> = {}): PeriodGoal {
  return {
    id: 'g1',
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'period',
    title: 'Two sessions a week',
    start: '2026-03-02',
    pauses: [],
    archived: false,
    period: 'week',
    measure: 'sessions',
    target: 2,
    skillIds: [],
    roleIds: [],
    ...over,
  };
}

export function levelGoal(over: Partial<LevelGoal> = {}): LevelGoal {
  return {
    id: 'l1',
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'level',
    title: 'Confident in analytics',
    start: '2026-01-01',
    pauses: [],
    archived: false,
    skillId: 'analytics',
    level: 3,
    due: '2026-06-30',
    ...over,
  };
}

export function deliverable(over: Partial<DeliverableGoal> = {}): DeliverableGoal {
  return {
    id: 'd1',
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'deliverable',
    title: 'Publish the editorial calendar',
    start: '2026-01-01',
    pauses: [],
    archived: false,
    due: '2026-06-30',
    skillIds: [],
    ...over,
  };
}
