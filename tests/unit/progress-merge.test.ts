import { describe, expect, it } from 'vitest';
import {
  CUSTOM_AREA,
  mergeCatalog,
  overallReadiness,
  roleReadiness,
  roleReadinessDetail,
} from '../../src/domain/progress';
import type { Catalog, RoleDef } from '../../src/domain/types';
import { builtinCatalog, customRole, customSkill, link, ratings } from './progress-fixtures';

function roleOf(catalog: Catalog, id: string): RoleDef {
  const found = catalog.roles.find((r) => r.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
}

describe('mergeCatalog', () => {
  it('adds custom skills and roles after the built-in ones, keeping the content version', () => {
    const merged = mergeCatalog(
      builtinCatalog(),
      [customSkill('x.tiktok')],
      [customRole('mine', [link('x.tiktok', 4, false)])],
    );
    expect(merged.contentVersion).toBe(3);
    expect(merged.skills.map((s) => s.id)).toEqual([
      'sh.listening',
      'cm.moderation',
      'cm.old',
      'smm.ads',
      'smm.reporting',
      'x.tiktok',
    ]);
    expect(merged.roles.map((r) => r.id)).toEqual(['cm', 'smm', 'mine']);
  });

  it('computes readiness of a custom role mixing built-in and custom skills', () => {
    const merged = mergeCatalog(
      builtinCatalog(),
      [customSkill('x.tiktok')],
      [customRole('mine', [link('cm.moderation', 2, true), link('x.tiktok', 4, false)])],
    );
    // (2 * 1/2 + 1 * 2/4) / 3 = 50%
    const r = ratings({ 'cm.moderation': 1, 'x.tiktok': 2 });
    expect(roleReadiness(roleOf(merged, 'mine'), r)).toBe(50);
  });

  it('attaches a custom skill to a built-in role, where it counts in readiness', () => {
    const r = ratings({ 'sh.listening': 3, 'cm.moderation': 2 });
    const plain = mergeCatalog(builtinCatalog(), [], []);
    expect(roleReadiness(roleOf(plain, 'cm'), r)).toBe(100);

    const attached = customSkill('x.crisis', {
      attachTo: [{ roleId: 'cm', areaId: 'b', core: true, target: 2 }],
    });
    const merged = mergeCatalog(builtinCatalog(), [attached], []);
    const cm = roleOf(merged, 'cm');
    expect(cm.links.at(-1)).toEqual({ skillId: 'x.crisis', areaId: 'b', core: true, target: 2 });
    // (2*1 + 2*1 + 2*0) / 6 = 66.7% -> 66: the new core skill is unrated
    expect(roleReadiness(cm, r)).toBe(66);
    expect(roleOf(merged, 'smm').links.some((l) => l.skillId === 'x.crisis')).toBe(false);
  });

  it('puts an attachment naming an unknown area in "My skills" and ignores unknown roles', () => {
    const attached = customSkill('x.crisis', {
      attachTo: [
        { roleId: 'smm', areaId: 'gone', core: false, target: 3 },
        { roleId: 'deleted-role', areaId: 'a', core: true, target: 3 },
      ],
    });
    const merged = mergeCatalog(builtinCatalog(), [attached], []);
    const smm = roleOf(merged, 'smm');
    expect(smm.links.find((l) => l.skillId === 'x.crisis')?.areaId).toBe(CUSTOM_AREA.id);
    expect(smm.areas.map((a) => a.id)).toEqual(['a', 'b', CUSTOM_AREA.id]);
    expect(roleOf(merged, 'cm').areas.map((a) => a.id)).toEqual(['a', 'b']);
    expect(merged.roles.map((r) => r.id)).toEqual(['cm', 'smm']);
  });

  it('never lets a custom skill or role replace a built-in one with the same id', () => {
    const impostor = customSkill('cm.moderation', {
      name: 'mine',
      attachTo: [{ roleId: 'smm', areaId: 'a', core: true, target: 4 }],
    });
    const merged = mergeCatalog(builtinCatalog(), [impostor], [customRole('cm', [])]);
    expect(merged.skills.filter((s) => s.id === 'cm.moderation')).toHaveLength(1);
    expect(merged.skills.find((s) => s.id === 'cm.moderation')?.custom).toBeUndefined();
    expect(roleOf(merged, 'cm').links).toHaveLength(3);
    expect(roleOf(merged, 'smm').links.some((l) => l.skillId === 'cm.moderation')).toBe(false);
  });

  it('drops links to skills that no longer exist and duplicate links', () => {
    const merged = mergeCatalog(
      builtinCatalog(),
      [],
      [customRole('mine', [link('deleted', 4), link('smm.ads', 2), link('smm.ads', 4)])],
    );
    expect(roleOf(merged, 'mine').links).toEqual([link('smm.ads', 2)]);
  });

  it('keeps a retired skill visible but out of readiness', () => {
    const merged = mergeCatalog(builtinCatalog(), [], []);
    expect(merged.skills.some((s) => s.id === 'cm.old')).toBe(true);
    const cm = roleOf(merged, 'cm');
    expect(cm.links.find((l) => l.skillId === 'cm.old')?.retired).toBe(true);

    // cm.old is core with target 4 and unrated: counted, it would pull cm down to (2+2+0)/6 = 66%
    const r = ratings({ 'sh.listening': 3, 'cm.moderation': 2 });
    expect(roleReadiness(cm, r)).toBe(100);
    expect(overallReadiness([cm], r)).toBe(100);
    const row = roleReadinessDetail(cm, ratings({ 'cm.old': 1 })).skills[2];
    expect(row).toMatchObject({ skillId: 'cm.old', rating: 1, counted: false });
  });
});
