// Content updates: renames followed, retired skills kept and flagged, change lists that would
// lose data reported; and content version 2 against version 1 (every skill and step id kept or
// replaced in its skill, the news listing what changed).
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOG,
  BUILTIN_ROLES,
  BUILTIN_SKILLS,
  CONTENT_CHANGES,
  CONTENT_VERSION,
  type ContentChange,
  contentChangeProblems,
  flagRetired,
  resolveSkillId,
  skillById,
} from '../../src/domain/catalog';
import { CONTENT_NEWS } from '../../src/domain/catalog/news';
import type { Catalog } from '../../src/domain/types';
import V1 from '../fixtures/catalog-v1-ids.json';

const [skills, roles] = [BUILTIN_SKILLS, BUILTIN_ROLES];
const steps = skills.flatMap((s) => s.checklist);

describe('content updates', () => {
  const chain: ContentChange[] = [
    { version: 3, renamedSkills: { 'x.middle': 'x.new' } },
    { version: 2, renamedSkills: { 'x.old': 'x.middle' } },
  ];

  it('follow a rename chain, whatever the order of the list', () => {
    expect(resolveSkillId('x.old', chain)).toBe('x.new');
    expect(resolveSkillId('x.middle', chain)).toBe('x.new');
    expect(resolveSkillId('x.new', chain)).toBe('x.new');
    expect(resolveSkillId('cm.onboarding', chain)).toBe('cm.onboarding');
    expect(resolveSkillId('toString', chain)).toBe('toString');
  });

  it('bring a skill renamed back to its first id, without looping', () => {
    const back: ContentChange[] = [
      { version: 2, renamedSkills: { a: 'b' } },
      { version: 3, renamedSkills: { b: 'a' } },
    ];
    expect(resolveSkillId('a', back)).toBe('a');
    expect(resolveSkillId('b', back)).toBe('a');
  });

  it('let data stored under an old id find the renamed skill', () => {
    const renamed: ContentChange[] = [
      { version: 2, renamedSkills: { 'cm.welcome': 'cm.onboarding' } },
    ];
    expect(skillById(BUILTIN_CATALOG, 'cm.welcome', renamed)?.id).toBe('cm.onboarding');
    expect(skillById(BUILTIN_CATALOG, 'cm.welcome')).toBeUndefined();
  });

  it('keep retired skills in the catalog, flagged', () => {
    const retire: ContentChange[] = [{ version: 2, retiredSkills: ['smm.paid'] }];
    const flagged = flagRetired(BUILTIN_SKILLS, retire);
    expect(flagged).toHaveLength(BUILTIN_SKILLS.length);
    expect(flagged.find((s) => s.id === 'smm.paid')?.retired).toBe(true);
    expect(flagged.filter((s) => s.retired)).toHaveLength(1);
  });

  it('report change lists that would lose or hide data', () => {
    const catalog: Catalog = { ...BUILTIN_CATALOG, contentVersion: 2 };
    const bad: ContentChange[] = [
      { version: 2, renamedSkills: { 'cm.gone': 'cm.nowhere', 'cm.onboarding': 'cm.welcome' } },
      { version: 2, retiredSkills: ['smm.paid'] },
      { version: 5 },
    ];
    const problems = contentChangeProblems(catalog, bad);
    expect(problems).toHaveLength(5);
    const all = problems.join('\n');
    expect(all).toMatch(/cm\.gone ends at cm\.nowhere/);
    expect(all).toMatch(/cm\.onboarding ends at cm\.welcome/);
    expect(all).toMatch(/smm\.paid is not flagged retired/);
    expect(all).toMatch(/version 5 is above/);
    expect(all).toMatch(/catalog skill cm\.onboarding is renamed away/);
  });

  it('are consistent with the built-in catalog as shipped', () => {
    expect(BUILTIN_CATALOG.contentVersion).toBe(CONTENT_VERSION);
    expect(contentChangeProblems(BUILTIN_CATALOG, CONTENT_CHANGES)).toEqual([]);
    expect(BUILTIN_CATALOG.skills.map((s) => s.id)).toEqual(skills.map((s) => s.id));
  });
});

describe('content version 2 against version 1', () => {
  const v1 = V1.skills as Record<string, string[]>;
  const [news] = CONTENT_NEWS;
  const stepIds = new Set(steps.map((s) => s.id));

  it('keeps every version 1 skill, under the same id', () => {
    const gone = Object.keys(v1).filter((id) => !skillById(BUILTIN_CATALOG, id));
    expect(gone).toEqual([]);
    expect(Object.keys(v1).filter((id) => resolveSkillId(id) !== id)).toEqual([]);
  });

  it('keeps each version 1 step id, or names the step that replaces it in the same skill', () => {
    const replaced = news?.replacedSteps ?? {};
    const lost = Object.entries(v1).flatMap(([skillId, ids]) =>
      ids.filter((id) => {
        if (stepIds.has(id)) return false;
        const next = replaced[id];
        return !next || !stepIds.has(next) || !next.startsWith(`${skillId}/`);
      }),
    );
    expect(lost).toEqual([]);
    // A replaced id is never offered again, so an old tick cannot attach to new content.
    expect(Object.keys(replaced).filter((id) => stepIds.has(id))).toEqual([]);
  });

  it('lists in its news every skill that gained a step, and every link new to a role', () => {
    const v1Steps = new Set(Object.values(v1).flat());
    const grown = skills
      .filter((s) => v1[s.id] && s.checklist.some((c) => !v1Steps.has(c.id)))
      .map((s) => s.id);
    expect([...(news?.changedSkills ?? [])].sort()).toEqual(grown.sort());
    for (const role of roles) {
      const v1Role = role.links.filter((l) => news?.added[role.id]?.includes(l.skillId));
      expect(v1Role.map((l) => l.skillId).sort(), role.id).toEqual(
        [...(news?.added[role.id] ?? [])].sort(),
      );
    }
    const newSkills = skills.filter((s) => !v1[s.id]).map((s) => s.id);
    expect(newSkills).toEqual(['sh.genai']);
  });
});
