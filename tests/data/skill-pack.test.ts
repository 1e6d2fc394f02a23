import { describe, expect, it } from 'vitest';
import { allCustomContent, saveCustomRole } from '../../src/data/custom-content';
import { importSkillPack, parseSkillPack } from '../../src/data/skill-pack';
import type { CustomRole } from '../../src/domain/types';

const AT = '2026-03-01T10:00:00.000Z';

function pack(over: Record<string, unknown> = {}) {
  return {
    format: 'stt-skill-pack',
    version: 1,
    skills: [
      {
        id: 'team-tiktok',
        name: 'TikTok trends',
        description: 'Spot and adapt trends within a week.',
        checklist: [{ id: 'team-tiktok/1', text: 'Follow 10 creators in the niche.' }],
        exampleGoals: ['Publish 2 trend-based videos a month.'],
        custom: true,
        attachTo: [{ roleId: 'smm', areaId: 'smm.creation', core: false, target: 2 }],
      },
    ],
    roles: [
      {
        id: 'team-social-lead',
        name: 'Social lead',
        summary: 'Runs the team’s social channels.',
        areas: [{ id: 'main', name: 'Skills' }],
        links: [
          { skillId: 'sh.voice', areaId: 'main', core: true, target: 3 },
          { skillId: 'team-tiktok', areaId: 'main', core: false, target: 2 },
        ],
        custom: true,
      },
    ],
    ...over,
  };
}

/** Parses, and imports only when valid: exactly what the Roles screen does. */
async function tryImport(raw: string) {
  const result = parseSkillPack(raw, new Set(), AT);
  if (result.ok) await importSkillPack(result.pack);
  return result;
}

const existing: CustomRole = {
  id: 'my-own',
  name: 'My own role',
  summary: '',
  areas: [],
  links: [],
  custom: true,
  createdAt: AT,
  updatedAt: AT,
};

describe('skill pack import', () => {
  it('imports a valid pack: roles and skills, stamped and marked custom', async () => {
    const result = await tryImport(JSON.stringify(pack()));
    expect(result.ok).toBe(true);
    const { skills, roles } = await allCustomContent();
    expect(skills.map((s) => s.id)).toEqual(['team-tiktok']);
    expect(roles[0]?.links.map((l) => l.skillId)).toEqual(['sh.voice', 'team-tiktok']);
    expect(roles[0]).toMatchObject({ custom: true, createdAt: AT, updatedAt: AT });
    expect(skills[0]?.attachTo?.[0]?.roleId).toBe('smm');
  });

  const hostile: [string, string, string][] = [
    ['not JSON', '{ nope', 'notJson'],
    ['another format', JSON.stringify({ format: 'backup', version: 1 }), 'notPack'],
    ['a newer version', JSON.stringify(pack({ version: 2 })), 'version'],
    ['a level of 7', JSON.stringify(pack()).replace('"target":3', '"target":7'), 'invalid'],
    ['an unknown field', JSON.stringify(pack({ extra: true })), 'invalid'],
    [
      'a __proto__ key',
      JSON.stringify(pack()).replace('"custom":true,"attachTo"', '"__proto__":{"x":1},"attachTo"'),
      'invalid',
    ],
    [
      'an id with a slash',
      JSON.stringify(pack()).replaceAll('team-social-lead', '../x'),
      'invalid',
    ],
    [
      'a 5000-character name',
      JSON.stringify(pack()).replace('TikTok trends', 'x'.repeat(5000)),
      'invalid',
    ],
    ['a built-in id', JSON.stringify(pack()).replaceAll('team-tiktok', 'sh.voice'), 'builtinId'],
    ['a link to a missing skill', JSON.stringify(pack({ skills: [] })), 'unknownSkill'],
    ['a file over 1 MB', `${JSON.stringify(pack())}${' '.repeat(1024 * 1024)}`, 'tooBig'],
  ];
  it.each(hostile)('rejects %s and leaves the database unchanged', async (_, raw, reason) => {
    await saveCustomRole(existing);
    const before = await allCustomContent();
    const result = await tryImport(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.reason).toBe(reason);
    expect(await allCustomContent()).toEqual(before);
  });

  it('rejects the same id twice in one pack', () => {
    const twice = pack();
    const [first] = twice.skills;
    if (first) twice.skills.push({ ...first });
    const result = parseSkillPack(JSON.stringify(twice), new Set(), AT);
    expect(result).toEqual({ ok: false, problem: { reason: 'duplicate', id: 'team-tiktok' } });
  });
});
