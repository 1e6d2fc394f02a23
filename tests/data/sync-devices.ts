// Two (or more) simulated devices in one test: each its own fake-indexeddb database, reached
// through the same data modules (the cached connection is swapped on every switch), exchanging
// the changes each one logged.
import { IDBFactory } from 'fake-indexeddb';
import type { BackupData } from '../../src/data/backup/format';
import { canonical } from '../../src/data/canonical';
import { db, resetDbForTests, USER_STORES } from '../../src/data/db';
import {
  type ApplyResult,
  applyRemoteChanges,
  type Change,
  enableSync,
  fullState,
  markSent,
  pendingChanges,
} from '../../src/data/sync/changes';
import { setSyncTimeForTests } from '../../src/data/sync/hook';
import { isLocalField } from '../../src/domain/sync/policy';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { seed } from './fixture-db';

let current: Device | null = null;

export class Device {
  readonly factory = new IDBFactory();
  /** Every change this device sent, in order (what the others can read). */
  readonly sent: Change[] = [];
  /** How far this device's clock is off (ms). */
  skewMs = 0;

  constructor(readonly name: string) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (current !== this) {
      resetDbForTests();
      globalThis.indexedDB = this.factory;
      current = this;
    }
    setSyncTimeForTests(() => Date.now() + this.skewMs);
    return fn();
  }

  /** Sends what this device logged since its last flush (pending -> sent -> markSent). */
  async flush(): Promise<Change[]> {
    return this.run(async () => {
      const { changes, upTo } = await pendingChanges();
      this.sent.push(...changes);
      await markSent(upTo);
      return changes;
    });
  }

  apply(changes: readonly Change[]): Promise<ApplyResult> {
    return this.run(() => applyRemoteChanges(changes));
  }

  /** Every user store, canonical JSON, minus this device's own settings. */
  async userData(): Promise<string> {
    return this.run(async () => {
      const database = await db();
      const out: Record<string, unknown> = {};
      for (const store of USER_STORES) {
        const all = (await database.getAll(store)) as unknown as Record<string, unknown>[];
        // This device's own settings fields stay out: they never sync.
        out[store] =
          store === 'settings'
            ? all.map((r) =>
                // Read as every screen reads it: a default never saved is the default.
                Object.fromEntries(
                  Object.entries({ ...DEFAULT_SETTINGS, ...r }).filter(
                    ([k]) => !isLocalField('settings', k),
                  ),
                ),
              )
            : all;
      }
      return canonical(out);
    });
  }
}

/** A new device joining: sync on, then everything `from` has (its snapshot). */
export async function join(device: Device, from: Device): Promise<void> {
  await device.run(() => enableSync());
  const state = await from.run(() => fullState());
  await device.apply(state);
}

/** A phone with `data` and sync on, and a laptop that joined it: the two-device start. */
export async function seededPair(data: BackupData): Promise<{ phone: Device; laptop: Device }> {
  const phone = new Device('phone');
  const laptop = new Device('laptop');
  await phone.run(async () => {
    await seed(data);
    await enableSync();
  });
  await join(laptop, phone);
  return { phone, laptop };
}

export function forgetDevicesForTests(): void {
  current = null;
  setSyncTimeForTests(null);
}
