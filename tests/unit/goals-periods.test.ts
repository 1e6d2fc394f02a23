import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eachDay, toDayKey } from '../../src/domain/days';
import { defaultWeekStart, isPaused, periodOf, periodsBetween } from '../../src/domain/goals';
import { useRomeTime } from './goals-fixtures';

useRomeTime();

describe('periodOf', () => {
  it('runs in Rome time', () => {
    expect(new Date(2026, 9, 25, 12).getTimezoneOffset()).not.toBe(
      new Date(2026, 9, 24, 12).getTimezoneOffset(),
    );
  });

  it('gives Monday-Sunday or Sunday-Saturday weeks', () => {
    expect(periodOf('2026-03-29', 'week', 1)).toEqual({ start: '2026-03-23', end: '2026-03-29' });
    expect(periodOf('2026-03-29', 'week', 0)).toEqual({ start: '2026-03-29', end: '2026-04-04' });
  });

  it('keeps 7 day keys in the weeks with a 23-hour and a 25-hour day', () => {
    const spring = periodOf('2026-03-26', 'week', 1);
    expect(eachDay(spring.start, spring.end)).toHaveLength(7);
    expect(spring).toEqual({ start: '2026-03-23', end: '2026-03-29' });
    const autumn = periodOf('2026-10-25', 'week', 0);
    expect(autumn).toEqual({ start: '2026-10-25', end: '2026-10-31' });
    expect(eachDay(autumn.start, autumn.end)).toHaveLength(7);
  });

  it('gives months of 28, 29, 30 and 31 days', () => {
    const lengths = ['2026-02-14', '2028-02-14', '2026-04-14', '2026-03-14'].map((d) => {
      const m = periodOf(d, 'month', 1);
      return daysBetween(m.start, m.end) + 1;
    });
    expect(lengths).toEqual([28, 29, 30, 31]);
  });

  const anyDay = fc
    .integer({ min: 0, max: 4017 })
    .map((n) => toDayKey(new Date(2020, 0, 1 + n, 12)));
  const anyStart = fc.constantFrom(0 as const, 1 as const, 6 as const);

  it('always contains the day, and a week is 7 days starting on the chosen weekday', () => {
    fc.assert(
      fc.property(anyDay, anyStart, (day, ws) => {
        const w = periodOf(day, 'week', ws);
        expect(w.start <= day && day <= w.end).toBe(true);
        expect(eachDay(w.start, w.end)).toHaveLength(7);
        expect(new Date(`${w.start}T12:00`).getDay()).toBe(ws);
        const m = periodOf(day, 'month', ws);
        expect(m.start <= day && day <= m.end).toBe(true);
        expect(m.start.slice(0, 7)).toBe(day.slice(0, 7));
      }),
    );
  });

  it('periodsBetween tiles the span with no gap and no overlap', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 200 }), anyStart, (from, len, ws) => {
        const to = addDays(from, len);
        const ranges = periodsBetween(from, to, 'week', ws);
        expect((ranges[0]?.start ?? '~') <= from).toBe(true);
        expect((ranges.at(-1)?.end ?? '') >= to).toBe(true);
        for (let i = 1; i < ranges.length; i++) {
          expect(daysBetween(ranges[i - 1]?.end ?? '', ranges[i]?.start ?? '')).toBe(1);
        }
      }),
    );
  });
});

describe('periodsBetween', () => {
  it('lists the months from January to March', () => {
    expect(periodsBetween('2026-01-15', '2026-03-01', 'month', 1)).toEqual([
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
    ]);
  });
  it('is empty when the span is backwards', () => {
    expect(periodsBetween('2026-03-02', '2026-03-01', 'week', 1)).toEqual([]);
  });
});

describe('defaultWeekStart', () => {
  it('is Monday for Italian and Sunday for English', () => {
    expect(defaultWeekStart('it')).toBe(1);
    expect(defaultWeekStart('en')).toBe(0);
  });
  it('follows the region when the runtime knows it, else the language', () => {
    const hasWeekInfo =
      'weekInfo' in new Intl.Locale('en-GB') || 'getWeekInfo' in new Intl.Locale('en-GB');
    expect(defaultWeekStart('en', 'en-GB')).toBe(hasWeekInfo ? 1 : 0);
    expect(defaultWeekStart('en', 'not a locale!')).toBe(0);
  });
});

describe('isPaused', () => {
  it('includes the first day, excludes the resume day, and runs on when open-ended', () => {
    const pauses = [{ from: '2026-03-10', to: '2026-03-12' }, { from: '2026-04-01' }];
    expect(isPaused(pauses, '2026-03-09')).toBe(false);
    expect(isPaused(pauses, '2026-03-10')).toBe(true);
    expect(isPaused(pauses, '2026-03-11')).toBe(true);
    expect(isPaused(pauses, '2026-03-12')).toBe(false);
    expect(isPaused(pauses, '2027-01-01')).toBe(true);
  });
});
