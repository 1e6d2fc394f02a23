import { describe, expect, it } from 'vitest';
import {
  currentLevelsOf,
  dueReviews,
  levelConfirmedOn,
  levelReviewOf,
  monthsBetween,
  reviewDueDay,
  reviewSetting,
} from '../../src/domain/progress';
import type { Assessment, Rating, SkillState } from '../../src/domain/types';
import { useRomeTime } from './goals-fixtures';
import { assessment, link, role } from './progress-fixtures';

useRomeTime();

function state(id: string, rating: Rating | null, updatedAt = '2024-06-01T10:00:00.000Z') {
  const s: SkillState = { id, rating, checked: [], evidence: [], createdAt: updatedAt, updatedAt };
  return s;
}

/** A skill rated `rating` on `day`: its state and its assessment, as rateSkill writes them. */
function rated(id: string, rating: Rating, day: string): [SkillState, Assessment] {
  return [state(id, rating, `${day}T12:00:00.000Z`), assessment(id, rating, day)];
}

function input(
  pairs: [SkillState, Assessment?][],
  extra: Partial<Parameters<typeof dueReviews>[0]> = {},
) {
  return {
    today: '2026-12-01',
    setting: 12 as const,
    states: new Map(pairs.map(([s]) => [s.id, s])),
    assessments: pairs.flatMap(([, a]) => (a ? [a] : [])),
    skillIds: pairs.map(([s]) => s.id),
    ...extra,
  };
}

describe('reviewDueDay', () => {
  it('comes N calendar months after the day the level was confirmed', () => {
    expect(reviewDueDay('2025-12-01', 12)).toBe('2026-12-01');
    expect(reviewDueDay('2026-03-15', 6)).toBe('2026-09-15');
    expect(reviewDueDay('2025-06-10', 18)).toBe('2026-12-10');
  });

  it('ends on the last day of a shorter month, never spilling into the next', () => {
    expect(reviewDueDay('2026-08-31', 6)).toBe('2027-02-28');
    expect(reviewDueDay('2027-08-31', 6)).toBe('2028-02-29');
    expect(reviewDueDay('2026-03-31', 6)).toBe('2026-09-30');
    expect(reviewDueDay('2025-05-31', 18)).toBe('2026-11-30');
  });

  it('moves a leap day to 28 February in a common year, and keeps it in a leap year', () => {
    expect(reviewDueDay('2024-02-29', 12)).toBe('2025-02-28');
    expect(reviewDueDay('2024-02-29', 6)).toBe('2024-08-29');
    expect(reviewDueDay('2024-02-29', 18)).toBe('2025-08-29');
    expect(reviewDueDay('2027-08-29', 6)).toBe('2028-02-29');
  });

  it('is not moved by the spring DST change (Europe/Rome, 29 March 2026)', () => {
    expect(reviewDueDay('2025-09-29', 6)).toBe('2026-03-29');
    expect(reviewDueDay('2026-03-29', 12)).toBe('2027-03-29');
  });
});

describe('levelReviewOf', () => {
  it('dates a level by its last assessment and is due on the day N months later', () => {
    const [s, a] = rated('x', 3, '2025-12-01');
    expect(levelReviewOf(s, [a], 12)).toEqual({
      skillId: 'x',
      rating: 3,
      confirmed: '2025-12-01',
      due: '2026-12-01',
    });
  });

  it('takes the latest assessment, whatever order the history comes in', () => {
    const old = assessment('x', 3, '2023-01-10');
    const recent = assessment('x', 3, '2026-02-01');
    expect(levelReviewOf(state('x', 3), [recent, old], 12)?.confirmed).toBe('2026-02-01');
  });

  it('never asks about levels below 3, "not relevant" or no rating', () => {
    for (const r of [0, 1, 2, 'na', null] as const) {
      const s = state('x', r);
      const history = r === null ? [] : [assessment('x', r, '2020-01-01')];
      expect(levelReviewOf(s, history, 6)).toBeNull();
    }
  });

  it('asks about "can teach" as well as "confident"', () => {
    const [s, a] = rated('x', 4, '2024-01-01');
    expect(levelReviewOf(s, [a], 12)?.rating).toBe(4);
  });

  it('never asks when the setting is off', () => {
    const [s, a] = rated('x', 3, '2020-01-01');
    expect(levelReviewOf(s, [a], 'off')).toBeNull();
  });
});

describe('levelConfirmedOn', () => {
  it('dates a rating without any assessment (older data, a restore) by the state’s last change', () => {
    expect(levelConfirmedOn(state('x', 3, '2024-06-01T10:00:00.000Z'), [])).toBe('2024-06-01');
  });

  it('takes the local day of that change (23:30 UTC on 31 Dec is 1 Jan in Rome)', () => {
    expect(levelConfirmedOn(state('x', 4, '2024-12-31T23:30:00.000Z'), [])).toBe('2025-01-01');
  });

  it('does not take the date of an assessment that gave another level', () => {
    // A merge kept the newer state (3) but the history only knows the older level 2.
    const s = state('x', 3, '2025-07-04T09:00:00.000Z');
    expect(levelConfirmedOn(s, [assessment('x', 2, '2023-01-01')])).toBe('2025-07-04');
  });

  it('gives null rather than a made-up day for an unreadable stamp', () => {
    expect(levelConfirmedOn(state('x', 3, 'not a time'), [])).toBeNull();
  });
});

