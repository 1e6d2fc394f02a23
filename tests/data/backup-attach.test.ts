import { describe, expect, it } from 'vitest';
import { currentBackupDoc, exportBackup } from '../../src/data/backup/export';
import { applyRestore, parseBackup } from '../../src/data/backup/restore';
import type { CustomSkill } from '../../src/domain/types';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';

// A custom skill added to a built-in role carries `attachTo`: its backup must restore.
const attached: CustomSkill = {
  id: 'custom.threads',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  custom: true,
  name: 'Threads community',
  description: 'Replies and tone on Threads',
  checklist: [],
  exampleGoals: [],
  attachTo: [{ roleId: 'cm', areaId: 'cm.engagement', core: true, target: 3 }],
};

describe('custom skill attached to a role', () => {
  it('is accepted by the restore parser and survives export and restore', async () => {
    const data = { ...sampleData(), customSkills: [attached] };
    const parsed = parseBackup(JSON.stringify(sampleDoc(data)));
    if (!parsed.ok) throw new Error(`${parsed.error.code} ${parsed.error.detail}`);
    expect((await applyRestore(parsed.doc, 'replace')).ok).toBe(true);
    const { problem } = await exportBackup();
    expect(problem).toBeNull();
    expect((await currentBackupDoc()).data.customSkills).toEqual([attached]);
  });

  it('still refuses an attachment with a level outside 0-4, naming the place', () => {
    const bad = { ...attached, attachTo: [{ roleId: 'cm', areaId: 'a', core: true, target: 9 }] };
    const doc = { ...sampleDoc(), data: { ...sampleData(), customSkills: [bad] } };
    const parsed = parseBackup(JSON.stringify(doc));
    expect(parsed.ok ? null : parsed.error).toMatchObject({
      code: 'invalid',
      detail: 'customSkills[0].attachTo[0].target',
    });
  });
});
