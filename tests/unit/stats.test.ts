import { describe, expect, it } from 'vitest';
import { daysBetween, todayKey } from '../../src/domain/days';
import { heatmap52, minutesByRole, minutesBySkill, weeklyMinutes } from '../../src/domain/stats';
import { act, useRomeTime } from './goals-fixtures';

useRomeTime();

describe('heatmap52', () => {
  const log = [
    act('2026-04-01', 30),
    act('2026-04-01', 15),
    act(todayKey(new Date(2026, 2, 29, 23, 45)), 20), // end of the 23-hour day
    act(todayKey(new Date(2026, 9, 25, 0, 15)), 40), // start of the 25-hour day
    act('2025-01-01', 999), // before the grid
    act('2026-11-20', 999), // after today
  ];
  const grid = heatmap52(log, '2026-11-04', 1);
  const cells = grid.flat();

  it('has 53 columns of 7 consecutive days, starting on the chosen weekday', () => {
    expect(grid).toHaveLength(53);
    expect(grid.every((col) => col.length === 7)).toBe(true);
    expect(grid[0]?.[0]?.day).toBe('2025-11-03'); // a Monday, 52 weeks before this week's
    expect(grid[52]?.[0]?.day).toBe('2026-11-02');
    for (let i = 1; i < cells.length; i++) {
      expect(daysBetween(cells[i - 1]?.day ?? '', cells[i]?.day ?? '')).toBe(1);
    }
    expect(heatmap52([], '2026-11-04', 0)[0]?.[0]?.day).toBe('2025-11-02'); // a Sunday
  });

  it('sums each day, puts DST-night activities on their own day, ignores the rest', () => {
    const day = (d: string) => cells.find((c) => c.day === d);
    expect(day('2026-04-01')).toMatchObject({ minutes: 45, sessions: 2 });
    expect(day('2026-03-29')?.minutes).toBe(20);
    expect(day('2026-10-25')?.minutes).toBe(40);
    expect(day('2026-10-24')?.minutes).toBe(0);
    expect(cells.reduce((sum, c) => sum + c.minutes, 0)).toBe(105);
  });

  it('marks the days after today as future', () => {
    expect(grid[52]?.map((c) => c.future)).toEqual([false, false, false, true, true, true, true]);
    expect(cells.filter((c) => c.future).every((c) => c.minutes === 0)).toBe(true);
  });
});

describe('weeklyMinutes', () => {
  it('buckets minutes by week across the spring DST change, only within from..to', () => {
    const log = [
      act('2026-03-22', 10), // Sunday before "from"
      act('2026-03-23', 30),
      act('2026-03-29', 25), // Sunday of the DST change
      act('2026-03-30', 50),
      act('2026-04-06', 5),
    ];
    expect(weeklyMinutes(log, '2026-03-23', '2026-04-05', 1)).toEqual([
      { start: '2026-03-23', end: '2026-03-29', minutes: 55, sessions: 2 },
      { start: '2026-03-30', end: '2026-04-05', minutes: 50, sessions: 1 },
    ]);
    expect(weeklyMinutes(log, '2026-03-23', '2026-04-05', 0).map((w) => w.minutes)).toEqual([
      30, 75, 0,
    ]);
  });
});

describe('minutesBySkill', () => {
  it('gives full minutes to each skill but counts the total once', () => {
    const log = [
      act('2026-05-01', 60, ['analytics', 'reporting']),
      act('2026-05-02', 30, ['analytics', 'analytics']),
      act('2026-05-03', 15, []),
      act('2026-06-01', 100, ['analytics']),
    ];
    const r = minutesBySkill(log, '2026-05-01', '2026-05-31');
    expect(r.skills).toEqual([
      { skillId: 'analytics', minutes: 90, sessions: 2 },
      { skillId: 'reporting', minutes: 60, sessions: 1 },
    ]);
    expect(r).toMatchObject({ totalMinutes: 105, totalSessions: 3, untaggedMinutes: 15 });
  });
});

describe('minutesByRole', () => {
  const link = (skillId: string) => ({ skillId, areaId: 'a', core: true, target: 3 as const });
  const roles = [
    { id: 'cm', links: [link('moderation'), link('community')] },
    { id: 'strategist', links: [link('analytics'), link('reporting')] },
    { id: 'smm', links: [link('analytics'), link('content')] },
  ];

  it('counts an activity once per role, even touching several of its skills', () => {
    const log = [
      act('2026-05-01', 60, ['analytics', 'reporting']),
      act('2026-05-02', 20, ['moderation']),
      act('2026-05-03', 10, ['unknown']),
      act('2026-04-30', 500, ['moderation']),
    ];
    expect(minutesByRole(log, roles, '2026-05-01', '2026-05-31')).toEqual([
      { roleId: 'cm', minutes: 20, sessions: 1 },
      { roleId: 'strategist', minutes: 60, sessions: 1 },
      { roleId: 'smm', minutes: 60, sessions: 1 },
    ]);
  });
});