describe('dueReviews', () => {
  it('lists due levels oldest first, ties in the order of the roles', () => {
    const due = dueReviews(
      input([
        rated('b', 3, '2025-06-01'),
        rated('a', 4, '2024-01-01'),
        rated('c', 3, '2025-06-01'),
        rated('fresh', 3, '2026-06-01'),
      ]),
    );
    expect(due.map((r) => r.skillId)).toEqual(['a', 'b', 'c']);
  });

  it('includes the level on its due day, not the day before', () => {
    const pairs = [rated('x', 3, '2025-12-01'), rated('y', 3, '2025-12-02')];
    expect(dueReviews(input(pairs)).map((r) => r.skillId)).toEqual(['x']);
  });

  it('follows the setting: 6 months asks earlier, 18 later, off never', () => {
    const pairs = [rated('x', 3, '2026-04-01'), rated('y', 3, '2025-08-01')];
    expect(dueReviews(input(pairs, { setting: 6 })).map((r) => r.skillId)).toEqual(['y', 'x']);
    expect(dueReviews(input(pairs, { setting: 12 })).map((r) => r.skillId)).toEqual(['y']);
    expect(dueReviews(input(pairs, { setting: 18 }))).toEqual([]);
    expect(dueReviews(input(pairs, { setting: 'off' }))).toEqual([]);
  });

  it('only asks about the skills it is given (followed roles, retired skills left out)', () => {
    const pairs = [rated('followed', 3, '2024-01-01'), rated('other', 3, '2024-01-01')];
    const due = dueReviews(input(pairs, { skillIds: ['followed', 'followed'] }));
    expect(due.map((r) => r.skillId)).toEqual(['followed']);
  });

  it('leaves the list once re-confirmed: a new assessment at the same level today', () => {
    const [s, old] = rated('x', 3, '2024-12-01');
    const again = assessment('x', 3, '2026-12-01');
    const states = new Map([['x', { ...s, updatedAt: '2026-12-01T12:00:00.000Z' }]]);
    expect(dueReviews(input([[s, old]]))).toHaveLength(1);
    expect(dueReviews({ ...input([[s, old]]), states, assessments: [old, again] })).toEqual([]);
  });
});

describe('currentLevelsOf', () => {
  const r = role('cm', [link('a', 3), link('b', 3), link('c', 2, false), link('d', 3)]);
  const history = (list: Assessment[]) => {
    const map = new Map<string, Assessment[]>();
    for (const a of list) map.set(a.skillId, [...(map.get(a.skillId) ?? []), a]);
    return map;
  };

  it('counts the levels behind readiness and how many of them are due', () => {
    const pairs = [
      rated('a', 3, '2024-01-01'),
      rated('b', 4, '2026-10-01'),
      rated('c', 2, '2020-01-01'),
    ];
    const states = new Map(pairs.map(([s]) => [s.id, s]));
    const got = currentLevelsOf(r, states, history(pairs.map(([, a]) => a)), 12, '2026-12-01');
    // d is unrated: it adds nothing to readiness, so it is not counted.
    expect(got).toEqual({ behind: 3, due: 1 });
  });

  it('shows every level current once re-confirmed, and none due with the setting off', () => {
    const pairs = [rated('a', 3, '2026-12-01'), rated('b', 4, '2026-10-01')];
    const states = new Map(pairs.map(([s]) => [s.id, s]));
    const h = history(pairs.map(([, a]) => a));
    expect(currentLevelsOf(r, states, h, 12, '2026-12-01')).toEqual({ behind: 2, due: 0 });
    const old = [rated('a', 3, '2020-01-01')];
    const oldStates = new Map(old.map(([s]) => [s.id, s]));
    const oldH = history(old.map(([, a]) => a));
    expect(currentLevelsOf(r, oldStates, oldH, 'off', '2026-12-01')).toEqual({ behind: 1, due: 0 });
  });

  it('leaves out retired skills, "not relevant" and level 0', () => {
    const retired = role('cm', [{ ...link('a', 3), retired: true }, link('b', 3), link('c', 3)]);
    const pairs = [
      rated('a', 3, '2020-01-01'),
      rated('b', 'na', '2020-01-01'),
      rated('c', 0, '2020-01-01'),
    ];
    const states = new Map(pairs.map(([s]) => [s.id, s]));
    const got = currentLevelsOf(
      retired,
      states,
      history(pairs.map(([, a]) => a)),
      12,
      '2026-12-01',
    );
    expect(got).toEqual({ behind: 0, due: 0 });
  });
});

describe('reviewSetting', () => {
  it('reads settings saved before the option existed as 12 months', () => {
    expect(reviewSetting(undefined)).toBe(12);
    expect(reviewSetting('off')).toBe('off');
    expect(reviewSetting(6)).toBe(6);
  });
});

describe('monthsBetween', () => {
  it('counts whole months, as "20 months ago" reads', () => {
    expect(monthsBetween('2025-04-01', '2026-12-01')).toBe(20);
    expect(monthsBetween('2024-12-01', '2026-12-01')).toBe(24);
    expect(monthsBetween('2025-12-02', '2026-12-01')).toBe(11);
    // The day its 12-month review is due (month end clamped) reads "12 months ago" too.
    expect(monthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    expect(monthsBetween('2026-12-05', '2026-12-01')).toBe(0);
  });
});
