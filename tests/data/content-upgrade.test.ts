import { describe, expect, it } from 'vitest';
import { activitiesForSkill, logActivity } from '../../src/data/activities';
import { exportBackup } from '../../src/data/backup/export';
import { readUserData } from '../../src/data/backup/io';
import { applyRestore, parseBackup } from '../../src/data/backup/restore';
import {
  CONTENT_VERSION_KEY,
  storedContentVersion,
  upgradeStoredContent,
} from '../../src/data/content-upgrade';
import { allCustomContent, saveCustomRole } from '../../src/data/custom-content';
import { db, USER_STORES } from '../../src/data/db';
import { allGoals, saveGoal } from '../../src/data/goals';
import { allReminders, saveReminder } from '../../src/data/reminders';
import {
  addEvidence,
  allSkillStates,
  assessmentsOf,
  rateSkill,
  setChecklistStep,
} from '../../src/data/skills';
import type { ContentChange } from '../../src/domain/catalog/changes';
import type { Goal } from '../../src/domain/types';

// Version 2 renames 'sh.voice' and 'cm.response' and retires 'cm.feedback'; version 3 renames
// 'cm.replies' (the new name of 'cm.response') again, to 'cm.care'.
const CHANGES: readonly ContentChange[] = [
  {
    version: 2,
    renamedSkills: { 'sh.voice': 'sh.brand-voice', 'cm.response': 'cm.replies' },
    retiredSkills: ['cm.feedback'],
  },
  { version: 3, renamedSkills: { 'cm.replies': 'cm.care' } },
];
const OLD_IDS = ['sh.voice', 'cm.response', 'cm.replies'];

const goalBase = { title: 'Voice', start: '2026-01-05', pauses: [], archived: false };

