import { describe, expect, it } from 'vitest';
import { todayKey } from '../../src/domain/days';
import {
  type GoalOptions,
  goalHistory,
  periodGoalProgress,
  periodOf,
} from '../../src/domain/goals';
import { act, periodGoal, useRomeTime } from './goals-fixtures';

useRomeTime();

const roles: Record<string, string[]> = { strategist: ['analytics', 'reporting'] };
const opts: GoalOptions = { roleSkillIds: (id) => roles[id] ?? [] };
const week = (day: string) => periodOf(day, 'week', 1);
const statuses = (h: { status: string }[]) => h.map((p) => p.status);

describe('periodGoalProgress', () => {
  it('counts sessions and sums minutes from the log', () => {
    const log = [act('2026-03-03', 20), act('2026-03-05', 45), act('2026-03-10', 60)];
    expect(periodGoalProgress(periodGoal(), log, week('2026-03-04'), opts)).toMatchObject({
      done: 2,
      target: 2,
      met: true,
    });
    const minutes = periodGoal({ measure: 'minutes', target: 90 });
    expect(periodGoalProgress(minutes, log, week('2026-03-04'), opts)).toMatchObject({
      done: 65,
      target: 90,
      met: false,
    });
  });

  it('with a skill limit, counts only activities touching those skills, once each', () => {
    const goal = periodGoal({ skillIds: ['analytics'] });
    const log = [
      act('2026-03-03', 30, ['analytics']),
      act('2026-03-04', 30, ['copywriting']),
      act('2026-03-05', 30, ['analytics', 'copywriting']),
      act('2026-03-06', 30, []),
    ];
    expect(periodGoalProgress(goal, log, week('2026-03-03'), opts).done).toBe(2);
  });

  it('with a role limit, counts activities touching any skill of the role, once each', () => {
    const goal = periodGoal({ roleIds: ['strategist'], measure: 'minutes', target: 60 });
    const log = [
      act('2026-03-03', 25, ['reporting']),
      act('2026-03-04', 40, ['analytics', 'reporting']),
      act('2026-03-05', 90, ['moderation']),
    ];
    expect(periodGoalProgress(goal, log, week('2026-03-03'), opts)).toMatchObject({
      done: 65,
      met: true,
    });
  });

  it('lands activities logged just around midnight of the DST nights in the right week', () => {
    const log = [
      act(todayKey(new Date(2026, 2, 29, 23, 30))), // Sunday night, 23-hour day
      act(todayKey(new Date(2026, 2, 30, 0, 30))), // Monday just after midnight
      act(todayKey(new Date(2026, 9, 24, 23, 30))), // Saturday before the 25-hour day
      act(todayKey(new Date(2026, 9, 25, 0, 30))), // Sunday 25 October
    ];
    const goal = periodGoal({ start: '2026-01-01', target: 1 });
    expect(periodGoalProgress(goal, log, week('2026-03-23'), opts).done).toBe(1);
    expect(periodGoalProgress(goal, log, week('2026-03-30'), opts).done).toBe(1);
    const sundayWeek = (d: string) => periodOf(d, 'week', 0);
    expect(periodGoalProgress(goal, log, sundayWeek('2026-10-24'), opts).done).toBe(1);
    expect(periodGoalProgress(goal, log, sundayWeek('2026-10-25'), opts).done).toBe(1);
  });

  it('prorates a month target of a partly paused February (28 days), rounding up', () => {
    const goal = periodGoal({
      start: '2026-01-01',
      period: 'month',
      measure: 'minutes',
      target: 300,
      pauses: [{ from: '2026-02-01', to: '2026-02-08' }],
    });
    const feb = periodOf('2026-02-10', 'month', 1);
    expect(periodGoalProgress(goal, [], feb, opts)).toMatchObject({ target: 225, activeDays: 21 });
  });
});

