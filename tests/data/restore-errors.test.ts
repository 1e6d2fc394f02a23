// Each way a file can be refused, with the code the UI translates and the place it points at.
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, upgradeBackup } from '../../src/data/backup/format';
import {
  applyRestore,
  parseBackup,
  previewRestore,
  type RestoreError,
} from '../../src/data/backup/restore';
import { STORED } from '../../src/domain/limits';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { dumpDb, seed } from './fixture-db';

const DELETE = Symbol('delete');
type Path = readonly (string | number)[];

/** The sample file with the value at `path` replaced (or deleted). */
function fileWith(path: Path, value: unknown): string {
  const doc = JSON.parse(JSON.stringify(sampleDoc())) as Record<string, unknown>;
  let node = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return JSON.stringify(doc);
}

function errorOf(text: string, maxBytes?: number): RestoreError | 'accepted' {
  const result = parseBackup(text, maxBytes === undefined ? {} : { maxBytes });
  return result.ok ? 'accepted' : result.error;
}

describe('parseBackup refuses, saying why', () => {
  it('accepts the sample file', () => {
    expect(errorOf(JSON.stringify(sampleDoc()))).toBe('accepted');
  });

  it('too-large: over the size limit, counted in UTF-8 bytes', () => {
    expect(errorOf('x'.repeat(21 * 1024 * 1024))).toEqual({
      code: 'too-large',
      detail: String(21 * 1024 * 1024),
    });
    // 400 characters of 'è' are 800 bytes.
    expect(errorOf(`"${'è'.repeat(400)}"`, 500)).toMatchObject({ code: 'too-large' });
  });

  it('not-json: a truncated file', () => {
    const text = JSON.stringify(sampleDoc());
    expect(errorOf(text.slice(0, text.length / 2))).toMatchObject({ code: 'not-json' });
  });

  it('not-a-backup: some other JSON (a skill pack, an array, null)', () => {
    expect(errorOf('{"format":"skill-pack","skills":[]}')).toMatchObject({ code: 'not-a-backup' });
    expect(errorOf('[1,2]')).toMatchObject({ code: 'not-a-backup' });
    expect(errorOf('null')).toMatchObject({ code: 'not-a-backup' });
  });

  it('newer-version: written by a newer app', () => {
    const text = fileWith(['formatVersion'], BACKUP_FORMAT_VERSION + 1);
    expect(errorOf(text)).toEqual({
      code: 'newer-version',
      detail: String(BACKUP_FORMAT_VERSION + 1),
    });
  });

  it('invalid: points at the field, e.g. activities[1].minutes', () => {
    const a = (i: number, key: string): Path => ['data', 'activities', i, key];
    const cases: [Path, unknown, string][] = [
      [a(1, 'minutes'), 0, 'activities[1].minutes'],
      [a(1, 'minutes'), 1441, 'activities[1].minutes'],
      [a(0, 'minutes'), 12.5, 'activities[0].minutes'],
      [a(0, 'minutes'), '45', 'activities[0].minutes'],
      [a(0, 'day'), '2026-02-30', 'activities[0].day'],
      [a(0, 'day'), '2026-3-2', 'activities[0].day'],
      [a(0, 'time'), '24:00', 'activities[0].time'],
      [a(0, 'link'), 'javascript:alert(1)', 'activities[0].link'],
      [a(0, 'title'), 'x'.repeat(STORED.title + 1), 'activities[0].title'],
      [a(0, 'note'), 'x'.repeat(STORED.note + 1), 'activities[0].note'],
      [a(0, 'id'), 'ac1\r\nX', 'activities[0].id'],
      [a(0, 'id'), '', 'activities[0].id'],
      [a(0, 'createdAt'), 'yesterday', 'activities[0].createdAt'],
      [a(0, 'extra'), 1, 'activities[0].extra'],
      [a(1, 'id'), 'ac1', 'activities[1].id'],
      [['data', 'assessments', 0, 'rating'], 5, 'assessments[0].rating'],
      [['data', 'goals', 0, 'kind'], 'forever', 'goals[0].kind'],
      [['data', 'reminders', 0, 'days'], [0], 'reminders[0].days[0]'],
      [['data', 'settings'], DELETE, 'settings'],
      [['formatVersion'], 0, 'formatVersion'],
    ];
    for (const [path, value, detail] of cases) {
      expect(errorOf(fileWith(path, value)), detail).toMatchObject({ code: 'invalid', detail });
    }
  });

  it('invalid: a "__proto__" key is refused and pollutes nothing', () => {
    const text = JSON.stringify(sampleDoc()).replace(
      '"minutes":45',
      '"minutes":45,"__proto__":{"polluted":true}',
    );
    expect(errorOf(text)).toMatchObject({ code: 'invalid', detail: 'activities[0].__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const a0skills: Path = ['data', 'activities', 0, 'skillIds'];
  it('keeps unknown skill ids (newer built-in content) in activities', () => {
    const text = fileWith(a0skills, ['cm.moderation', 'sh.from-2027']);
    const result = parseBackup(text);
    expect(result.ok && result.doc.data.activities[0]?.skillIds).toContain('sh.from-2027');
  });
});

describe('dangling-reference: a reminder whose goal will not exist', () => {
  const orphan = () => {
    const data = sampleData();
    return sampleDoc({ ...data, goals: data.goals.filter((g) => g.id !== 'g3') });
  };

  it('is refused for replace (the device goals are about to go) and nothing is written', async () => {
    await seed(sampleData());
    const before = await dumpDb();
    const expected = {
      code: 'dangling-reference',
      detail: 'reminders[1].goalId',
      record: { title: 'Playbook due' },
    };
    expect(await previewRestore(orphan(), 'replace')).toEqual({ ok: false, error: expected });
    expect(await applyRestore(orphan(), 'replace')).toEqual({ ok: false, error: expected });
    expect(await dumpDb()).toBe(before);
  });

  it('is accepted for merge when the goal is already on the device', async () => {
    await seed(sampleData());
    expect((await applyRestore(orphan(), 'merge')).ok).toBe(true);
  });

  it('is refused for merge when the goal is nowhere', async () => {
    const result = await applyRestore(orphan(), 'merge');
    expect(result.ok ? null : result.error.code).toBe('dangling-reference');
    expect(JSON.parse(await dumpDb()).reminders).toEqual([]);
  });
});

describe('upgradeBackup', () => {
  it('leaves a current document as it is and refuses unknown versions', () => {
    const doc = { ...sampleDoc() };
    expect(upgradeBackup(doc)).toBe(doc);
    expect(() => upgradeBackup({ ...doc, formatVersion: 99 })).toThrow(/newer/);
    expect(() => upgradeBackup({ ...doc, formatVersion: '1' })).toThrow(/unknown/);
  });

  it('restores a format 1 file (before certifications and resources) with those lists empty', () => {
    const { certifications, customResources, resourceMarks, ...v1data } = sampleDoc().data;
    expect(certifications.length + customResources.length + resourceMarks.length).toBe(3);
    const result = parseBackup(JSON.stringify({ ...sampleDoc(), formatVersion: 1, data: v1data }));
    expect(result.ok && result.doc.formatVersion).toBe(2);
    expect(result.ok && result.doc.data).toEqual({
      ...v1data,
      certifications: [],
      customResources: [],
      resourceMarks: [],
    });
  });
});
