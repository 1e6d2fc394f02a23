import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  monthEnds,
  monthEndsSince,
  ratingsAt,
  ratingsSeries,
  readinessOverTime,
} from '../../src/domain/progress';
import type { Rating } from '../../src/domain/types';
import { assessment, link, role } from './progress-fixtures';

describe('ratingsAt', () => {
  it('takes the latest assessment on or before the day, ignoring later ones', () => {
    const history = [
      assessment('x', 1, '2024-01-10'),
      assessment('x', 3, '2024-02-01'),
      assessment('x', 4, '2024-03-01'),
      assessment('y', 'na', '2024-02-15'),
    ];
    expect(ratingsAt(history, '2024-01-09')).toEqual(new Map());
    expect(ratingsAt(history, '2024-02-01')).toEqual(new Map([['x', 3]]));
    expect(ratingsAt(history, '2024-02-20')).toEqual(
      new Map<string, Rating>([
        ['x', 3],
        ['y', 'na'],
      ]),
    );
  });

  it('lets the most recently updated of same-day assessments win, whatever the array order', () => {
    const late = assessment('x', 3, '2024-03-10', '2024-03-10T18:00:00.000Z');
    const early = assessment('x', 2, '2024-03-10', '2024-03-10T08:00:00.000Z');
    expect(ratingsAt([late, early], '2024-03-10').get('x')).toBe(3);
    expect(ratingsAt([early, late], '2024-03-10').get('x')).toBe(3);
  });

  it('compares timestamps as instants, even written with different offsets', () => {
    // 10:00 in Rome (+02:00) is 08:00Z, earlier than 09:00Z
    const rome = assessment('x', 4, '2024-06-10', '2024-06-10T10:00:00+02:00');
    const utc = assessment('x', 1, '2024-06-10', '2024-06-10T09:00:00.000Z');
    expect(ratingsAt([utc, rome], '2024-06-10').get('x')).toBe(1);
  });

  it('falls back to createdAt when updatedAt is equal', () => {
    const a = { ...assessment('x', 2, '2024-03-10'), createdAt: '2024-03-10T07:00:00.000Z' };
    const b = { ...assessment('x', 3, '2024-03-10'), createdAt: '2024-03-10T06:00:00.000Z' };
    expect(ratingsAt([a, b], '2024-03-10').get('x')).toBe(2);
  });
});

describe('monthEnds', () => {
  it('gives the last day of the 11 previous months, then today', () => {
    expect(monthEnds('2024-03-15')).toEqual([
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
      '2023-08-31',
      '2023-09-30',
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
      '2024-03-15',
    ]);
  });

  it('handles the year boundary, short months and other lengths', () => {
    expect(monthEnds('2023-01-31', 3)).toEqual(['2022-11-30', '2022-12-31', '2023-01-31']);
    expect(monthEnds('2023-03-31', 2)).toEqual(['2023-02-28', '2023-03-31']);
    expect(monthEnds('2023-03-31', 1)).toEqual(['2023-03-31']);
  });

  describe('in Europe/Rome', () => {
    const saved = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'Europe/Rome';
    });
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('keeps the last day of a month that ends on a DST change', () => {
      // Clocks went forward on 2024-03-31 and back on 2023-10-29 in Rome
      expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(-60); // the zone really applies
      const days = monthEnds('2024-04-02');
      expect(days).toContain('2024-03-31');
      expect(days).toContain('2023-10-31');
      expect(days.at(-1)).toBe('2024-04-02');
    });
  });
});

describe('readinessOverTime', () => {
  // core s1 target 4 (weight 2), optional s2 target 2 (weight 1)
  const r = role('r', [link('s1', 4, true), link('s2', 2, false)]);
  const history = [
    assessment('s1', 4, '2024-03-15'), // today: counts
    assessment('s1', 2, '2024-01-01'),
    assessment('s2', 2, '2023-08-31'), // on a month end: counts for August
    assessment('s1', 1, '2023-05-10'),
    assessment('s1', 0, '2024-03-20'), // after today: ignored
  ];

  it('charts a 12-month history month by month', () => {
    expect(readinessOverTime(r, history, monthEnds('2024-03-15'))).toEqual([
      null, // Apr: nothing rated yet: no point, not a fake 0%
      16, // May: 2 * 1/4 / 3 = 16.7%
      16,
      16,
      50, // Aug: (0.5 + 1) / 3
      50,
      50,
      50,
      50,
      66, // Jan: (2 * 2/4 + 1) / 3 = 66.7%
      66,
      100, // today
    ]);
  });

  it('answers in the order the days were asked, and null where nothing counts', () => {
    const na = [assessment('s1', 'na', '2024-01-15'), assessment('s2', 'na', '2024-01-15')];
    expect(
      readinessOverTime(r, [...history, ...na], ['2024-03-15', '2023-06-01', '2024-02-01']),
    ).toEqual([100, 16, null]);
  });

  it('matches ratingsAt day by day on a large shuffled history', () => {
    const skills = ['s1', 's2', 's3'];
    const big = Array.from({ length: 3000 }, (_, i) => {
      const day = `20${20 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return assessment(skills[i % 3] ?? 's1', ((i * 7) % 5) as 0 | 1 | 2 | 3 | 4, day);
    });
    const days = monthEnds('2024-06-15', 60);
    const series = ratingsSeries(big, days, (m) => new Map(m));
    days.forEach((day, i) => {
      expect(series[i]).toEqual(ratingsAt(big, day));
    });
  });
});

describe('monthEndsSince', () => {
  it('starts the chart at the month of the first record, not 12 months back', () => {
    expect(monthEndsSince('2026-12-01', '2026-11-20')).toEqual(['2026-11-30', '2026-12-01']);
    expect(monthEndsSince('2026-12-01', '2026-12-01')).toEqual(['2026-12-01']);
    expect(monthEndsSince('2026-12-01', '2020-01-01')).toHaveLength(12);
    expect(monthEndsSince('2026-12-01', undefined)).toEqual([]);
  });
});
