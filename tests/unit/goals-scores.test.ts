import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../src/domain/days';
import { consistencyScore, consistencySeries, weeklyStreak } from '../../src/domain/goals';
import { act, useRomeTime } from './goals-fixtures';

useRomeTime();

/** Activities on the given ISO weekdays (1 = Monday) of every week from..to. */
function routine(from: string, to: string, weekdays: number[]) {
  return eachDay(from, to)
    .filter((d) => weekdays.includes(((new Date(`${d}T12:00`).getDay() + 6) % 7) + 1))
    .map((d) => act(d));
}

describe('consistencyScore', () => {
  const steady = routine('2026-01-05', '2026-04-26', [1, 3, 5]); // 3 days a week, 16 weeks

  it('is 0 with nothing logged, and climbs with a steady routine', () => {
    expect(consistencyScore([], '2026-04-26')).toBe(0);
    const after4 = consistencyScore(steady, '2026-02-01');
    const after16 = consistencyScore(steady, '2026-04-26');
    expect(after4).toBeGreaterThan(20);
    expect(after16).toBeGreaterThan(after4);
    expect(after16).toBeGreaterThan(90);
  });

  it('drops after missed weeks without reaching zero, then recovers', () => {
    const before = consistencyScore(steady, '2026-04-26');
    const afterTwoWeeksOff = consistencyScore(steady, '2026-05-10');
    expect(afterTwoWeeksOff).toBeLessThan(before);
    expect(afterTwoWeeksOff).toBeGreaterThan(before * 0.5);
    const back = [...steady, ...routine('2026-05-11', '2026-06-07', [1, 3, 5])];
    expect(consistencyScore(back, '2026-06-07')).toBeGreaterThan(afterTwoWeeksOff + 15);
  });

  it('one missed day lowers it a little, not to zero', () => {
    const series = consistencySeries(steady, '2026-05-03');
    const last = series.at(-1)?.score ?? 0;
    const weekBefore = series.at(-8)?.score ?? 0;
    expect(last).toBeLessThan(weekBefore);
    expect(last).toBeGreaterThan(weekBefore * 0.78);
  });

  it('gives full credit to an aim of 1 day a week met weekly', () => {
    const weekly = routine('2026-01-05', '2026-12-27', [6]);
    expect(consistencyScore(weekly, '2026-12-27', { daysPerWeek: 1 })).toBeGreaterThan(95);
    expect(consistencyScore(weekly, '2026-12-27', { daysPerWeek: 3 })).toBeLessThan(40);
  });

  it('stands still on paused days', () => {
    const pauses = [{ from: '2026-04-27', to: '2026-05-11' }];
    const series = consistencySeries(steady, '2026-05-10', { pauses });
    const atPause = series.find((p) => p.day === '2026-04-26')?.score;
    const paused = series.filter((p) => p.paused);
    expect(paused).toHaveLength(14);
    expect(paused.every((p) => p.score === atPause)).toBe(true);
    expect(consistencyScore(steady, '2026-05-10', { pauses })).toBe(Math.round(atPause ?? -1));
  });

  it('has one point per calendar day through both DST changes', () => {
    const series = consistencySeries(steady, '2026-11-01', { from: '2026-03-01' });
    expect(series).toHaveLength(eachDay('2026-03-01', '2026-11-01').length);
    expect(series.map((p) => p.day)).toContain('2026-03-29');
    expect(series.map((p) => p.day)).toContain('2026-10-25');
    expect(new Set(series.map((p) => p.day)).size).toBe(series.length);
  });
});

describe('weeklyStreak', () => {
  // Weeks (Monday start) of 2, 9, 16 and 23 March each have a session; 30 March not yet.
  const log = ['2026-03-03', '2026-03-10', '2026-03-16', '2026-03-29'].map((d) => act(d));

  it('does not break while the current week is still open', () => {
    expect(weeklyStreak(log, '2026-04-01', 1)).toBe(4);
  });
  it('counts the current week once it is met', () => {
    expect(weeklyStreak([...log, act('2026-03-31')], '2026-04-01', 1)).toBe(5);
  });
  it('is broken by a past week without enough sessions', () => {
    expect(weeklyStreak(log, '2026-04-06', 1)).toBe(0);
    expect(weeklyStreak(log, '2026-04-01', 1, 2)).toBe(0);
  });
  it('depends on where the week starts', () => {
    // Sunday weeks: 16 March ends the week of 15 March, 29 March opens a new one, and the
    // week of 22-28 March in between had nothing.
    expect(weeklyStreak(log, '2026-03-29', 0)).toBe(1);
    expect(weeklyStreak(log, addDays('2026-03-29', 1), 1)).toBe(4);
  });
});
