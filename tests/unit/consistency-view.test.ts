import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../src/domain/days';
import {
  consistencyAim,
  consistencyScore,
  consistencyView,
  periodOf,
} from '../../src/domain/goals';
import { act, periodGoal, useRomeTime } from './goals-fixtures';

useRomeTime();

const week = (day: string) => periodOf(day, 'week', 1);
const view = (log: { day: string }[], today: string, aim = 3) =>
  consistencyView(log, today, week(today), { daysPerWeek: aim });

describe('consistencyView', () => {
  it('a perfect first week reads as met and building, not as a low score', () => {
    // Monday, Wednesday, Friday of the first week: exactly the aim of 3 days.
    const log = [act('2026-03-02'), act('2026-03-04'), act('2026-03-06')];
    expect(consistencyScore(log, '2026-03-06')).toBeLessThan(15); // what used to be shown
    expect(view(log, '2026-03-06')).toMatchObject({
      activeDays: 3,
      aim: 3,
      aimMet: true,
      trend: 'building',
    });
  });

  it('counts days, not sessions: two sessions on one day are one day', () => {
    const log = [act('2026-03-02'), act('2026-03-02'), act('2026-03-03')];
    expect(view(log, '2026-03-04')).toMatchObject({ activeDays: 2, aimMet: false });
  });

  it('has no trend before the first activity', () => {
    expect(view([], '2026-03-04')).toMatchObject({ activeDays: 0, trend: null, aimMet: false });
  });

  it('reads steady after months at the aim, and slipping after two weeks off', () => {
    const routine = eachDay('2026-01-05', '2026-04-26')
      .filter((d) => [1, 3, 5].includes(((new Date(`${d}T12:00`).getDay() + 6) % 7) + 1))
      .map((d) => act(d));
    expect(view(routine, '2026-04-26').trend).toBe('steady');
    expect(view(routine, addDays('2026-04-26', 14)).trend).toBe('slipping');
  });

  it('after two weeks off, a week back at the aim reads met and building again', () => {
    const before = eachDay('2026-01-05', '2026-03-15').map((d) => act(d));
    const back = [...before, act('2026-03-30'), act('2026-03-31'), act('2026-04-01')];
    expect(view(before, '2026-03-29').trend).toBe('slipping');
    expect(view(back, '2026-04-01')).toMatchObject({
      activeDays: 3,
      aimMet: true,
      trend: 'building',
    });
  });
});

describe('consistencyAim', () => {
  it('is the target of a weekly sessions goal counting every activity, else 3', () => {
    expect(consistencyAim([], '2026-03-04')).toEqual({ days: 3, fromGoal: false });
    expect(consistencyAim([periodGoal({ target: 2 })], '2026-03-04')).toEqual({
      days: 2,
      fromGoal: true,
    });
    expect(consistencyAim([periodGoal({ target: 12 })], '2026-03-04').days).toBe(7);
    const limited = periodGoal({ target: 5, skillIds: ['x'] });
    const minutes = periodGoal({ target: 120, measure: 'minutes' });
    const archived = periodGoal({ target: 5, archived: true });
    expect(consistencyAim([limited, minutes, archived], '2026-03-04')).toEqual({
      days: 3,
      fromGoal: false,
    });
  });
});
