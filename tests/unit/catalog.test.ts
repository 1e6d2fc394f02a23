import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOG,
  BUILTIN_ROLES,
  BUILTIN_SKILLS,
  EVIDENCE_INVITED_FROM,
  LEVEL_INFO,
  roleById,
  text,
} from '../../src/domain/catalog';
import { STRATEGIST_ROLE } from '../../src/domain/catalog/roles';
import { SKILL_LEVEL_LINES } from '../../src/domain/catalog/skills';
import { LEVELS, type Localized, type Rating } from '../../src/domain/types';

const [skills, roles] = [BUILTIN_SKILLS, BUILTIN_ROLES];
const [steps, areas] = [skills.flatMap((s) => s.checklist), roles.flatMap((r) => r.areas)];

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function isBilingual(t: Localized): boolean {
  return t.en.trim().length > 0 && t.it.trim().length > 0;
}

// The content brief's table (section 2), CM / SMM / Strategist, [target, core], with the
// December 2026 review's changes: sh.crisis CM 4 -> 3 and STR 3 -> 4; sh.platforms SMM 3 -> 4 and
// STR 4 core -> 3 optional; sh.ethics core for STR; sh.genai new in content version 2.
const BRIEF_SHARED_TARGETS: Record<string, Record<string, [number, boolean]>> = {
  'sh.listening': { cm: [4, true], smm: [2, false], strategist: [3, true] },
  'sh.platforms': { cm: [2, false], smm: [4, true], strategist: [3, false] },
  'sh.voice': { cm: [3, true], smm: [4, true], strategist: [4, true] },
  'sh.analytics': { cm: [3, true], smm: [3, true], strategist: [4, true] },
  'sh.crisis': { cm: [3, true], smm: [2, false], strategist: [4, true] },
  'sh.ethics': { cm: [3, true], smm: [3, true], strategist: [3, true] },
  'sh.genai': { cm: [2, false], smm: [3, true], strategist: [3, false] },
  'sh.learning': { cm: [3, true], smm: [3, true], strategist: [3, true] },
  'sh.audience': { cm: [2, false], smm: [3, true], strategist: [4, true] },
};

describe('catalog ids', () => {
  it('are unique for skills, roles, areas and checklist steps', () => {
    expect(duplicates(roles.map((r) => r.id))).toEqual([]);
    expect(duplicates(steps.map((s) => s.id))).toEqual([]);
    // Skills and areas together: an area never reuses a skill id, so look-ups cannot mix them up.
    expect(duplicates([...skills, ...areas].map((x) => x.id))).toEqual([]);
  });

  it('give each step an id under its own skill', () => {
    const stray = skills.flatMap((s) => s.checklist.filter((c) => !c.id.startsWith(`${s.id}/`)));
    expect(stray).toEqual([]);
  });

  it('are the three built-in roles', () => {
    expect(roles.map((r) => r.id)).toEqual(['cm', 'smm', 'strategist']);
    expect(roleById(BUILTIN_CATALOG, 'strategist')).toBe(STRATEGIST_ROLE);
    expect(roleById(BUILTIN_CATALOG, 'nope')).toBeUndefined();
  });
});

describe('role-skill links', () => {
  it('point to an existing skill and to an area of their own role, once per skill', () => {
    const skillIds = new Set(skills.map((s) => s.id));
    for (const role of roles) {
      const areaIds = new Set(role.areas.map((a) => a.id));
      const broken = role.links.filter((l) => !skillIds.has(l.skillId) || !areaIds.has(l.areaId));
      expect(broken).toEqual([]);
      expect(duplicates(role.links.map((l) => l.skillId))).toEqual([]);
    }
  });

  it('give every role 12 core skills (13 for the SMM, with generative AI) and every area one', () => {
    expect(roles.map((r) => r.links.filter((l) => l.core).length)).toEqual([12, 13, 12]);
    const empty = roles.flatMap((r) =>
      r.areas.filter((a) => !r.links.some((l) => l.areaId === a.id)),
    );
    expect(empty).toEqual([]);
  });

  it('have whole-number targets from 0 to 4', () => {
    const odd = roles.flatMap((r) => r.links).filter((l) => !LEVELS.includes(l.target));
    expect(odd).toEqual([]);
  });

  it('link every skill of a role as core to that role', () => {
    const prefix: Record<string, string> = { cm: 'cm.', smm: 'smm.', strategist: 'str.' };
    for (const role of roles) {
      const own = skills.filter((s) => s.id.startsWith(prefix[role.id] ?? '?'));
      const ownCore = role.links.filter(
        (l) => l.core && l.skillId.startsWith(prefix[role.id] ?? '?'),
      );
      expect(ownCore.map((l) => l.skillId)).toEqual(own.map((s) => s.id));
    }
  });

  it('make strategy a CM stretch goal: optional, target 2', () => {
    const link = roleById(BUILTIN_CATALOG, 'cm')?.links.find((l) => l.skillId === 'str.strategy');
    expect(link).toMatchObject({ core: false, target: 2 });
  });

  it('cross-link the review’s skills between roles as optional stretch goals at 2', () => {
    const cross: Record<string, string[]> = {
      cm: ['str.strategy', 'smm.copywriting'],
      smm: ['cm.response', 'cm.moderation'],
      strategist: ['smm.paid'],
    };
    const own: Record<string, string> = { cm: 'cm.', smm: 'smm.', strategist: 'str.' };
    for (const role of roles) {
      const borrowed = role.links.filter(
        (l) => !l.skillId.startsWith('sh.') && !l.skillId.startsWith(own[role.id] ?? '?'),
      );
      expect(borrowed.map((l) => l.skillId).sort(), role.id).toEqual(
        [...(cross[role.id] ?? [])].sort(),
      );
      expect(
        borrowed.filter((l) => l.core || l.target !== 2),
        role.id,
      ).toEqual([]);
    }
  });
});

