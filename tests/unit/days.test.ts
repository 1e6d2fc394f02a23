// Day keys must be the user's calendar days in Rome, DST included.
const previousTz = process.env.TZ;
process.env.TZ = 'Europe/Rome';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  eachDay,
  isDayKey,
  isoWeekday,
  monthEnd,
  monthStart,
  parseDay,
  toDayKey,
  todayKey,
  weekStart,
} from '../../src/domain/days';

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

describe('test clock', () => {
  it('really runs in Europe/Rome (offset changes on 29 March 2026)', () => {
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120);
    expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
  });
});

describe('todayKey', () => {
  it('is the local day, not the UTC one, just after midnight in Rome', () => {
    // 00:30 in Rome on 1 July is still 30 June in UTC.
    expect(todayKey(new Date(2026, 6, 1, 0, 30))).toBe('2026-07-01');
    expect(todayKey(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
  it('is the local day late in the evening too', () => {
    expect(todayKey(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('parseDay and isDayKey', () => {
  it('gives local midnight', () => {
    const d = parseDay('2026-03-29');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 2, 29, 0]);
  });
  it('rejects keys that are not real days', () => {
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-2-3')).toBe(false);
    expect(() => parseDay('2026-13-01')).toThrow(RangeError);
    expect(() => parseDay('yesterday')).toThrow(RangeError);
  });
});

describe('addDays and daysBetween across DST', () => {
  it('steps over the 23-hour day of 29 March 2026', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
  it('steps over the 25-hour day of 25 October 2026', () => {
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
    expect(daysBetween('2026-10-30', '2026-10-20')).toBe(-10);
  });
  it('crosses months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
  it('eachDay lists every key once, even in a DST week', () => {
    expect(eachDay('2026-03-26', '2026-04-01')).toEqual([
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
    expect(eachDay('2026-10-22', '2026-10-28')).toHaveLength(7);
    expect(eachDay('2026-01-02', '2026-01-01')).toEqual([]);
  });
});

describe('weeks and months', () => {
  it('starts the week on Monday or Sunday as asked', () => {
    // Wednesday 1 April 2026
    expect(weekStart('2026-04-01', 1)).toBe('2026-03-30');
    expect(weekStart('2026-04-01', 0)).toBe('2026-03-29');
    expect(weekStart('2026-04-01', 6)).toBe('2026-03-28');
    // Sunday belongs to the week before when weeks start on Monday
    expect(weekStart('2026-03-29', 1)).toBe('2026-03-23');
    expect(weekStart('2026-03-29', 0)).toBe('2026-03-29');
  });
  it('knows month ends of 28, 29, 30 and 31 days', () => {
    expect(monthEnd('2026-02-10')).toBe('2026-02-28');
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(monthEnd('2026-04-30')).toBe('2026-04-30');
    expect(monthEnd('2026-10-25')).toBe('2026-10-31');
    expect(monthStart('2026-10-31')).toBe('2026-10-01');
  });
  it('numbers weekdays the ISO way', () => {
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });
});

describe('properties over 2020-2030', () => {
  const days = fc.integer({ min: 0, max: 4017 }).map((n) => toDayKey(new Date(2020, 0, 1 + n, 12)));

  it('addDays then daysBetween round-trips', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -400, max: 400 }), (day, n) => {
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
  it('a key parses back to itself', () => {
    fc.assert(fc.property(days, (day) => toDayKey(parseDay(day)) === day));
  });
});

describe('isDayKey agrees with the calendar', () => {
  it('for every day-shaped string from 1900 to 2100, including 30 Feb and 31 Apr', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const key = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = new Date(y, m - 1, d);
          const exists =
            m >= 1 && real.getFullYear() === y && real.getMonth() === m - 1 && real.getDate() === d;
          expect(isDayKey(key)).toBe(exists);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
