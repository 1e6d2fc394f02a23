import { addDays, addHours, addMinutes, getISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  type DueInput,
  dueReminders,
  nextDueAt,
  overdueReminders,
} from '../../src/domain/schedule/due';
import {
  atRisk,
  deadline,
  deliverable,
  local,
  periodGoal,
  useTimeZone,
  wall,
  weekly,
} from './schedule.fixtures';

const base = (o: Partial<DueInput>): DueInput => ({
  reminders: [weekly()],
  goals: [],
  now: local('2026-03-30 19:00'),
  lastCheck: null,
  isGoalMet: () => false,
  ...o,
});

// A Friday before each zone's DST change, and the Monday after it.
const ZONES = [
  { tz: 'Europe/Rome', friday: '2026-03-27', monday: '2026-03-30' },
  { tz: 'America/New_York', friday: '2026-03-06', monday: '2026-03-09' },
  { tz: 'Australia/Sydney', friday: '2026-04-03', monday: '2026-04-06' },
] as const;

describe.each(ZONES)('due checks in $tz', ({ tz, friday, monday }) => {
  useTimeZone(tz);

  it('checking every 30 minutes for 3 weeks across a DST change shows each firing exactly once', () => {
    // Mon/Wed/Fri 18:30, three weeks that contain the zone's change.
    const seen: string[] = [];
    let lastCheck = addDays(local(`${friday} 00:00`), -12);
    const end = addDays(lastCheck, 21);
    for (let now = addMinutes(lastCheck, 30); now <= end; now = addMinutes(now, 30)) {
      for (const due of dueReminders(base({ now, lastCheck }))) seen.push(due.key);
      lastCheck = now;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(9);
  });

  it('nextDueAt is the next firing at 18:30 local, even across the change', () => {
    const now = local(`${friday} 19:00`);
    const next = nextDueAt(base({ now }));
    expect(wall(next)).toBe(`${monday} 18:30`);
    expect(next?.getTimezoneOffset()).not.toBe(now.getTimezoneOffset());
  });
});

describe('due reminders (Europe/Rome)', () => {
  useTimeZone('Europe/Rome');

  it('the first check ever looks back 24 hours only', () => {
    const due = dueReminders(base({ now: local('2026-03-30 19:00'), lastCheck: null }));
    expect(due.map((d) => wall(d.dueAt))).toEqual(['2026-03-30 18:30']);
    const nothing = dueReminders(base({ now: local('2026-03-29 19:00'), lastCheck: null }));
    expect(nothing).toEqual([]);
  });

  it('a reminder missed several times while the app was closed is shown once, the latest', () => {
    const due = dueReminders(
      base({ now: local('2026-04-04 10:00'), lastCheck: local('2026-03-29 10:00') }),
    );
    expect(due.map((d) => d.key)).toEqual([`w1@${local('2026-04-03 18:30').toISOString()}`]);
  });

  it('disabled reminders never fire', () => {
    expect(dueReminders(base({ reminders: [weekly({ enabled: false })] }))).toEqual([]);
    expect(nextDueAt(base({ reminders: [weekly({ enabled: false })] }))).toBeNull();
  });

  it('nothing fires while reminders are paused, up to and including the last vacation day', () => {
    const paused = { pausedUntil: '2026-04-01' };
    const onLastDay = base({ ...paused, now: local('2026-04-01 19:00') });
    expect(dueReminders(onLastDay)).toEqual([]);
    // Back from vacation: the firings during it stay silent.
    const after = base({
      ...paused,
      now: local('2026-04-02 19:00'),
      lastCheck: local('2026-03-29 12:00'),
    });
    expect(dueReminders(after)).toEqual([]);
    expect(wall(nextDueAt(onLastDay))).toBe('2026-04-03 18:30');
    const friday = base({
      ...paused,
      now: local('2026-04-03 19:00'),
      lastCheck: local('2026-04-03 12:00'),
    });
    expect(dueReminders(friday)).toHaveLength(1);
  });

  it('is quiet when the linked goal is already met for that week', () => {
    const metInWeek14 = (_id: string, at: Date) => getISOWeek(at) === 14;
    const input = (now: string) =>
      base({
        reminders: [weekly({ goalId: 'g1' })],
        goals: [periodGoal()],
        now: local(now),
        lastCheck: addHours(local(now), -2),
        isGoalMet: metInWeek14,
      });
    expect(dueReminders(input('2026-03-27 19:00'))).toHaveLength(1); // week 13
    expect(dueReminders(input('2026-03-30 19:00'))).toEqual([]); // week 14, met
    expect(wall(nextDueAt(input('2026-03-30 19:00')))).toBe('2026-04-06 18:30');
  });

  it('skips goal reminders while the goal is paused or archived', () => {
    const paused = periodGoal({ pauses: [{ from: '2026-03-28', to: '2026-04-05' }] });
    const input = { reminders: [weekly({ goalId: 'g1' })], lastCheck: local('2026-03-30 12:00') };
    expect(dueReminders(base({ ...input, goals: [paused] }))).toEqual([]);
    expect(dueReminders(base({ ...input, goals: [periodGoal({ archived: true })] }))).toEqual([]);
    expect(dueReminders(base({ ...input, goals: [periodGoal()] }))).toHaveLength(1);
  });

  it('fires a deadline reminder N days before the due day, not for done or archived goals', () => {
    const input = (goal: ReturnType<typeof deliverable>) =>
      base({
        reminders: [deadline()],
        goals: [goal],
        now: local('2026-04-07 09:30'),
        lastCheck: local('2026-04-07 08:00'),
      });
    const [due] = dueReminders(input(deliverable()));
    expect(wall(due?.dueAt ?? null)).toBe('2026-04-07 09:00');
    expect(due?.url).toBe('/goals');
    expect(dueReminders(input(deliverable({ doneOn: '2026-04-05' })))).toEqual([]);
    expect(dueReminders(input(deliverable({ archived: true })))).toEqual([]);
  });

  it('warns "at risk" on the chosen weekday, and for monthly goals on the last one', () => {
    const weeklyGoal = base({
      reminders: [atRisk()],
      goals: [periodGoal()],
      now: local('2026-03-30 00:00'),
    });
    expect(wall(nextDueAt(weeklyGoal))).toBe('2026-04-02 20:00');
    const monthly = { ...weeklyGoal, goals: [periodGoal({ period: 'month' })] };
    expect(wall(nextDueAt(monthly))).toBe('2026-04-30 20:00');
    const met = { ...weeklyGoal, isGoalMet: () => true };
    expect(nextDueAt(met)).toBeNull();
  });

  it('links each reminder to the screen where the user acts on it', () => {
    const reminders = [
      weekly({ id: 'a', skillId: 'cm.moderation', time: '18:00' }),
      weekly({ id: 'b', goalId: 'g1', time: '18:10' }),
      weekly({ id: 'c', time: '18:20' }),
    ];
    const due = dueReminders(base({ reminders, goals: [periodGoal()] }));
    expect(due.map((d) => [d.reminderId, d.url])).toEqual([
      ['a', '/log/new?skill=cm.moderation'],
      ['b', '/goals'],
      ['c', '/log/new'],
    ]);
  });

  it('lists overdue reminders of the last 7 days until dismissed', () => {
    const input = base({ now: local('2026-04-04 10:00') });
    const [latest] = overdueReminders({ ...input, dismissed: new Set() });
    expect(wall(latest?.dueAt ?? null)).toBe('2026-04-03 18:30');
    const dismissed = new Set([latest?.key ?? '']);
    expect(overdueReminders({ ...input, dismissed })).toEqual([]);
    // Dismissing Friday's also covers Wednesday's; Monday's new firing shows again.
    const monday = overdueReminders({ ...input, now: local('2026-04-06 19:00'), dismissed });
    expect(monday.map((d) => wall(d.dueAt))).toEqual(['2026-04-06 18:30']);
    // A deadline reminder left unanswered drops off the list 7 days after it fired (7 April).
    const once = {
      ...input,
      reminders: [deadline()],
      goals: [deliverable()],
      dismissed: new Set<string>(),
    };
    expect(overdueReminders({ ...once, now: local('2026-04-14 08:59') })).toHaveLength(1);
    expect(overdueReminders({ ...once, now: local('2026-04-14 09:01') })).toEqual([]);
  });
});

describe('a reminder is never due before it existed', () => {
  useTimeZone('Europe/Rome');
  // Tuesday 1 December 2026, 09:00: a "Mondays 18:30" rule created now.
  const createdAt = () => local('2026-12-01 09:00').toISOString();
  const monday = () => weekly({ days: [1], createdAt: createdAt(), updatedAt: createdAt() });

  it('is not overdue at once for yesterday’s 18:30', () => {
    const input = { ...base({ reminders: [monday()] }), now: local('2026-12-01 09:05') };
    expect(overdueReminders({ ...input, dismissed: new Set() })).toEqual([]);
    expect(dueReminders(input)).toEqual([]);
  });

  it('is first due on the next Monday, and then as usual', () => {
    const input = base({ reminders: [monday()], now: local('2026-12-01 09:05') });
    expect(wall(nextDueAt(input))).toBe('2026-12-07 18:30');
    const later = { ...input, now: local('2026-12-07 19:00'), dismissed: new Set<string>() };
    expect(overdueReminders(later).map((d) => wall(d.dueAt))).toEqual(['2026-12-07 18:30']);
  });

  it('still fires the same day when created before the time', () => {
    const mondayMorning = local('2026-11-30 08:00').toISOString();
    const rule = weekly({ days: [1], createdAt: mondayMorning, updatedAt: mondayMorning });
    const input = base({ reminders: [rule], now: local('2026-11-30 19:00') });
    expect(dueReminders(input).map((d) => wall(d.dueAt))).toEqual(['2026-11-30 18:30']);
  });
});
