// A full disk in the middle of a restore: the user gets StorageFullError and keeps exactly the
// data they had (no half-written restore, no lost snapshot).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyRestore } from '../../src/data/backup/restore';
import { isQuotaError, StorageFullError, withStorageErrors } from '../../src/data/errors';
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
