import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overallReadiness, roleReadiness } from '../../src/domain/progress';
import type { Level, Rating, RoleDef, RoleSkillLink } from '../../src/domain/types';

const SKILLS = ['s0', 's1', 's2', 's3', 's4', 's5'];
const level = fc.constantFrom<Level>(0, 1, 2, 3, 4);
const rating = fc.oneof(level, fc.constant<Rating>('na'), fc.constant(null));

const linkArb: fc.Arbitrary<RoleSkillLink> = fc.record({
  skillId: fc.constantFrom(...SKILLS),
  areaId: fc.constantFrom('a', 'b'),
  core: fc.boolean(),
  target: level,
  retired: fc.boolean(),
});

const roleArb = (id: string): fc.Arbitrary<RoleDef> =>
  fc
    .uniqueArray(linkArb, { selector: (l) => l.skillId, maxLength: SKILLS.length })
    .map((links) => ({ id, name: id, summary: '', areas: [], links }));

const ratingsArb = fc
  .tuple(...SKILLS.map(() => rating))
  .map((values) => new Map(SKILLS.map((s, i) => [s, values[i] ?? null])));

/** The ratings with one skill raised from its level (unrated = 0) to a strictly higher one. */
const raisedArb = fc
  .tuple(ratingsArb, fc.constantFrom(...SKILLS), level)
  .map(([before, skillId, to]) => {
    const from = before.get(skillId);
    const base = typeof from === 'number' ? from : 0;
    const raisedTo = Math.max(base, to) as Level;
    // 'na' becomes the same rating on both sides: raising is only between levels
    const start: Rating | null = from === 'na' ? 0 : (from ?? null);
    const startRatings = new Map(before).set(skillId, start);
    return { before: startRatings, after: new Map(before).set(skillId, raisedTo) };
  });

function inRange(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0 && value <= 100);
}

describe('readiness properties', () => {
  it('is always a whole percent between 0 and 100, or null', () => {
    fc.assert(
      fc.property(roleArb('r'), roleArb('q'), ratingsArb, (r, q, ratings) => {
        expect(inRange(roleReadiness(r, ratings))).toBe(true);
        expect(inRange(overallReadiness([r, q], ratings))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never goes down when one rating goes up', () => {
    fc.assert(
      fc.property(roleArb('r'), roleArb('q'), raisedArb, (r, q, { before, after }) => {
        expect(roleReadiness(r, after) ?? 0).toBeGreaterThanOrEqual(roleReadiness(r, before) ?? 0);
        expect(overallReadiness([r, q], after) ?? 0).toBeGreaterThanOrEqual(
          overallReadiness([r, q], before) ?? 0,
        );
        // raising a level never turns a number into "nothing to measure" or back
        expect(roleReadiness(r, after) === null).toBe(roleReadiness(r, before) === null);
      }),
      { numRuns: 500 },
    );
  });

  it('is 100 exactly when every counted skill reached its target', () => {
    fc.assert(
      fc.property(roleArb('r'), (r) => {
        const atTarget = new Map<string, Rating>(r.links.map((l) => [l.skillId, l.target]));
        const counted = r.links.filter((l) => !l.retired && l.target > 0);
        expect(roleReadiness(r, atTarget)).toBe(counted.length > 0 ? 100 : null);
        // one counted skill a single level short: never shown as 100%, however many others
        for (const l of counted) {
          const short = new Map(atTarget).set(l.skillId, (l.target - 1) as Level);
          expect(roleReadiness(r, short)).toBeLessThan(100);
        }
      }),
    );
  });
});
