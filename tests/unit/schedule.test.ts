import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { atWallClock } from '../../src/domain/schedule/clock';
import { nextOccurrences, occurrencesBetween } from '../../src/domain/schedule/occurrences';
import type { IsoWeekday, WeeklyReminder } from '../../src/domain/types';
import { local, useTimeZone, wall, weekly } from './schedule.fixtures';

const ALL_DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const daily = (o: Partial<WeeklyReminder> = {}) => weekly({ days: ALL_DAYS, ...o });

// Spring: clocks jump forward (a time is skipped); autumn: back (a time happens twice).
const ZONES = [
  {
    tz: 'Europe/Rome',
    spring: '2026-03-29',
    autumn: '2026-10-25',
    skipped: '02:30',
    twice: '02:30',
  },
  {
    tz: 'America/New_York',
    spring: '2026-03-08',
    autumn: '2026-11-01',
    skipped: '02:30',
    twice: '01:30',
  },
  {
    tz: 'Australia/Sydney',
    spring: '2026-10-04',
    autumn: '2026-04-05',
    skipped: '02:30',
    twice: '02:30',
  },
] as const;

describe.each(ZONES)('weekly occurrences in $tz', ({ tz, spring, autumn, skipped, twice }) => {
  useTimeZone(tz);

  it('really runs in the zone: the UTC offset changes across both DST days', () => {
    const offset = (day: string, delta: number) =>
      addDays(local(`${day} 12:00`), delta).getTimezoneOffset();
    expect(offset(spring, -1)).not.toBe(offset(spring, 1));
    expect(offset(autumn, -1)).not.toBe(offset(autumn, 1));
    expect(offset(spring, -1)).toBe(offset(autumn, 1));
  });

  it.each([
    ['spring', spring],
    ['autumn', autumn],
  ])('an 18:30 reminder stays at 18:30 across the %s change', (_name, day) => {
    const from = addDays(local(`${day} 00:00`), -3);
    const times = nextOccurrences(daily(), from, 7);
    expect(times.map(wall)).toEqual(
      Array.from({ length: 7 }, (_, i) => `${format(addDays(from, i), 'yyyy-MM-dd')} 18:30`),
    );
    // The instants really moved: one interval is 23 or 25 hours, not 24.
    const gaps = times.slice(1).map((t, i) => (t.getTime() - (times[i] as Date).getTime()) / 3.6e6);
    expect(gaps.filter((h) => h !== 24)).toHaveLength(1);
  });

  it('keeps the chosen weekdays across the change (Mon and Thu at 07:15)', () => {
    const reminder = daily({ days: [1, 4], time: '07:15' });
    const times = nextOccurrences(reminder, addDays(local(`${spring} 00:00`), -13), 6);
    expect(times.map((t) => format(t, 'EEE HH:mm'))).toEqual([
      'Mon 07:15',
      'Thu 07:15',
      'Mon 07:15',
      'Thu 07:15',
      'Mon 07:15',
      'Thu 07:15',
    ]);
  });

  it(`a skipped time (${skipped} on ${spring}) fires when the clocks jump, at 03:00`, () => {
    const day = local(`${spring} 00:00`);
    const at = atWallClock(day, skipped);
    expect(wall(at)).toBe(`${spring} 03:00`);
    // 03:00 is the very first instant after the gap: one minute earlier is still 01:59.
    expect(format(new Date(at.getTime() - 60_000), 'HH:mm')).toBe('01:59');
    const times = nextOccurrences(daily({ time: skipped }), addDays(day, -1), 3);
    expect(times.map(wall)).toEqual([
      `${format(addDays(day, -1), 'yyyy-MM-dd')} ${skipped}`,
      `${spring} 03:00`,
      `${format(addDays(day, 1), 'yyyy-MM-dd')} ${skipped}`,
    ]);
  });

  it(`a time that happens twice (${twice} on ${autumn}) fires once`, () => {
    const day = local(`${autumn} 00:00`);
    const times = occurrencesBetween(daily({ time: twice }), day, addDays(day, 1));
    expect(times.map(wall)).toEqual([`${autumn} ${twice}`]);
  });

  it('occurrencesBetween is (from, to]: back-to-back windows share nothing and miss nothing', () => {
    const start = addDays(local(`${autumn} 18:30`), -2);
    const mid = local(`${autumn} 18:30`);
    const end = addDays(mid, 2);
    const first = occurrencesBetween(daily(), start, mid);
    const second = occurrencesBetween(daily(), mid, end);
    expect(first.map(wall)).toContain(`${autumn} 18:30`);
    expect(second.map(wall)).not.toContain(`${autumn} 18:30`);
    expect([...first, ...second]).toHaveLength(4);
  });
});

describe('weekly rules without days', () => {
  it('never fire (and do not loop forever)', () => {
    expect(nextOccurrences(daily({ days: [] }), new Date(2026, 0, 1), 5)).toEqual([]);
    expect(
      occurrencesBetween(daily({ days: [] }), new Date(2026, 0, 1), new Date(2026, 2, 1)),
    ).toEqual([]);
  });
});
