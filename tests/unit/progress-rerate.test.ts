import { describe, expect, it } from 'vitest';
import { rerateSuggestions } from '../../src/domain/progress';
import type { Activity } from '../../src/domain/types';
import { assessment } from './progress-fixtures';

let seq = 0;
function logged(
  day: string,
  minutes: number,
  skillIds = ['st.strategy'],
  at = `${day}T18:00:00.000Z`,
): Activity {
  seq++;
  return {
    id: `l${seq}`,
    createdAt: at,
    updatedAt: at,
    day,
    minutes,
    type: 'practice',
    title: 't',
    skillIds,
  };
}

const base = {
  today: '2026-12-01',
  assessments: [assessment('st.strategy', 2, '2026-11-10')],
  answered: new Map<string, string>(),
  skillIds: new Set(['st.strategy', 'st.analytics']),
};

describe('rerateSuggestions', () => {
  it('asks after 3 hours on a skill since it was rated, with the hours and the level', () => {
    const activities = [logged('2026-11-12', 90), logged('2026-11-20', 90)];
    expect(rerateSuggestions({ ...base, activities })).toEqual([
      { skillId: 'st.strategy', rating: 2, since: '2026-11-10', minutes: 180, sessions: 2 },
    ]);
  });

  it('asks after 3 short sessions too, but not after less', () => {
    const three = [logged('2026-11-12', 20), logged('2026-11-13', 20), logged('2026-11-14', 20)];
    expect(rerateSuggestions({ ...base, activities: three })).toHaveLength(1);
    expect(rerateSuggestions({ ...base, activities: three.slice(1) })).toEqual([]);
  });

  it('ignores time logged before the rating, and on its day before it was given', () => {
    const activities = [
      logged('2026-11-01', 240),
      logged('2026-11-10', 120, undefined, '2026-11-10T08:00:00.000Z'),
      logged('2026-11-10', 60, undefined, '2026-11-10T20:00:00.000Z'),
    ];
    expect(rerateSuggestions({ ...base, activities })).toEqual([]);
  });

  it('does not question a level set less than a week ago', () => {
    const fresh = { ...base, assessments: [assessment('st.strategy', 2, '2026-11-28')] };
    const activities = [logged('2026-11-29', 200)];
    expect(rerateSuggestions({ ...fresh, activities })).toEqual([]);
  });

  it('stays quiet for 30 days after an answer, then may ask again', () => {
    const activities = [logged('2026-11-20', 240)];
    const answered = new Map([['st.strategy', '2026-11-05']]);
    expect(rerateSuggestions({ ...base, activities, answered })).toEqual([]);
    const later = { ...base, activities, answered, today: '2026-12-05' };
    expect(rerateSuggestions(later)).toHaveLength(1);
  });

  it('never asks about "can teach", "not relevant" or skills outside the followed roles', () => {
    const activities = [logged('2026-11-20', 240, ['st.strategy', 'st.analytics', 'x.other'])];
    const assessments = [
      assessment('st.strategy', 4, '2026-11-10'),
      assessment('st.analytics', 'na', '2026-11-10'),
      assessment('x.other', 1, '2026-11-10'),
    ];
    expect(rerateSuggestions({ ...base, assessments, activities })).toEqual([]);
  });

  it('questions the latest rating only: a re-rating resets the count', () => {
    const assessments = [
      assessment('st.strategy', 1, '2026-10-01'),
      assessment('st.strategy', 2, '2026-11-22'),
    ];
    const activities = [logged('2026-10-10', 300), logged('2026-11-23', 60)];
    expect(rerateSuggestions({ ...base, assessments, activities })).toEqual([]);
  });
});