/** A user of content version 1: levels, history, ticks, evidence, log, goals, a reminder. */
async function seedVersion1() {
  await rateSkill('sh.voice', 1, '2026-01-05');
  await rateSkill('sh.voice', 3, '2026-02-10', 'after the workshop');
  await setChecklistStep('sh.voice', 'step-1', true);
  await addEvidence('sh.voice', { note: 'Tone guide', day: '2026-02-10' });
  await rateSkill('cm.response', 2, '2026-01-06');
  await rateSkill('cm.feedback', 4, '2026-01-07');
  await addEvidence('cm.feedback', { note: 'Survey report', day: '2026-01-07' });
  const activity = await logActivity({
    day: '2026-02-01',
    minutes: 45,
    type: 'webinar',
    title: 'Brand voice webinar',
    skillIds: ['sh.voice', 'cm.response', 'cm.feedback'],
  });
  const level = await saveGoal({
    ...goalBase,
    kind: 'level',
    skillId: 'sh.voice',
    level: 4,
    due: '2026-06-30',
  });
  const period = await saveGoal({
    ...goalBase,
    kind: 'period',
    period: 'week',
    measure: 'sessions',
    target: 2,
    skillIds: ['cm.response', 'sh.voice'],
    roleIds: ['cm'],
  });
  const reminder = await saveReminder({
    kind: 'weekly',
    enabled: true,
    label: 'Voice practice',
    days: [2, 4],
    time: '18:30',
    skillId: 'sh.voice',
  });
  await saveCustomRole({
    id: 'my-role',
    name: 'Mine',
    summary: '',
    areas: [{ id: 'a', name: 'A' }],
    links: [{ skillId: 'cm.response', areaId: 'a', core: true, target: 3 }],
    custom: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  return { activity, level, period, reminder };
}

/** Every skill id any stored record names. */
async function idsInDb(): Promise<Set<string>> {
  const data = await readUserData((await db()).transaction([...USER_STORES], 'readonly'));
  const goalIds = (g: Goal) => (g.kind === 'level' ? [g.skillId] : g.skillIds);
  return new Set([
    ...data.skillStates.map((s) => s.id),
    ...data.assessments.map((a) => a.skillId),
    ...data.activities.flatMap((a) => a.skillIds),
    ...data.goals.flatMap(goalIds),
    ...data.reminders.flatMap((r) => (r.kind === 'weekly' && r.skillId ? [r.skillId] : [])),
    ...data.customRoles.flatMap((r) => r.links.map((l) => l.skillId)),
  ]);
}

describe('upgradeStoredContent', () => {
  it('moves level, history, ticks, evidence, log, goals and reminders to the renamed skills', async () => {
    const seeded = await seedVersion1();
    const result = await upgradeStoredContent(CHANGES, 3);
    expect(result).toMatchObject({ from: 1, to: 3 });
    expect(result.rewritten).toBeGreaterThan(0);
    expect(await storedContentVersion()).toBe(3);

    const states = new Map((await allSkillStates()).map((s) => [s.id, s]));
    const voice = states.get('sh.brand-voice');
    expect(voice?.rating).toBe(3);
    expect(voice?.checked).toEqual(['step-1']);
    expect(voice?.evidence.map((e) => e.note)).toEqual(['Tone guide']);
    expect(states.get('cm.care')?.rating).toBe(2);
    expect((await assessmentsOf('sh.brand-voice')).map((a) => [a.day, a.rating, a.note])).toEqual([
      ['2026-01-05', 1, undefined],
      ['2026-02-10', 3, 'after the workshop'],
    ]);
    expect((await assessmentsOf('cm.care')).map((a) => a.rating)).toEqual([2]);
    for (const id of OLD_IDS) {
      expect(states.has(id), id).toBe(false);
      expect(await assessmentsOf(id), id).toEqual([]);
      expect(await activitiesForSkill(id, 10), id).toEqual([]);
    }

    for (const id of ['sh.brand-voice', 'cm.care']) {
      expect(
        (await activitiesForSkill(id, 10)).map((a) => a.id),
        id,
      ).toEqual([seeded.activity.id]);
    }
    const goals = new Map((await allGoals()).map((g) => [g.id, g]));
    expect(goals.get(seeded.level.id)).toMatchObject({ skillId: 'sh.brand-voice' });
    expect(goals.get(seeded.period.id)).toMatchObject({ skillIds: ['cm.care', 'sh.brand-voice'] });
    // A pure rename is not a user edit: merge on a later import still compares real edit times.
    expect(goals.get(seeded.level.id)?.updatedAt).toBe(seeded.level.updatedAt);
    expect(await allReminders()).toEqual([{ ...seeded.reminder, skillId: 'sh.brand-voice' }]);
    const { roles } = await allCustomContent();
    expect(roles[0]?.links.map((l) => l.skillId)).toEqual(['cm.care']);
  });

  it("keeps a retired skill's level, history and evidence readable under its id", async () => {
    await seedVersion1();
    const before = (await allSkillStates()).find((s) => s.id === 'cm.feedback');
    await upgradeStoredContent(CHANGES, 3);
    expect((await allSkillStates()).find((s) => s.id === 'cm.feedback')).toEqual(before);
    expect((await assessmentsOf('cm.feedback')).map((a) => a.rating)).toEqual([4]);
    expect(await activitiesForSkill('cm.feedback', 10)).toHaveLength(1);
  });

  it('rewrites nothing the second time, nor from a partly upgraded store', async () => {
    await seedVersion1();
    await upgradeStoredContent(CHANGES, 2);
    expect((await allSkillStates()).map((s) => s.id)).toContain('cm.replies');
    const third = await upgradeStoredContent(CHANGES, 3);
    // The state (delete + put), its history row, the activity, the period goal, the custom role.
    expect(third).toEqual({ from: 2, to: 3, rewritten: 6 });
    expect(await idsInDb()).not.toContain('cm.replies');
    expect(await upgradeStoredContent(CHANGES, 3)).toEqual({ from: 3, to: 3, rewritten: 0 });
  });

  it('merges a state kept under both the old and the new id, keeping every tick and evidence', async () => {
    await seedVersion1();
    // An older app tab wrote under the new id before the upgrade ran: a later, lower level.
    await rateSkill('sh.brand-voice', 2, '2026-03-01');
    await setChecklistStep('sh.brand-voice', 'step-2', true);
    await addEvidence('sh.brand-voice', { note: 'Style sheet', day: '2026-03-01' });
    await upgradeStoredContent(CHANGES, 3);
    const voice = (await allSkillStates()).find((s) => s.id === 'sh.brand-voice');
    expect(voice?.rating).toBe(2);
    expect([...(voice?.checked ?? [])].sort()).toEqual(['step-1', 'step-2']);
    expect(voice?.evidence.map((e) => e.note).sort()).toEqual(['Style sheet', 'Tone guide']);
    expect((await assessmentsOf('sh.brand-voice')).map((a) => a.rating)).toEqual([1, 3, 2]);
  });

  it('marks a fresh database with the current version, and never lowers a higher one', async () => {
    expect(await upgradeStoredContent(CHANGES, 3)).toEqual({ from: 1, to: 3, rewritten: 0 });
    expect(await storedContentVersion()).toBe(3);
    await rateSkill('cm.response', 2, '2026-01-06'); // an older tab, still on version 2 content
    expect(await upgradeStoredContent(CHANGES, 2)).toEqual({ from: 3, to: 3, rewritten: 0 });
    await expect((await db()).get('meta', CONTENT_VERSION_KEY)).resolves.toMatchObject({
      value: 3,
    });
  });
});

describe('restoring a backup made under older content', () => {
  it('ends with the new ids only, replacing or merging', async () => {
    await seedVersion1();
    const { json } = await exportBackup({ now: new Date(2026, 2, 1), contentVersion: 1 });
    await upgradeStoredContent(CHANGES, 3);

    for (const mode of ['replace', 'merge'] as const) {
      const parsed = parseBackup(json, { contentChanges: CHANGES });
      if (!parsed.ok) throw new Error(parsed.error.code);
      expect(await applyRestore(parsed.doc, mode, { contentVersion: 3 })).toMatchObject({
        ok: true,
      });
      const ids = await idsInDb();
      for (const id of OLD_IDS) expect(ids.has(id), `${mode}: ${id}`).toBe(false);
      expect(ids).toContain('cm.feedback');
      expect((await assessmentsOf('sh.brand-voice')).map((a) => a.rating)).toEqual([1, 3]);
      const voice = (await allSkillStates()).find((s) => s.id === 'sh.brand-voice');
      expect(voice?.evidence.map((e) => e.note)).toEqual(['Tone guide']);
    }
  });

  it('leaves a file from the current content version exactly as written', async () => {
    await seedVersion1();
    await upgradeStoredContent(CHANGES, 3);
    const { json, doc } = await exportBackup({ now: new Date(2026, 2, 1), contentVersion: 3 });
    const parsed = parseBackup(json, { contentChanges: CHANGES });
    expect(parsed.ok && parsed.doc).toEqual(doc);
  });
});
