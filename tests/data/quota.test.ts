// A full disk in the middle of a restore: the user gets StorageFullError and keeps exactly the
// data they had (no half-written restore, no lost snapshot).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteActivity, logActivity, updateActivity } from '../../src/data/activities';
import { applyRestore } from '../../src/data/backup/restore';
import { deleteCustomRole, saveCustomSkill } from '../../src/data/custom-content';
import { isQuotaError, StorageFullError, withStorageErrors } from '../../src/data/errors';
import { deleteGoal, type GoalInput, pauseGoal, saveGoal } from '../../src/data/goals';
import { type ReminderInput, saveReminder, setReminderEnabled } from '../../src/data/reminders';
import { updateSettings } from '../../src/data/settings';
import { buildSkillPack, importSkillPack } from '../../src/data/skill-pack';
import { rateSkill, setChecklistStep } from '../../src/data/skills';
import type { Activity, CustomRole, CustomSkill, Goal, Reminder } from '../../src/domain/types';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { dumpDb, seed } from './fixture-db';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
type Put = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
const realPut = IDBObjectStore.prototype.put as Put;

/** Makes the nth put() from now on fail, the way a browser does it ('throw' or 'request'). */
function failNthPut(n: number, how: 'throw' | 'request') {
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    calls++;
    if (calls !== n) return realPut.call(this, value, key);
    if (how === 'throw') throw quota();
    // An asynchronous failure: the request errors, and the transaction aborts with its error.
    const tx = this.transaction as unknown as {
      _execRequestAsync(r: { operation: () => never; source: unknown }): IDBRequest;
    };
    return tx._execRequestAsync({
      operation: () => {
        throw quota();
      },
      source: this,
    });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The same records, each edited later than the device's copy. */
function touchAll(data: ReturnType<typeof sampleData>): ReturnType<typeof sampleData> {
  const later = '2030-01-01T00:00:00.000Z';
  const touch = <T extends object>(list: readonly T[]) =>
    list.map((r) => ({ ...r, updatedAt: later }));
  return {
    ...data,
    skillStates: touch(data.skillStates),
    assessments: touch(data.assessments),
    activities: touch(data.activities),
    goals: touch(data.goals),
    reminders: touch(data.reminders),
    customSkills: touch(data.customSkills),
    customRoles: touch(data.customRoles),
  };
}

describe('restore on a full disk', () => {
  for (const how of ['throw', 'request'] as const) {
    for (const n of [1, 2, 5, 12]) {
      it(`replace: put #${n} fails (${how}) -> StorageFullError and nothing changed`, async () => {
        await seed(sampleData());
        const before = await dumpDb();
        // Every record of the file differs from the device's, so every one is rewritten.
        const data = touchAll(sampleData());
        const file = sampleDoc({ ...data, activities: data.activities.slice(0, 1) });
        failNthPut(n, how);
        await expect(applyRestore(file, 'replace')).rejects.toBeInstanceOf(StorageFullError);
        vi.restoreAllMocks();
        expect(await dumpDb()).toBe(before);
      });
    }

    it(`merge: a failing put (${how}) rolls back the records written before it`, async () => {
      const before = await dumpDb();
      failNthPut(4, how);
      const error = await applyRestore(sampleDoc(), 'merge').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect((error as StorageFullError).messageKey).toBe('storage.full');
      vi.restoreAllMocks();
      expect(await dumpDb()).toBe(before);
    });
  }
});

describe('withStorageErrors', () => {
  it('maps every shape of quota failure, and only those', async () => {
    const shapes: unknown[] = [
      quota(),
      { name: 'QuotaExceededError' },
      Object.assign(new Error('tx aborted'), { name: 'AbortError', cause: quota() }),
      { name: 'AbortError', target: { error: quota() } },
      { name: 'AbortError', error: quota() },
    ];
    for (const shape of shapes) {
      await expect(withStorageErrors(() => Promise.reject(shape))).rejects.toBeInstanceOf(
        StorageFullError,
      );
    }
    const other = new DOMException('nope', 'ConstraintError');
    await expect(withStorageErrors(() => Promise.reject(other))).rejects.toBe(other);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    await expect(withStorageErrors(async () => 7)).resolves.toBe(7);
  });
});

describe('every write path on a full disk', () => {
  const data = sampleData();
  const ac1 = data.activities[0] as Activity;
  const g1 = data.goals[0] as Goal;
  const r1 = data.reminders[0] as Reminder;
  const skill = data.customSkills[0] as CustomSkill;
  const strip = <T extends { id: string; createdAt: string; updatedAt: string }>(r: T) => {
    const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = r;
    return rest;
  };
  const writes: Record<string, () => Promise<unknown>> = {
    'log an activity': () => logActivity(strip(ac1)),
    'edit an activity': () => updateActivity(ac1.id, strip(ac1), ac1.updatedAt),
    'delete an activity': () => deleteActivity(ac1.id),
    'save a goal': () => saveGoal(strip(g1) as GoalInput),
    'pause a goal': () => pauseGoal(g1.id, '2026-11-30'),
    'delete a goal': () => deleteGoal(g1.id),
    'save a reminder': () => saveReminder(strip(r1) as ReminderInput),
    'turn a reminder off': () => setReminderEnabled(r1.id, false),
    'change the theme': () => updateSettings({ theme: 'light' }),
    'follow a role': () =>
      updateSettings((s) => ({ followedRoleIds: [...s.followedRoleIds, 'sh'] })),
    'record the last backup': () => updateSettings({ lastBackupAt: '2026-12-01T10:00:00.000Z' }),
    'rate a skill': () => rateSkill('cm.moderation', 3, '2026-11-30'),
    'tick a step': () => setChecklistStep('cm.moderation', 'tone', true),
    'save a custom skill': () => saveCustomSkill({ ...skill, name: 'Renamed' }, skill.updatedAt),
    'delete a custom role': () => deleteCustomRole('custom.role.agency'),
  };
  it('import a skill pack: its second put fails (throw) -> nothing of the pack is kept', async () => {
    await seed(data);
    const before = await dumpDb();
    const pack = buildSkillPack(
      [{ ...(data.customRoles[0] as CustomRole), id: 'team-role' }],
      [{ ...skill, id: 'team-skill' }],
    );
    failNthPut(2, 'throw');
    await expect(importSkillPack(pack)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await dumpDb()).toBe(before);
  });

  for (const how of ['throw', 'request'] as const) {
    for (const [what, write] of Object.entries(writes)) {
      it(`${what}: a failing put (${how}) -> StorageFullError, nothing changed`, async () => {
        await seed(data);
        const before = await dumpDb();
        failNthPut(1, how);
        const error = await write().catch((e: unknown) => e);
        vi.restoreAllMocks();
        expect(error).toBeInstanceOf(StorageFullError);
        expect(await dumpDb()).toBe(before);
      });
    }
  }
});