describe('goalHistory', () => {
  const log = [
    act('2026-03-02'),
    act('2026-03-04'), // week of 2 March: 2 sessions
    act('2026-03-11'), // week of 9 March: 1 session
    act('2026-03-17'), // week of 16 March: paused, work still logged
  ];

  it('marks weeks met, missed, paused and current', () => {
    const goal = periodGoal({ pauses: [{ from: '2026-03-16', to: '2026-03-23' }] });
    const h = goalHistory(goal, log, '2026-03-25', 1, opts);
    expect(h.map((p) => p.range.start)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(statuses(h)).toEqual(['met', 'missed', 'paused', 'current']);
    expect(h[2]).toMatchObject({ target: 0, met: false });
  });

  it('marks the current week met as soon as it is met', () => {
    const h = goalHistory(
      periodGoal(),
      [...log, act('2026-03-23'), act('2026-03-24')],
      '2026-03-25',
      1,
      opts,
    );
    expect(h.at(-1)?.status).toBe('met');
  });

  it('asks less in a partly paused week: ceil(target x active days / 7)', () => {
    // 9-13 March paused: 2 active days -> ceil(2 x 2 / 7) = 1, and 1 session was done.
    const eased = periodGoal({ pauses: [{ from: '2026-03-09', to: '2026-03-14' }] });
    expect(goalHistory(eased, log, '2026-03-20', 1, opts)[1]).toMatchObject({
      target: 1,
      status: 'met',
    });
    // 11-13 March paused: 4 active days -> ceil(8 / 7) = 2: still missed with 1 session.
    const short = periodGoal({ pauses: [{ from: '2026-03-11', to: '2026-03-14' }] });
    expect(goalHistory(short, log, '2026-03-20', 1, opts)[1]).toMatchObject({
      target: 2,
      status: 'missed',
    });
  });

  it('keeps an open-ended pause going: later weeks are paused, never missed', () => {
    const goal = periodGoal({ pauses: [{ from: '2026-03-18' }] });
    const h = goalHistory(goal, log, '2026-04-08', 1, opts);
    expect(statuses(h)).toEqual(['met', 'missed', 'met', 'paused', 'paused', 'paused']);
    expect(h[2]).toMatchObject({ activeDays: 2, target: 1, done: 1 });
  });

  it('stops at the goal end and prorates the cut week', () => {
    const goal = periodGoal({ end: '2026-03-10', archived: true });
    const h = goalHistory(goal, log, '2026-04-30', 1, opts);
    expect(h).toHaveLength(2);
    expect(h[1]).toMatchObject({ activeDays: 2, target: 1, done: 0, status: 'missed' });
  });

  it('counts the whole week a goal is created in, sessions before its start day included', () => {
    // Created on Wednesday 4 March after a session on Monday 2: "This week: 2 sessions" on
    // Today and the goal must agree, so the week counts whole and asks for the full target.
    const goal = periodGoal({ start: '2026-03-04' });
    const h = goalHistory(goal, log, '2026-03-06', 1, opts);
    expect(h).toEqual([expect.objectContaining({ target: 2, done: 2, status: 'met' })]);
    const now = periodGoalProgress(goal, log, week('2026-03-04'), opts);
    expect(now).toMatchObject({ target: 2, done: 2, met: true, activeDays: 7 });
  });

  it('never counts the weeks before the one the goal starts in', () => {
    const goal = periodGoal({ start: '2026-03-11' });
    expect(periodGoalProgress(goal, log, week('2026-03-04'), opts)).toMatchObject({
      done: 0,
      activeDays: 0,
      met: false,
    });
  });

  it('a 1-a-week goal created on the last day of the week is met by that week’s session', () => {
    const goal = periodGoal({ start: '2026-03-08', target: 1 });
    expect(goalHistory(goal, [], '2026-03-08', 1, opts)).toEqual([
      expect.objectContaining({ activeDays: 7, target: 1, done: 0, met: false, status: 'current' }),
    ]);
    const monday = periodGoalProgress(goal, [act('2026-03-02')], week('2026-03-08'), opts);
    expect(monday).toMatchObject({ target: 1, done: 1, met: true });
  });

  it('shows a goal that has not started as upcoming', () => {
    const h = goalHistory(periodGoal({ start: '2026-05-04' }), log, '2026-04-01', 1, opts);
    expect(h).toEqual([expect.objectContaining({ status: 'upcoming', done: 0, target: 2 })]);
  });

  it('follows month periods of different lengths', () => {
    const goal = periodGoal({ start: '2026-01-01', period: 'month', target: 2 });
    const h = goalHistory(goal, log, '2026-04-15', 1, opts);
    expect(h.map((p) => [p.range.end, p.status])).toEqual([
      ['2026-01-31', 'missed'],
      ['2026-02-28', 'missed'],
      ['2026-03-31', 'met'],
      ['2026-04-30', 'current'],
    ]);
  });
});
