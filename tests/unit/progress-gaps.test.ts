import { describe, expect, it } from 'vitest';
import {
  biggestGaps,
  mergeCatalog,
  overallReadiness,
  roleReadiness,
  suggestNextSkill,
} from '../../src/domain/progress';
import { builtinCatalog, link, ratings, role } from './progress-fixtures';

// cm: sh.listening core t3, cm.moderation core t2, cm.old retired
// smm: sh.listening optional t4, smm.ads core t3, smm.reporting optional t2
const [cm, smm] = mergeCatalog(builtinCatalog(), [], []).roles;
if (!cm || !smm) throw new Error('fixture roles missing');

describe('shared skills', () => {
  it('moves every role that links a shared skill when it is rated', () => {
    const before = ratings({ 'sh.listening': 1 });
    const after = ratings({ 'sh.listening': 3 });
    expect(roleReadiness(cm, after)).toBeGreaterThan(roleReadiness(cm, before) ?? 0);
    expect(roleReadiness(smm, after)).toBeGreaterThan(roleReadiness(smm, before) ?? 0);
  });

  it('counts a shared skill once in overall readiness, with its highest weight and target', () => {
    const r = ratings({ 'sh.listening': 3, 'cm.moderation': 2, 'smm.ads': 3, 'smm.reporting': 1 });
    // listening: core (core in cm), target 4 (smm's) -> 2 * 3/4 = 1.5
    // moderation 2 * 1, ads 2 * 1, reporting 1 * 1/2 -> (1.5 + 2 + 2 + 0.5) / 7 = 85.7% -> 85
    expect(overallReadiness([cm, smm], r)).toBe(85);
    // not the same as summing both roles' links (80) or averaging the roles (cm 100, smm 81)
    expect(roleReadiness(cm, r)).toBe(100);
    expect(roleReadiness(smm, r)).toBe(81);
  });

  it('is the role readiness when only one role is followed, and null with none', () => {
    const r = ratings({ 'sh.listening': 2, 'smm.ads': 1 });
    expect(overallReadiness([smm], r)).toBe(roleReadiness(smm, r));
    expect(overallReadiness([], r)).toBeNull();
  });
});

describe('biggestGaps', () => {
  it('lists each skill once with all its roles, core first then larger weighted gap', () => {
    const gaps = biggestGaps([cm, smm], ratings({}));
    expect(gaps.map((g) => [g.skillId, g.gap, g.roleIds])).toEqual([
      ['sh.listening', 4, ['cm', 'smm']],
      ['smm.ads', 3, ['smm']],
      ['cm.moderation', 2, ['cm']],
      ['smm.reporting', 2, ['smm']],
    ]);
    expect(biggestGaps([cm, smm], ratings({}), 2).map((g) => g.skillId)).toEqual([
      'sh.listening',
      'smm.ads',
    ]);
  });

  it('puts a small core gap before a large optional one', () => {
    const r = role('r', [link('opt', 4, false), link('core', 1, true)]);
    const gaps = biggestGaps([r], ratings({}));
    expect(gaps.map((g) => [g.skillId, g.weightedGap])).toEqual([
      ['core', 2],
      ['opt', 4],
    ]);
  });

  it('leaves out skills at target, not relevant, or retired', () => {
    const r = ratings({ 'sh.listening': 4, 'cm.moderation': 'na', 'smm.ads': 2 });
    const gaps = biggestGaps([cm, smm], r);
    expect(gaps.map((g) => g.skillId)).toEqual(['smm.ads', 'smm.reporting']);
    expect(gaps[0]).toMatchObject({ rating: 2, level: 2, target: 3, gap: 1, core: true });
  });
});

describe('suggestNextSkill', () => {
  const a = role('A', [link('s.b', 2), link('s.a', 2), link('s.shared', 2)]);
  const b = role('B', [link('s.shared', 2, false), link('s.opt', 4, false)]);

  it('prefers, among equal gaps, the skill shared by more followed roles', () => {
    expect(suggestNextSkill([a, b], ratings({}))?.skillId).toBe('s.shared');
  });

  it('breaks remaining ties by id so the suggestion does not flicker', () => {
    expect(suggestNextSkill([a, b], ratings({ 's.shared': 2 }))?.skillId).toBe('s.a');
    expect(suggestNextSkill([a, b], ratings({ 's.shared': 2, 's.a': 2 }))?.skillId).toBe('s.b');
  });

  it('picks the largest core gap over a tie-winner with a smaller gap', () => {
    const r = ratings({ 's.shared': 1, 's.a': 2 });
    expect(suggestNextSkill([a, b], r)).toMatchObject({ skillId: 's.b', gap: 2 });
  });

  it('returns null when only optional gaps are left, or nothing is followed', () => {
    const done = ratings({ 's.shared': 2, 's.a': 2, 's.b': 'na' });
    expect(biggestGaps([a, b], done).map((g) => g.skillId)).toEqual(['s.opt']);
    expect(suggestNextSkill([a, b], done)).toBeNull();
    expect(suggestNextSkill([], ratings({}))).toBeNull();
  });
});
