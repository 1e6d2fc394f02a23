// Data saved with catalog version 1 (its real skill and step ids, from
// tests/fixtures/catalog-v1-ids.json) after the update to catalog version 2: nothing is lost.
// Beside tests/data/content-upgrade.test.ts, which tests the upgrade machinery on made-up renames.
import { describe, expect, it } from 'vitest';
import { activitiesForSkill, logActivity } from '../../src/data/activities';
import { exportBackup } from '../../src/data/backup/export';
import { readUserData } from '../../src/data/backup/io';
import { applyRestore, parseBackup } from '../../src/data/backup/restore';
import { upgradeStoredContent } from '../../src/data/content-upgrade';
import { db, USER_STORES } from '../../src/data/db';
import {
  addEvidence,
  allSkillStates,
  assessmentsOf,
  rateSkill,
  setChecklistStep,
} from '../../src/data/skills';
import {
  BUILTIN_CATALOG,
  CONTENT_CHANGES,
  CONTENT_VERSION,
  skillById,
} from '../../src/domain/catalog/index';
import { CONTENT_NEWS } from '../../src/domain/catalog/news';
import V1 from '../fixtures/catalog-v1-ids.json';

const V1_SKILLS = V1.skills as Record<string, string[]>;

/** A version 1 user who rated every skill twice, ticked every step and backed every level. */
async function seedEveryV1Skill() {
  for (const [skillId, stepIds] of Object.entries(V1_SKILLS)) {
    await rateSkill(skillId, 2, '2026-03-02');
    await rateSkill(skillId, 3, '2026-06-15', `after practice on ${skillId}`);
    for (const stepId of stepIds) await setChecklistStep(skillId, stepId, true);
    await addEvidence(skillId, { note: `Proof for ${skillId}`, day: '2026-06-15' });
  }
  await logActivity({
    day: '2026-06-01',
    minutes: 60,
    type: 'course',
    title: 'Everything at once',
    skillIds: Object.keys(V1_SKILLS),
  });
}

async function everything() {
  return readUserData((await db()).transaction([...USER_STORES], 'readonly'));
}

/** Which steps of the current skill a stored state ticks (what the skill screen counts). */
async function ticksShown(skillId: string): Promise<string[]> {
  const state = (await allSkillStates()).find((s) => s.id === skillId);
  const skill = skillById(BUILTIN_CATALOG, skillId);
  const checked = new Set(state?.checked ?? []);
  return (skill?.checklist ?? []).filter((s) => checked.has(s.id)).map((s) => s.id);
}

describe('data saved with catalog version 1, on catalog version 2', () => {
  const replaced = CONTENT_NEWS.find((n) => n.version === 2)?.replacedSteps ?? {};

  it('keeps every rating, history entry, tick, evidence and logged skill, each on its skill', async () => {
    await seedEveryV1Skill();
    const before = await everything();
    expect(CONTENT_VERSION).toBe(2);
    await upgradeStoredContent(CONTENT_CHANGES, CONTENT_VERSION);
    const after = await everything();
    expect(after).toEqual(before);

    expect(after.skillStates).toHaveLength(Object.keys(V1_SKILLS).length);
    for (const [skillId, stepIds] of Object.entries(V1_SKILLS)) {
      const state = after.skillStates.find((s) => s.id === skillId);
      expect(skillById(BUILTIN_CATALOG, skillId)?.id, skillId).toBe(skillId);
      expect(state?.rating, skillId).toBe(3);
      expect([...(state?.checked ?? [])].sort(), skillId).toEqual([...stepIds].sort());
      expect(
        state?.evidence.map((e) => e.note),
        skillId,
      ).toEqual([`Proof for ${skillId}`]);
      expect(
        (await assessmentsOf(skillId)).map((a) => [a.rating, a.note]),
        skillId,
      ).toEqual([
        [2, undefined],
        [3, `after practice on ${skillId}`],
      ]);
      expect(await activitiesForSkill(skillId, 5), skillId).toHaveLength(1);
    }
  });

  it('counts an old tick on a kept step, not on the step that replaced its step', async () => {
    await seedEveryV1Skill();
    await upgradeStoredContent(CONTENT_CHANGES, CONTENT_VERSION);
    // cm.response kept /1 and /2; /3 became /4 (service hours) and /5 (chatbot) is new.
    expect(await ticksShown('cm.response')).toEqual(['cm.response/1', 'cm.response/2']);
    expect(await ticksShown('str.governance')).toEqual(['str.governance/2', 'str.governance/3']);
    for (const [oldId, newId] of Object.entries(replaced)) {
      const skillId = oldId.split('/')[0] ?? '';
      const shown = await ticksShown(skillId);
      expect(shown, oldId).not.toContain(newId);
      expect(shown, oldId).not.toContain(oldId);
    }
    // Ticking the new step keeps the old tick stored: it is the user's data, and backups carry it.
    await setChecklistStep('cm.response', 'cm.response/4', true);
    const state = (await allSkillStates()).find((s) => s.id === 'cm.response');
    expect(state?.checked).toEqual(expect.arrayContaining(['cm.response/3', 'cm.response/4']));
  });

  it('restores a backup made under version 1 with everything in it', async () => {
    await seedEveryV1Skill();
    const before = await everything();
    const { json } = await exportBackup({ now: new Date(2026, 6, 1), contentVersion: 1 });
    for (const mode of ['replace', 'merge'] as const) {
      const parsed = parseBackup(json);
      if (!parsed.ok) throw new Error(parsed.error.code);
      const restored = await applyRestore(parsed.doc, mode, { contentVersion: CONTENT_VERSION });
      expect(restored, mode).toMatchObject({ ok: true });
      const after = await everything();
      const byId = <T extends { id: string }>(list: readonly T[]) =>
        [...list].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(after.skillStates), mode).toEqual(byId(before.skillStates));
      expect(byId(after.assessments), mode).toEqual(byId(before.assessments));
      expect(byId(after.activities), mode).toEqual(byId(before.activities));
    }
  });
});
