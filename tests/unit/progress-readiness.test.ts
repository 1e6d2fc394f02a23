import { describe, expect, it } from 'vitest';
import { roleReadiness, roleReadinessDetail } from '../../src/domain/progress';
import { link, ratings, role } from './progress-fixtures';

describe('roleReadiness', () => {
  it('is null when the role sets no target (nothing to measure, not 0%)', () => {
    expect(roleReadiness(role('r', []), ratings({}))).toBeNull();
    const zeroTargets = role('r', [link('x', 0), link('y', 0, false)]);
    expect(roleReadiness(zeroTargets, ratings({ x: 3, y: 1 }))).toBeNull();
  });

  it('is null when every skill is marked not relevant', () => {
    const r = role('r', [link('x', 3), link('y', 2, false)]);
    expect(roleReadiness(r, ratings({ x: 'na', y: 'na' }))).toBeNull();
  });

  it('leaves not-relevant skills out of the sum instead of counting them as 0', () => {
    const r = role('r', [link('x', 2), link('y', 4)]);
    expect(roleReadiness(r, ratings({ x: 2, y: 'na' }))).toBe(100);
    expect(roleReadiness(r, ratings({ x: 2, y: 0 }))).toBe(50);
  });

  it('averages optional-only roles with equal weights', () => {
    // x: 1/4 = 0.25, y: 2/2 = 1 -> (0.25 + 1) / 2 = 62.5% -> 62
    const r = role('r', [link('x', 4, false), link('y', 2, false)]);
    expect(roleReadiness(r, ratings({ x: 1, y: 2 }))).toBe(62);
  });

  it('weights a core skill twice an optional one', () => {
    const r = role('r', [link('core', 4, true), link('opt', 4, false)]);
    // core reached, optional not: (2*1 + 1*0) / 3 = 66.7% -> 66
    expect(roleReadiness(r, ratings({ core: 4, opt: 0 }))).toBe(66);
    // optional reached, core not: (2*0 + 1*1) / 3 = 33.3% -> 33
    expect(roleReadiness(r, ratings({ core: 0, opt: 4 }))).toBe(33);
  });

  it('caps a level above target: excess in one skill does not fill a gap in another', () => {
    const r = role('r', [link('a', 2), link('b', 2)]);
    // uncapped this would be (4/2 + 0/2) / 2 = 100%
    expect(roleReadiness(r, ratings({ a: 4, b: 0 }))).toBe(50);
  });

  it('counts an unrated skill as level 0', () => {
    const r = role('r', [link('a', 2), link('b', 2)]);
    expect(roleReadiness(r, ratings({ a: 2 }))).toBe(50);
    expect(roleReadiness(r, ratings({ a: 2, b: null }))).toBe(50);
  });

  it('rounds down, so 100% only when every counted skill reached its target', () => {
    const r = role('r', [link('a', 3), link('b', 3), link('c', 3)]);
    // (3/3 + 3/3 + 2/3) / 3 = 8/9 = 88.9% -> 88
    expect(roleReadiness(r, ratings({ a: 3, b: 3, c: 2 }))).toBe(88);
    expect(roleReadiness(r, ratings({ a: 4, b: 4, c: 2 }))).toBe(88);
    expect(roleReadiness(r, ratings({ a: 3, b: 3, c: 3 }))).toBe(100);
  });

  it('does not lose a percent to float error (29 of 100 reached is 29%, not 28%)', () => {
    const links = Array.from({ length: 100 }, (_, i) => link(`s${i}`, 1, false));
    const rated = ratings(Object.fromEntries(links.slice(0, 29).map((l) => [l.skillId, 1])));
    expect(roleReadiness(role('r', links), rated)).toBe(29);
  });

  it('leaves retired skills out', () => {
    const r = role('r', [link('a', 2), { ...link('old', 4), retired: true }]);
    expect(roleReadiness(r, ratings({ a: 2 }))).toBe(100);
    expect(
      roleReadiness(role('r', [{ ...link('old', 4), retired: true }]), ratings({})),
    ).toBeNull();
  });
});

describe('roleReadinessDetail', () => {
  const r = role(
    'r',
    [
      link('s1', 4, true, 'a'),
      link('s2', 2, false, 'a'),
      link('s3', 3, true, 'b'),
      link('s4', 0, false, 'b'),
    ],
    ['a', 'b', 'c'],
  );
  const detail = roleReadinessDetail(r, ratings({ s1: 2, s2: 3, s3: 'na', s4: 1 }));

  it('gives the same readiness as roleReadiness', () => {
    // a: (2 * 2/4 + 1 * 1) / 3 = 66.7% -> 66; s3 (na) and s4 (target 0) do not count
    expect(detail.readiness).toBe(66);
    expect(detail.readiness).toBe(roleReadiness(r, ratings({ s1: 2, s2: 3, s3: 'na', s4: 1 })));
  });

  it('lists every linked skill with its gap to target', () => {
    expect(detail.skills).toEqual([
      { skillId: 's1', areaId: 'a', rating: 2, target: 4, core: true, gap: 2, counted: true },
      { skillId: 's2', areaId: 'a', rating: 3, target: 2, core: false, gap: 0, counted: true },
      { skillId: 's3', areaId: 'b', rating: 'na', target: 3, core: true, gap: 0, counted: false },
      { skillId: 's4', areaId: 'b', rating: 1, target: 0, core: false, gap: 0, counted: false },
    ]);
  });

  it('gives per area whole skills at target, never an average level', () => {
    expect(detail.areas).toEqual([
      { areaId: 'a', skills: 2, atTarget: 1, readiness: 66 },
      { areaId: 'b', skills: 0, atTarget: 0, readiness: null },
      { areaId: 'c', skills: 0, atTarget: 0, readiness: null },
    ]);
  });

  it('says how many skills count, how many are rated and how many were set aside', () => {
    expect(detail).toMatchObject({ counted: 2, rated: 2, notRelevant: 1 });
  });
});
