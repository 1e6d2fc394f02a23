import { describe, expect, it } from 'vitest';
import { allSkillStates, assessmentsOf, rateSkill } from '../../src/data/skills';

describe('skill ratings and history', () => {
  it('keeps one current rating and a dated history of every change', async () => {
    await rateSkill('sh.voice', 1, '2026-01-10');
    await rateSkill('sh.voice', 2, '2026-02-03');
    await rateSkill('sh.voice', 'na', '2026-03-15');
    const history = await assessmentsOf('sh.voice');
    expect(history.map((a) => [a.day, a.rating])).toEqual([
      ['2026-01-10', 1],
      ['2026-02-03', 2],
      ['2026-03-15', 'na'],
    ]);
    const states = await allSkillStates();
    expect(states).toHaveLength(1);
    expect(states[0]?.rating).toBe('na');
  });

  it('keeps histories of different skills apart', async () => {
    await rateSkill('sh.voice', 3, '2026-01-10');
    await rateSkill('cm.moderation', 2, '2026-01-11');
    expect((await assessmentsOf('cm.moderation')).map((a) => a.rating)).toEqual([2]);
    expect((await assessmentsOf('sh.voice')).map((a) => a.rating)).toEqual([3]);
  });
});
