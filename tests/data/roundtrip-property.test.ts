// What the app accepts, its own backup restores. Property: any set of form inputs within the
// forms' limits (domain/limits.ts INPUT), saved through the data layer as the screens save
// them, plus records an older version could have saved beyond today's limits, (1) backs up
// without a warning, (2) restores on an empty device to exactly the same records, (3) exports
// as a skill pack that imports elsewhere, and (4) after a Replace restore, the undo snapshot
// restores exactly the data from before.
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logActivity } from '../../src/data/activities';
import { exportBackup } from '../../src/data/backup/export';
import { applyRestore, parseBackup, restoreSnapshot } from '../../src/data/backup/restore';
import { listSnapshots } from '../../src/data/backup/snapshots';
import { saveCustomRole, saveCustomSkill } from '../../src/data/custom-content';
import { resetDbForTests } from '../../src/data/db';
import { saveGoal } from '../../src/data/goals';
import { saveReminder } from '../../src/data/reminders';
import { buildSkillPack, parseSkillPack } from '../../src/data/skill-pack';
import { addEvidence } from '../../src/data/skills';
import { INPUT } from '../../src/domain/limits';
import type { CustomRole, CustomSkill } from '../../src/domain/types';
import { ACTIVITY_TYPES } from '../../src/domain/types';
import { sampleDoc } from '../fixtures/backup-sample';
import { dumpDb, seed } from './fixture-db';

function freshDevice() {
  resetDbForTests();
  globalThis.indexedDB = new IDBFactory();
}

/** Anything a person can type or paste, up to `max` characters: emoji, RTL marks, line breaks. */
const typed = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: Math.min(max, 40), unit: 'grapheme' }),
    fc.string({ maxLength: max, unit: 'binary' }).map((s) => s.slice(0, max)),
    fc.constantFrom('', '\u202eevil\u202c', 'a\r\nb', '=HYPERLINK("x")', 'x'.repeat(max)),
  );
/** A day the forms take. */
const day = fc
  .date({
    min: new Date('2000-01-01T12:00:00Z'),
    max: new Date('2100-12-31T12:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const link = fc.oneof(
  fc.constant(''),
  fc.webUrl({ withQueryParameters: true }).filter((u) => u.length <= INPUT.link),
);
const int = (r: { min: number; max: number }) => fc.integer(r);

const activityInput = fc.record({
  day,
  minutes: int(INPUT.minutes),
  type: fc.constantFrom(...ACTIVITY_TYPES),
  title: typed(INPUT.title),
  note: typed(INPUT.note),
  link,
});

const goalInput = fc.oneof(
  fc.record({
    kind: fc.constant('period' as const),
    title: typed(INPUT.title),
    start: day,
    period: fc.constantFrom('week' as const, 'month' as const),
    measure: fc.constant('sessions' as const),
    target: int(INPUT.targetSessions),
  }),
  fc.record({
    kind: fc.constant('deliverable' as const),
    title: typed(INPUT.title),
    start: day,
    due: day,
  }),
);

const skillInput = fc.record({
  name: typed(INPUT.name).map((s) => s.trim() || 'Skill'),
  description: typed(INPUT.description),
  steps: fc.array(typed(INPUT.step), { maxLength: INPUT.steps }),
});

const formInputs = fc.record({
  activities: fc.array(activityInput, { maxLength: 4 }),
  goals: fc.array(goalInput, { maxLength: 3 }),
  label: typed(INPUT.label),
  daysBefore: int(INPUT.daysBefore),
  skills: fc.array(skillInput, { maxLength: 2 }),
  evidence: fc.array(fc.record({ note: typed(INPUT.evidenceNote), day }), { maxLength: 3 }),
});

const T = '2026-11-01T08:00:00.000Z';

/** Records an older version let through: over today's form limits, within the stored ones. */
function legacyRecords() {
  const skill: CustomSkill = {
    id: 'my-legacy1',
    createdAt: T,
    updatedAt: T,
    custom: true,
    name: 'Legacy skill',
    description: '',
    checklist: Array.from({ length: 25 }, (_, i) => ({
      id: `my-legacy1/${i}`,
      text: i === 0 ? 'x'.repeat(1500) : `Step ${i}`,
    })),
    exampleGoals: [],
  };
  return {
    customSkills: [skill],
    goals: [
      {
        id: 'legacy-goal',
        createdAt: T,
        updatedAt: T,
        kind: 'period' as const,
        title: 'g'.repeat(250),
        start: '9999-12-31',
        pauses: [],
        archived: false,
        period: 'week' as const,
        measure: 'minutes' as const,
        target: 1_000_000,
        skillIds: [],
        roleIds: [],
      },
    ],
    activities: [
      {
        id: 'legacy-activity',
        createdAt: T,
        updatedAt: T,
        day: '2026-11-02',
        minutes: 60,
        type: 'course' as const,
        title: 't'.repeat(300),
        skillIds: [],
      },
    ],
  };
}

/** Saves the inputs the way the screens do (state/ calls these data functions). */
async function saveAsTheFormsDo(input: FormInputs) {
  for (const a of input.activities) {
    await logActivity({ ...a, skillIds: [], title: a.title.trim() || a.type });
  }
  const goalIds: string[] = [];
  for (const g of input.goals) {
    const base = { title: g.title.trim() || 'Goal', start: g.start, pauses: [], archived: false };
    const saved =
      g.kind === 'period'
        ? await saveGoal({
            ...base,
            kind: 'period',
            period: g.period,
            measure: g.measure,
            target: g.target,
            skillIds: [],
            roleIds: [],
          })
        : await saveGoal({ ...base, kind: 'deliverable', due: g.due, skillIds: [] });
    goalIds.push(saved.id);
  }
  const goalId = goalIds[0];
  if (goalId) {
    await saveReminder({
      kind: 'deadline',
      enabled: true,
      label: input.label,
      goalId,
      daysBefore: input.daysBefore,
      time: '09:00',
    });
  }
  const skills: CustomSkill[] = input.skills.map((s, i) => ({
    id: `my-prop${i}`,
    createdAt: T,
    updatedAt: T,
    custom: true,
    name: s.name.trim(),
    description: s.description.trim(),
    checklist: s.steps
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text, j) => ({ id: `my-prop${i}/${j}`, text })),
    exampleGoals: [],
    attachTo: [],
  }));
  for (const skill of skills) await saveCustomSkill(skill);
  if (skills[0]) {
    const role: CustomRole = {
      id: 'my-proprole',
      createdAt: T,
      updatedAt: T,
      custom: true,
      name: skills[0].name,
      summary: '',
      areas: [{ id: 'main', name: { en: 'Skills', it: 'Competenze' } }],
      links: [{ skillId: skills[0].id, areaId: 'main', core: true, target: 3 }],
    };
    await saveCustomRole(role);
  }
  for (const e of input.evidence) {
    const note = e.note.trim();
    if (note) await addEvidence('cm.moderation', { note, day: e.day });
  }
}
function parseOk(json: string) {
  const parsed = parseBackup(json);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.doc;
}

