import { describe, expect, it } from 'vitest';
import type { ContentChange } from '../../src/domain/catalog/changes';
import {
  mergeSkillStates,
  renameCount,
  renameSkillIds,
  type SkillLinkedData,
  withRenamedSkills,
} from '../../src/domain/catalog/upgrade-data';
import type { Activity, Assessment, CustomRole, Goal, SkillState } from '../../src/domain/types';

// Version 2 renames two skills and retires one; version 3 renames one of them again.
const CHANGES: readonly ContentChange[] = [
  { version: 3, renamedSkills: { 'cm.replies': 'cm.care' } },
  {
    version: 2,
    renamedSkills: { 'sh.voice': 'sh.brand-voice', 'cm.response': 'cm.replies' },
    retiredSkills: ['cm.feedback'],
  },
];

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-02-01T10:00:00.000Z';
const stamp = (at = T1) => ({ createdAt: at, updatedAt: at });

function state(id: string, over: Partial<SkillState> = {}): SkillState {
  return { id, rating: 2, checked: [], evidence: [], ...stamp(), ...over };
}
function assessment(id: string, skillId: string): Assessment {
  return { id, skillId, rating: 2, day: '2026-01-01', ...stamp() };
}
function activity(id: string, skillIds: string[]): Activity {
  return { id, day: '2026-01-02', minutes: 30, type: 'reading', title: id, skillIds, ...stamp() };
}
const base = { title: 'g', start: '2026-01-01', pauses: [], archived: false, ...stamp() };

function data(over: Partial<SkillLinkedData> = {}): SkillLinkedData {
  return {
    skillStates: [],
    assessments: [],
    activities: [],
    goals: [],
    reminders: [],
    customRoles: [],
    ...over,
  };
}

describe('renameSkillIds', () => {
  it('follows a chain of renames to the last id and leaves retired and unknown ids alone', () => {
    const r = renameSkillIds(
      data({
        skillStates: [state('cm.response'), state('cm.feedback'), state('sm.ads')],
        assessments: [assessment('a1', 'cm.response'), assessment('a2', 'cm.feedback')],
      }),
      CHANGES,
      1,
    );
    expect(r.skillStates.map((s) => s.id)).toEqual(['cm.care']);
    expect(r.deletedSkillStates).toEqual(['cm.response']);
    expect(r.assessments).toEqual([{ ...assessment('a1', 'cm.response'), skillId: 'cm.care' }]);
  });

  it('applies only the changes after the stored version', () => {
    const d = data({ skillStates: [state('cm.response'), state('cm.replies')] });
    const r = renameSkillIds(d, CHANGES, 2);
    // At version 2 'cm.response' was already gone: only the version 3 rename applies.
    expect(r.deletedSkillStates).toEqual(['cm.replies']);
    expect(r.skillStates.map((s) => s.id)).toEqual(['cm.care']);
    expect(renameCount(renameSkillIds(d, CHANGES, 3))).toBe(0);
  });

  it('returns only the records that changed, with their updatedAt untouched', () => {
    const goals: Goal[] = [
      { ...base, id: 'g1', kind: 'level', skillId: 'sh.voice', level: 3, due: '2026-06-01' },
      { ...base, id: 'g2', kind: 'level', skillId: 'sm.ads', level: 3, due: '2026-06-01' },
      {
        ...base,
        id: 'g3',
        kind: 'period',
        period: 'week',
        measure: 'sessions',
        target: 2,
        skillIds: ['cm.response', 'cm.care'],
        roleIds: [],
      },
      { ...base, id: 'g4', kind: 'deliverable', due: '2026-06-01', skillIds: ['sh.voice'] },
    ];
    const r = renameSkillIds(
      data({
        goals,
        activities: [activity('x', ['sh.voice', 'sh.brand-voice', 'sm.ads']), activity('y', [])],
        reminders: [
          {
            id: 'r1',
            kind: 'weekly',
            enabled: true,
            label: '',
            days: [1],
            time: '18:30',
            skillId: 'sh.voice',
            ...stamp(),
          },
        ],
      }),
      CHANGES,
      1,
    );
    expect(r.goals.map((g) => g.id)).toEqual(['g1', 'g3', 'g4']);
    expect(r.goals[1]).toMatchObject({ skillIds: ['cm.care'], updatedAt: T1 });
    expect(r.activities).toEqual([
      { ...activity('x', []), skillIds: ['sh.brand-voice', 'sm.ads'] },
    ]);
    expect(r.reminders[0]).toMatchObject({ skillId: 'sh.brand-voice', updatedAt: T1 });
  });

  it("rewrites a custom role's links and keeps one link per skill", () => {
    const link = (skillId: string, target: 1 | 3) => ({ skillId, areaId: 'a', core: true, target });
    const role: CustomRole = {
      id: 'role',
      name: 'Mine',
      summary: '',
      areas: [{ id: 'a', name: 'A' }],
      links: [link('sh.voice', 3), link('sh.brand-voice', 1), link('sm.ads', 1)],
      custom: true,
      ...stamp(),
    };
    const [out] = renameSkillIds(data({ customRoles: [role] }), CHANGES, 1).customRoles;
    expect(out?.links).toEqual([link('sh.brand-voice', 3), link('sm.ads', 1)]);
  });

  it('merges a state kept under both the old and the new id', () => {
    const ev = (id: string) => ({ id, note: id, day: '2026-01-01' });
    const old = state('sh.voice', { rating: 3, checked: ['s1'], evidence: [ev('e1'), ev('e2')] });
    const now = state('sh.brand-voice', {
      rating: 1,
      checked: ['s1', 's2'],
      evidence: [ev('e2'), ev('e3')],
      ...stamp(T2),
    });
    const r = renameSkillIds(data({ skillStates: [old, now] }), CHANGES, 1);
    expect(r.deletedSkillStates).toEqual(['sh.voice']);
    expect(r.skillStates).toEqual([
      {
        id: 'sh.brand-voice',
        rating: 1, // from the more recently updated state
        checked: ['s1', 's2'],
        evidence: [ev('e1'), ev('e2'), ev('e3')],
        createdAt: T1,
        updatedAt: T2,
      },
    ]);
  });

  it('keeps the level of the older state when the newer one was never rated', () => {
    const merged = mergeSkillStates(
      'x',
      state('a', { rating: 3 }),
      state('b', { rating: null, checked: ['s1'], ...stamp(T2) }),
    );
    expect(merged).toMatchObject({ id: 'x', rating: 3, checked: ['s1'] });
  });

  it('changes nothing the second time, on its own output', () => {
    const d = data({
      skillStates: [state('sh.voice'), state('cm.response')],
      activities: [activity('x', ['cm.response', 'sh.voice'])],
    });
    const once = withRenamedSkills(d, CHANGES, 1);
    expect(once.skillStates.map((s) => s.id).sort()).toEqual(['cm.care', 'sh.brand-voice']);
    expect(once.activities[0]?.skillIds).toEqual(['cm.care', 'sh.brand-voice']);
    expect(renameCount(renameSkillIds(once, CHANGES, 1))).toBe(0);
    expect(withRenamedSkills(once, CHANGES, 1)).toBe(once);
  });
});
