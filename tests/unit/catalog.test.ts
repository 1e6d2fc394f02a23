import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOG,
  BUILTIN_ROLES,
  BUILTIN_SKILLS,
  CONTENT_CHANGES,
  CONTENT_VERSION,
  type ContentChange,
  contentChangeProblems,
  EVIDENCE_INVITED_FROM,
  flagRetired,
  LEVEL_INFO,
  resolveSkillId,
  roleById,
  skillById,
  text,
} from '../../src/domain/catalog';
import type { Catalog, Localized, Rating } from '../../src/domain/types';

const skills = BUILTIN_SKILLS;
const roles = BUILTIN_ROLES;
const steps = skills.flatMap((s) => s.checklist);
const areas = roles.flatMap((r) => r.areas);

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function isBilingual(t: Localized): boolean {
  return t.en.trim().length > 0 && t.it.trim().length > 0;
}

// The content brief's table (section 2): CM / SMM / Strategist, [target, core].
const BRIEF_SHARED_TARGETS: Record<string, Record<string, [number, boolean]>> = {
  'sh.listening': { cm: [4, true], smm: [2, false], strategist: [3, true] },
  'sh.platforms': { cm: [2, false], smm: [3, true], strategist: [4, true] },
  'sh.voice': { cm: [3, true], smm: [4, true], strategist: [4, true] },
  'sh.analytics': { cm: [3, true], smm: [3, true], strategist: [4, true] },
  'sh.crisis': { cm: [4, true], smm: [2, false], strategist: [3, true] },
  'sh.ethics': { cm: [3, true], smm: [3, true], strategist: [3, false] },
  'sh.learning': { cm: [3, true], smm: [3, true], strategist: [3, true] },
  'sh.audience': { cm: [2, false], smm: [3, true], strategist: [4, true] },
};

describe('catalog ids', () => {
  it('are unique for skills, roles, areas and checklist steps', () => {
    expect(duplicates(skills.map((s) => s.id))).toEqual([]);
    expect(duplicates(roles.map((r) => r.id))).toEqual([]);
    expect(duplicates(areas.map((a) => a.id))).toEqual([]);
    expect(duplicates(steps.map((s) => s.id))).toEqual([]);
  });

  it('never use a skill id for an area, so look-ups cannot mix them up', () => {
    const skillIds = new Set(skills.map((s) => s.id));
    expect(areas.filter((a) => skillIds.has(a.id))).toEqual([]);
  });

  it('give each step an id under its own skill', () => {
    for (const skill of skills) {
      for (const step of skill.checklist) expect(step.id.startsWith(`${skill.id}/`)).toBe(true);
    }
  });

  it('are the three built-in roles', () => {
    expect(roles.map((r) => r.id)).toEqual(['cm', 'smm', 'strategist']);
    expect(roleById(BUILTIN_CATALOG, 'smm')?.name).toEqual({
      en: 'Social Media Manager',
      it: 'Social Media Manager',
    });
    expect(roleById(BUILTIN_CATALOG, 'nope')).toBeUndefined();
  });
});

describe('role-skill links', () => {
  it('point to an existing skill and to an area of their own role, once per skill', () => {
    const skillIds = new Set(skills.map((s) => s.id));
    for (const role of roles) {
      const areaIds = new Set(role.areas.map((a) => a.id));
      for (const link of role.links) {
        expect(skillIds.has(link.skillId), `${role.id} -> ${link.skillId}`).toBe(true);
        expect(areaIds.has(link.areaId), `${role.id} area ${link.areaId}`).toBe(true);
      }
      expect(duplicates(role.links.map((l) => l.skillId))).toEqual([]);
    }
  });

  it('give every role exactly 12 core skills and every area at least one skill', () => {
    for (const role of roles) {
      expect(
        role.links.filter((l) => l.core),
        role.id,
      ).toHaveLength(12);
      for (const area of role.areas) {
        expect(
          role.links.some((l) => l.areaId === area.id),
          area.id,
        ).toBe(true);
      }
    }
  });

  it('have whole-number targets from 0 to 4', () => {
    for (const link of roles.flatMap((r) => r.links)) {
      expect(Number.isInteger(link.target)).toBe(true);
      expect(link.target).toBeGreaterThanOrEqual(0);
      expect(link.target).toBeLessThanOrEqual(4);
    }
  });

  it('link every skill of a role as core to that role', () => {
    const prefix: Record<string, string> = { cm: 'cm.', smm: 'smm.', strategist: 'str.' };
    for (const role of roles) {
      const own = skills.filter((s) => s.id.startsWith(prefix[role.id] ?? '?'));
      expect(own.length).toBeGreaterThanOrEqual(5);
      for (const skill of own) {
        expect(role.links.find((l) => l.skillId === skill.id)?.core, skill.id).toBe(true);
      }
    }
  });

  it('make strategy a CM stretch goal: optional, target 2', () => {
    const link = roleById(BUILTIN_CATALOG, 'cm')?.links.find((l) => l.skillId === 'str.strategy');
    expect(link).toMatchObject({ core: false, target: 2 });
  });
});