type FormInputs = typeof formInputs extends fc.Arbitrary<infer T> ? T : never;

describe('form inputs -> backup -> restore, and snapshot -> restore', () => {
  it('whatever the forms accept comes back exactly, through a backup and through an undo', async () => {
    await fc.assert(
      fc.asyncProperty(formInputs, fc.boolean(), async (input, withLegacy) => {
        freshDevice();
        const legacy = legacyRecords();
        if (withLegacy) {
          await seed({
            settings: null,
            skillStates: [],
            assessments: [],
            reminders: [],
            customRoles: [],
            certifications: [],
            customResources: [],
            resourceMarks: [],
            ...legacy,
          });
        }
        await saveAsTheFormsDo(input);
        const before = await dumpDb({ canonical: true });

        // (1) Back up now: no warning.
        const { json, problem } = await exportBackup();
        expect(problem).toBeNull();

        // (3) The user's own skills and roles as a pack import on a colleague's device.
        const file = JSON.parse(json) as {
          data: { customSkills: CustomSkill[]; customRoles: CustomRole[] };
        };
        const pack = parseSkillPack(
          JSON.stringify(buildSkillPack(file.data.customRoles, file.data.customSkills)),
        );
        expect(pack.ok).toBe(true);

        // (4) A Replace restore, then its undo snapshot, gives back exactly the data before.
        const replaced = await applyRestore(sampleDoc(), 'replace');
        expect(replaced.ok).toBe(true);
        const [snapshot] = await listSnapshots();
        // An empty device has nothing to keep, so no snapshot: undo is then a restore of nothing.
        const undone = snapshot
          ? await restoreSnapshot(snapshot.id)
          : await applyRestore(parseOk(json), 'replace');
        expect(undone.ok).toBe(true);
        const afterUndo = JSON.parse(await dumpDb({ canonical: true })) as Record<string, unknown>;
        const expected = JSON.parse(before) as Record<string, unknown>;
        for (const store of [
          'activities',
          'goals',
          'reminders',
          'customSkills',
          'customRoles',
          'skillStates',
        ]) {
          expect(afterUndo[store], store).toEqual(expected[store]);
        }

        // (2) The backup file restores on a new phone to the same records.
        freshDevice();
        const parsed = parseBackup(json);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect((await applyRestore(parsed.doc, 'replace')).ok).toBe(true);
        const restored = JSON.parse(await dumpDb({ canonical: true })) as Record<string, unknown>;
        for (const store of [
          'activities',
          'goals',
          'reminders',
          'customSkills',
          'customRoles',
          'skillStates',
        ]) {
          expect(restored[store], store).toEqual(expected[store]);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
