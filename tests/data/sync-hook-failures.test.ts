// A write that fails (a full disk, an aborted transaction) writes neither the record nor its
// outgoing change: they are one commit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logActivity } from '../../src/data/activities';
import { StorageFullError } from '../../src/data/errors';
import { enableSync } from '../../src/data/sync/changes';
import { dumpDb, seed } from './fixture-db';
import { ac1, data, strip, writes } from './sync-writes';

beforeEach(async () => {
  await seed(data);
  await enableSync();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
type Put = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
const realPut = IDBObjectStore.prototype.put as Put;
const realAdd = IDBObjectStore.prototype.add as Put;

/** Makes the nth put() or add() from now on fail, as a browser does ('throw' or 'request'). */
function failNthWrite(n: number, how: 'throw' | 'request') {
  let calls = 0;
  const fake = (real: Put) =>
    function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      calls++;
      if (calls !== n) return real.call(this, value, key);
      if (how === 'throw') throw quota();
      const tx = this.transaction as unknown as {
        _execRequestAsync(r: { operation: () => never; source: unknown }): IDBRequest;
      };
      return tx._execRequestAsync({
        operation: () => {
          throw quota();
        },
        source: this,
      });
    };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(fake(realPut));
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(fake(realAdd));
}

describe('a write that fails writes neither the record nor its change', () => {
  const failing = [
    'log an activity',
    'edit an activity',
    'delete an activity',
    'delete a goal with its reminders',
    'rate a skill (state and history)',
    'follow a role',
    'import a skill pack',
    'restore a backup (replace)',
  ];
  for (const how of ['throw', 'request'] as const) {
    for (const what of failing) {
      // Every request of the write's transaction in turn: the stamp, the clock, the log, the record.
      for (const n of [1, 2, 3, 4, 5]) {
        it(`${what}: write #${n} fails (${how})`, async () => {
          const before = await dumpDb();
          failNthWrite(n, how);
          const error = await writes[what]?.run().then(
            () => null,
            (e: unknown) => e,
          );
          vi.restoreAllMocks();
          if (error === null) return; // fewer than n writes: nothing failed
          expect(error).toBeInstanceOf(StorageFullError);
          expect(await dumpDb()).toBe(before);
        });
      }
    }
  }

  it('an aborted transaction keeps neither (the record and its change are one commit)', async () => {
    const before = await dumpDb();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore) {
      this.transaction.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(logActivity(strip(ac1))).rejects.toBeTruthy();
    vi.restoreAllMocks();
    expect(await dumpDb()).toBe(before);
  });
});
