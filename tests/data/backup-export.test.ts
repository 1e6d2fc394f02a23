import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/data/backup/export';
import { BACKUP_FORMAT_VERSION } from '../../src/data/backup/format';
import { parseBackup } from '../../src/data/backup/parse';
import { sampleData } from '../fixtures/backup-sample';
import { seed } from './fixture-db';

const NOV_26 = new Date(2026, 10, 26, 9, 15);

describe('exportBackup', () => {
  it('exports an empty device as a valid file with no settings and no records', async () => {
    const { json, problem, fileName } = await exportBackup({ now: NOV_26, contentVersion: 3 });
    expect(fileName).toBe('self-training-tracker-backup-2026-11-26.json');
    expect(problem).toBeNull();
    const parsed = parseBackup(json);
    expect(parsed.ok && parsed.doc).toMatchObject({
      format: 'self-training-tracker-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: NOV_26.toISOString(),
      contentVersion: 3,
      data: { settings: null, activities: [], goals: [] },
    });
  });

  it('records the app version when given', async () => {
    const { doc } = await exportBackup({ now: NOV_26, appVersion: '0.3.1' });
    expect(doc.appVersion).toBe('0.3.1');
  });

  it('still exports a device holding a record that breaks the rules, and says which', async () => {
    const data = sampleData();
    const [first, ...rest] = data.activities;
    if (!first) throw new Error('sample has activities');
    await seed({ ...data, activities: [{ ...first, minutes: 5000 }, ...rest] });
    const { json, problem } = await exportBackup({ now: NOV_26 });
    expect(problem).toMatchObject({
      code: 'invalid',
      detail: 'activities[0].minutes',
      record: { title: first.title, day: first.day },
    });
    expect(JSON.parse(json).data.activities).toHaveLength(2); // nothing left out of the file
  });

  it("a title longer than today's limit, saved by an older version, backs up without a warning", async () => {
    const data = sampleData();
    const [first, ...rest] = data.activities;
    if (!first) throw new Error('sample has activities');
    await seed({ ...data, activities: [{ ...first, title: 'x'.repeat(300) }, ...rest] });
    const { json, problem } = await exportBackup({ now: NOV_26 });
    expect(problem).toBeNull();
    expect(JSON.parse(json).data.activities[0].title).toHaveLength(300);
  });
});
