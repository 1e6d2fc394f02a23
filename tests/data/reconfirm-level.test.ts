// "Still true" on a level that came up for review: a dated assessment at the same level, the
// skill state unchanged but for its stamp, and the stale-tab rules of every other write.
import { describe, expect, it, vi } from 'vitest';
import { DATA_CHANGED_KEY } from '../../src/data/change-stamp';
import { db } from '../../src/data/db';
import {
  allSkillStates,
  assessmentsOf,
  reconfirmLevel,
  setChecklistStep,
} from '../../src/data/skills';
import type { Assessment, SkillState } from '../../src/domain/types';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { seed } from './fixture-db';

const OLD = '2024-12-01T09:00:00.000Z';
const oldState: SkillState = {
  id: 'sh.crisis',
  rating: 3,
  checked: ['sh.crisis/1'],
  evidence: [{ id: 'ev1', note: 'Ran the crisis drill', day: '2024-11-30' }],
  createdAt: '2024-01-10T09:00:00.000Z',
  updatedAt: OLD,
};
const oldAssessment: Assessment = {
  id: 'as-old',
  skillId: 'sh.crisis',
  rating: 3,
  day: '2024-12-01',
  createdAt: OLD,
  updatedAt: OLD,
};

async function seedOld() {
  await seed({ ...sampleData(), skillStates: [oldState], assessments: [oldAssessment] });
}

describe('reconfirmLevel', () => {
  it('records a dated assessment at the same level and keeps everything else of the state', async () => {
    await seedOld();
    const { state, assessment } = await reconfirmLevel('sh.crisis', 3, '2026-12-01', OLD);
    const history = await assessmentsOf('sh.crisis');
    expect(history.map((a) => [a.day, a.rating])).toEqual([
      ['2024-12-01', 3],
      ['2026-12-01', 3],
    ]);
    expect(history[1]).toEqual(assessment);
    const [stored] = await allSkillStates();
    expect(stored).toEqual(state);
    const { updatedAt, ...rest } = stored as SkillState;
    const { updatedAt: before, ...restBefore } = oldState;
    expect(rest).toEqual(restBefore);
    expect(Date.parse(updatedAt)).toBeGreaterThan(Date.parse(before));
    // The backup reminder sees the change.
    expect((await (await db()).get('meta', DATA_CHANGED_KEY))?.value).toBe(updatedAt);
  });

  it('refuses when the level was changed since it was shown, and writes nothing', async () => {
    await seedOld();
    await reconfirmLevel('sh.crisis', 3, '2026-12-01', OLD); // another tab confirmed it first
    await expect(reconfirmLevel('sh.crisis', 3, '2026-12-01', OLD)).rejects.toMatchObject({
      name: 'RecordConflictError',
      conflict: 'changed',
    });
    expect(await assessmentsOf('sh.crisis')).toHaveLength(2);
  });

  it('refuses to confirm a level the skill no longer has, or a skill with no state', async () => {
    await seedOld();
    await expect(reconfirmLevel('sh.crisis', 4, '2026-12-01', OLD)).rejects.toMatchObject({
      name: 'RecordConflictError',
    });
    await expect(reconfirmLevel('sh.voice', 3, '2026-12-01', OLD)).rejects.toMatchObject({
      name: 'RecordConflictError',
      conflict: 'missing',
    });
    expect(await assessmentsOf('sh.crisis')).toEqual([oldAssessment]);
    expect(await assessmentsOf('sh.voice')).toEqual([]);
  });

  it('refuses after a tick in another tab moved the stamp (the tab reloads its copy first)', async () => {
    await seedOld();
    const ticked = await setChecklistStep('sh.crisis', 'sh.crisis/2', true);
    await expect(reconfirmLevel('sh.crisis', 3, '2026-12-01', OLD)).rejects.toMatchObject({
      conflict: 'changed',
    });
    await reconfirmLevel('sh.crisis', 3, '2026-12-01', ticked.updatedAt);
    expect((await allSkillStates())[0]?.checked).toEqual(['sh.crisis/1', 'sh.crisis/2']);
  });

  it('refuses in a tab that missed a restore made in another tab', async () => {
    await seedOld();
    vi.resetModules();
    const a = {
      skills: await import('../../src/data/skills'),
      settings: await import('../../src/data/settings'),
    };
    await a.settings.loadSettings();
    vi.resetModules();
    const b = {
      restore: await import('../../src/data/backup/restore'),
      settings: await import('../../src/data/settings'),
      skills: await import('../../src/data/skills'),
    };
    await b.settings.loadSettings();
    const doc = sampleDoc({
      ...sampleData(),
      skillStates: [oldState],
      assessments: [oldAssessment],
    });
    expect((await b.restore.applyRestore(doc, 'replace')).ok).toBe(true);
    await expect(a.skills.reconfirmLevel('sh.crisis', 3, '2026-12-01', OLD)).rejects.toMatchObject({
      name: 'DataChangedElsewhereError',
    });
    expect(await b.skills.assessmentsOf('sh.crisis')).toEqual([oldAssessment]);
  });
});

describe('the review setting', () => {
  it('reads settings saved before it existed as 12 months, and keeps a choice', async () => {
    const settings = await import('../../src/data/settings');
    await seedOld(); // the sample's settings have no levelReviewMonths
    expect((await settings.loadSettings()).levelReviewMonths).toBe(12);
    await settings.updateSettings({ levelReviewMonths: 'off' });
    expect((await settings.loadSettings()).levelReviewMonths).toBe('off');
  });

  it('restores from backups with or without it, and refuses a value it never offers', async () => {
    const { parseBackup } = await import('../../src/data/backup/parse');
    const data = sampleData();
    expect(parseBackup(JSON.stringify(sampleDoc(data))).ok).toBe(true);
    const withIt = (value: unknown) =>
      JSON.stringify(
        sampleDoc({ ...data, settings: { ...data.settings, levelReviewMonths: value } as never }),
      );
    const parsed = parseBackup(withIt(18));
    expect(parsed.ok && parsed.doc.data.settings?.levelReviewMonths).toBe(18);
    expect(parseBackup(withIt('off')).ok).toBe(true);
    expect(parseBackup(withIt(7)).ok).toBe(false);
  });
});
