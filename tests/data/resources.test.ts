import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/data/backup/export';
import { applyRestore, parseBackup, previewRestore } from '../../src/data/backup/restore';
import { DATA_CHANGED_KEY } from '../../src/data/change-stamp';
import { db, resetDbForTests } from '../../src/data/db';
import { GENERATION_KEY } from '../../src/data/generation';
import {
  addCustomResource,
  allCustomResources,
  allResourceMarks,
  type CustomResourceInput,
  changeResourceMark,
  customResourcesForSkill,
  deleteCustomResource,
  restoreCustomResource,
} from '../../src/data/resources';

function input(patch: Partial<CustomResourceInput> = {}): CustomResourceInput {
  return { skillId: 'cm.moderation', name: 'Team playbook', kind: 'guide', ...patch };
}

async function changedAt(): Promise<unknown> {
  return (await (await db()).get('meta', DATA_CHANGED_KEY))?.value;
}

describe('the user’s own resources', () => {
  it('adds a resource to a skill, trimmed, without empty optional fields', async () => {
    const saved = await addCustomResource(
      input({ name: '  Team playbook ', publisher: ' ', link: ' https://example.org/p ' }),
    );
    expect(saved).toMatchObject({ name: 'Team playbook', link: 'https://example.org/p' });
    expect(saved).not.toHaveProperty('publisher');
    expect(await customResourcesForSkill('cm.moderation')).toEqual([saved]);
    expect(await customResourcesForSkill('sh.analytics')).toEqual([]);
    // The backup reminder learns that data changed, in the same write.
    expect(await changedAt()).toBe(saved.createdAt);
  });

  it('lists a skill’s resources in the order they were added', async () => {
    const first = await addCustomResource(input({ name: 'First' }));
    await new Promise((r) => setTimeout(r, 2));
    const second = await addCustomResource(input({ name: 'Second' }));
    await addCustomResource(input({ name: 'Elsewhere', skillId: 'sh.analytics' }));
    expect((await customResourcesForSkill('cm.moderation')).map((r) => r.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('refuses a hostile link or an over-long name and saves nothing', async () => {
    await expect(addCustomResource(input({ link: 'javascript:alert(1)' }))).rejects.toMatchObject({
      name: 'InvalidRecordError',
      path: 'link',
    });
    await expect(addCustomResource(input({ name: 'x'.repeat(201) }))).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
    expect(await allCustomResources()).toEqual([]);
  });

  it('deletes a resource with its mark, and undo puts both back exactly', async () => {
    const saved = await addCustomResource(input());
    const mark = await changeResourceMark(saved.id, { toLearn: true, doneOn: '2026-11-30' });
    const removed = await deleteCustomResource(saved.id);
    expect(removed).toEqual({ resource: saved, mark });
    expect(await allCustomResources()).toEqual([]);
    expect(await allResourceMarks()).toEqual([]);
    if (removed) await restoreCustomResource(removed);
    expect(await allCustomResources()).toEqual([saved]);
    expect(await allResourceMarks()).toEqual([mark]);
    expect(await deleteCustomResource('missing')).toBeNull();
  });
});

describe('marks on resources', () => {
  it('saves a built-in resource to learn, then marks it done on a day, keeping both', async () => {
    const saved = await changeResourceMark('res.discord-moderator-academy', { toLearn: true });
    expect(saved).toMatchObject({ id: 'res.discord-moderator-academy', toLearn: true });
    expect(saved).not.toHaveProperty('doneOn');
    const done = await changeResourceMark('res.discord-moderator-academy', {
      doneOn: '2026-12-01',
    });
    expect(done).toMatchObject({ toLearn: true, doneOn: '2026-12-01' });
    expect(done?.createdAt).toBe(saved?.createdAt);
    expect(await allResourceMarks()).toEqual([done]);
  });

  it('takes a mark away, and forgets the record once it is neither saved nor done', async () => {
    await changeResourceMark('res.feverbee', { toLearn: true, doneOn: '2026-11-02' });
    const undone = await changeResourceMark('res.feverbee', { doneOn: null });
    expect(undone).toMatchObject({ toLearn: true });
    expect(undone).not.toHaveProperty('doneOn');
    expect(await changeResourceMark('res.feverbee', { toLearn: false })).toBeNull();
    expect(await allResourceMarks()).toEqual([]);
  });

  it('refuses a day that is not a calendar day and keeps the mark as it was', async () => {
    const before = await changeResourceMark('res.feverbee', { toLearn: true });
    await expect(
      changeResourceMark('res.feverbee', { doneOn: '2026-02-30' }),
    ).rejects.toMatchObject({ name: 'InvalidRecordError' });
    await expect(changeResourceMark('bad id\n', { toLearn: true })).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
    expect(await allResourceMarks()).toEqual([before]);
  });

  it('two quick changes both land (read and write in one transaction)', async () => {
    await Promise.all([
      changeResourceMark('res.vincos', { toLearn: true }),
      changeResourceMark('res.vincos', { doneOn: '2026-12-01' }),
    ]);
    expect(await allResourceMarks()).toMatchObject([{ toLearn: true, doneOn: '2026-12-01' }]);
  });
});

describe('backup and restore carry resources and marks', () => {
  it('restores the user’s resources and marks on a new phone, previewed first', async () => {
    const own = await addCustomResource(
      input({ publisher: 'Us', lang: 'it', cost: 'paid', link: 'https://example.org/x' }),
    );
    const ownMark = await changeResourceMark(own.id, { doneOn: '2026-11-20' });
    const builtinMark = await changeResourceMark('res.meta-blueprint', { toLearn: true });
    const { json } = await exportBackup({ now: new Date(2026, 11, 1, 10) });

    resetDbForTests();
    globalThis.indexedDB = new IDBFactory();
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const preview = await previewRestore(parsed.doc, 'replace');
    if (!preview.ok) throw new Error('preview refused');
    expect(preview.counts.customResources).toMatchObject({ new: 1 });
    expect(preview.counts.resourceMarks).toMatchObject({ new: 2 });
    expect((await applyRestore(parsed.doc, 'replace')).ok).toBe(true);
    expect(await allCustomResources()).toEqual([own]);
    expect((await allResourceMarks()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [ownMark, builtinMark].sort((a, b) => ((a?.id ?? '') < (b?.id ?? '') ? -1 : 1)),
    );
    // And the restored data takes new marks (this tab adopted the new generation).
    expect(await (await db()).get('meta', GENERATION_KEY)).toBeDefined();
    await expect(changeResourceMark(own.id, { toLearn: true })).resolves.toMatchObject({
      toLearn: true,
      doneOn: '2026-11-20',
    });
  });
});