describe('shared skills', () => {
  it('are exactly the 8 of the brief, each linked by all three roles', () => {
    const shared = skills.filter((s) => s.shared);
    expect(shared.map((s) => s.id).sort()).toEqual(Object.keys(BRIEF_SHARED_TARGETS).sort());
    for (const skill of shared) {
      for (const role of roles) {
        expect(
          role.links.some((l) => l.skillId === skill.id),
          `${role.id} ${skill.id}`,
        ).toBe(true);
      }
    }
  });

  it('carry the targets and core flags of the brief table', () => {
    for (const [skillId, byRole] of Object.entries(BRIEF_SHARED_TARGETS)) {
      for (const [roleId, [target, core]] of Object.entries(byRole)) {
        const link = roleById(BUILTIN_CATALOG, roleId)?.links.find((l) => l.skillId === skillId);
        expect(link, `${roleId} ${skillId}`).toMatchObject({ target, core });
      }
    }
  });
});

describe('skill content', () => {
  it('holds 25 to 30 skills', () => {
    expect(skills.length).toBeGreaterThanOrEqual(25);
    expect(skills.length).toBeLessThanOrEqual(30);
  });

  it('has 2-4 checklist steps and 1-2 example goals per skill', () => {
    for (const skill of skills) {
      expect(skill.checklist.length, skill.id).toBeGreaterThanOrEqual(2);
      expect(skill.checklist.length, skill.id).toBeLessThanOrEqual(4);
      expect(skill.exampleGoals.length, skill.id).toBeGreaterThanOrEqual(1);
      expect(skill.exampleGoals.length, skill.id).toBeLessThanOrEqual(2);
    }
  });

  it('is written in both languages, with the Italian not a copy of the English', () => {
    for (const skill of skills) {
      const texts = [
        skill.description,
        ...skill.checklist.map((s) => s.text),
        ...skill.exampleGoals,
      ];
      for (const t of [skill.name, ...texts]) expect(isBilingual(t), skill.id).toBe(true);
      for (const t of texts) expect(t.it, skill.id).not.toBe(t.en);
    }
    for (const role of roles) {
      for (const t of [role.name, role.summary, ...role.areas.map((a) => a.name)]) {
        expect(isBilingual(t), role.id).toBe(true);
      }
      expect(role.summary.it).not.toBe(role.summary.en);
    }
  });
});

describe('levels', () => {
  it('names and explains every rating in both languages', () => {
    const ratings: Rating[] = [0, 1, 2, 3, 4, 'na'];
    for (const r of ratings) {
      expect(isBilingual(LEVEL_INFO[r].name)).toBe(true);
      expect(isBilingual(LEVEL_INFO[r].description)).toBe(true);
    }
    expect(LEVEL_INFO[3].name).toEqual({ en: 'Confident', it: 'Autonomo' });
    expect(LEVEL_INFO.na.name.it).toBe('Non mi riguarda');
  });

  it('invites evidence from "confident" up', () => {
    expect(EVIDENCE_INVITED_FROM).toBe(3);
  });
});

describe('text', () => {
  it('picks the language and shows user text as written', () => {
    expect(text({ en: 'Crisis response', it: 'Gestione delle crisi' }, 'it')).toBe(
      'Gestione delle crisi',
    );
    expect(text({ en: 'Crisis response', it: 'Gestione delle crisi' }, 'en')).toBe(
      'Crisis response',
    );
    expect(text('My own skill', 'it')).toBe('My own skill');
  });

  it('falls back to English when the Italian is missing', () => {
    expect(text({ en: 'Draft', it: '' }, 'it')).toBe('Draft');
  });
});

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
  });

  it('bring a skill renamed back to its first id, without looping', () => {
    const back: ContentChange[] = [
      { version: 2, renamedSkills: { a: 'b' } },
      { version: 3, renamedSkills: { b: 'a' } },
    ];
    expect(resolveSkillId('a', back)).toBe('a');
    expect(resolveSkillId('b', back)).toBe('a');
  });

  it('ignore inherited object keys as skill ids', () => {
    expect(resolveSkillId('toString', chain)).toBe('toString');
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
    expect(problems.join('\n')).toMatch(/cm\.gone ends at cm\.nowhere/);
    expect(problems.join('\n')).toMatch(/smm\.paid is not flagged retired/);
    expect(problems.join('\n')).toMatch(/version 5 is above/);
    expect(problems.join('\n')).toMatch(/catalog skill cm\.onboarding is renamed away/);
  });

  it('are consistent with the built-in catalog as shipped', () => {
    expect(BUILTIN_CATALOG.contentVersion).toBe(CONTENT_VERSION);
    expect(contentChangeProblems(BUILTIN_CATALOG, CONTENT_CHANGES)).toEqual([]);
    expect(BUILTIN_CATALOG.skills.map((s) => s.id)).toEqual(skills.map((s) => s.id));
  });
});

describe('catalog module', () => {
  it('imports nothing from ui/ or data/, so it loads on its own', () => {
    const dir = join(import.meta.dirname, '../../src/domain/catalog');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from '[^']*\/(ui|data|state)\//);
    }
  });
});