describe('shared skills', () => {
  it('are the 8 of the brief and generative AI, each linked by all three roles', () => {
    const shared = skills.filter((s) => s.shared);
    expect(shared.map((s) => s.id).sort()).toEqual(Object.keys(BRIEF_SHARED_TARGETS).sort());
    const missing = shared.flatMap((s) =>
      roles.filter((r) => !r.links.some((l) => l.skillId === s.id)).map((r) => `${r.id} ${s.id}`),
    );
    expect(missing).toEqual([]);
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
  it('holds 25-30 skills, each with 2-4 checklist steps and 1-2 example goals', () => {
    expect(skills.length >= 25 && skills.length <= 30).toBe(true);
    const perRole = ['cm.', 'smm.', 'str.', 'sh.'].map((p) =>
      skills.filter((s) => s.id.startsWith(p)),
    );
    expect(perRole.map((list) => list.length)).toEqual([6, 6, 5, 9]);
    const within = (n: number, min: number, max: number) => n >= min && n <= max;
    const odd = skills.filter(
      (s) => !within(s.checklist.length, 2, 4) || !within(s.exampleGoals.length, 1, 2),
    );
    expect(odd.map((s) => s.id)).toEqual([]);
  });

  it('is written in both languages, with the Italian not a copy of the English', () => {
    const bad = skills.filter((s) => {
      const texts = [s.description, ...s.checklist.map((c) => c.text), ...s.exampleGoals];
      return ![s.name, ...texts].every(isBilingual) || texts.some((t) => t.it === t.en);
    });
    expect(bad.map((s) => s.id)).toEqual([]);
    const badRoles = roles.filter(
      (r) => ![r.name, r.summary, ...r.areas.map((a) => a.name)].every(isBilingual),
    );
    expect(badRoles.concat(roles.filter((r) => r.summary.it === r.summary.en))).toEqual([]);
  });
});

describe('level lines of each skill', () => {
  const coreIds = new Set(
    roles.flatMap((r) => r.links.filter((l) => l.core).map((l) => l.skillId)),
  );

  it('describe levels 1-4 for every core skill, in both languages, never copied', () => {
    const missing = skills.filter((s) => coreIds.has(s.id) && !s.levels).map((s) => s.id);
    expect(missing).toEqual([]);
    const bad = skills.flatMap((s) =>
      ([1, 2, 3, 4] as const)
        .filter((n) => s.levels && (!isBilingual(s.levels[n]) || s.levels[n].it === s.levels[n].en))
        .map((n) => `${s.id} ${n}`),
    );
    expect(bad).toEqual([]);
  });

  it('belong to skills that exist, and say level 3 is recent, real work', () => {
    const ids = new Set(skills.map((s) => s.id));
    expect(Object.keys(SKILL_LEVEL_LINES).filter((id) => !ids.has(id))).toEqual([]);
    // Observable level 3: every line dates the work within the last 12 months, in both languages.
    const undated = Object.entries(SKILL_LEVEL_LINES)
      .filter(([, l]) => !/12 months/.test(l[3].en) || !/12 mesi/.test(l[3].it))
      .map(([id]) => id);
    expect(undated).toEqual([]);
  });
});

describe('levels', () => {
  it('names and explains every rating in both languages; evidence from confident up', () => {
    const ratings: Rating[] = [0, 1, 2, 3, 4, 'na'];
    const bad = ratings.filter(
      (r) => !isBilingual(LEVEL_INFO[r].name) || !isBilingual(LEVEL_INFO[r].description),
    );
    expect(bad).toEqual([]);
    expect(LEVEL_INFO[3].name).toEqual({ en: 'Confident', it: 'In autonomia' });
    // Level 3 is something a person can check: real work, a count, a period.
    expect(LEVEL_INFO[3].description.en).toMatch(/without help, on real work, at least 3 times/);
    expect(LEVEL_INFO[3].description.it).toMatch(/senza aiuto, su lavoro reale, almeno 3 volte/);
    expect(LEVEL_INFO.na.name.it).toBe('Non mi riguarda');
    expect(EVIDENCE_INVITED_FROM).toBe(3);
  });
});

describe('text', () => {
  const crisis = { en: 'Crisis response', it: 'Gestione delle crisi' };

  it('picks the language, shows user text as written, falls back to English', () => {
    expect(text(crisis, 'it')).toBe('Gestione delle crisi');
    expect(text(crisis, 'en')).toBe('Crisis response');
    expect(text('My own skill', 'it')).toBe('My own skill');
    expect(text({ en: 'Draft', it: '' }, 'it')).toBe('Draft');
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
