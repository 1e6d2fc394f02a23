// Bench-only page hook for `npm run bench:sync` (built into the served folder after the app's
// build, never in dist/): the app's own restore and sync code against the page's IndexedDB.
import { logActivity } from '../src/data/activities';
import { applyRestore, parseBackup } from '../src/data/backup/restore';
import { db } from '../src/data/db';
import { syncBackend } from '../src/data/sync/backend';
import type { SyncBackend } from '../src/data/sync/service';
import { runStoredRound, turnSyncOn } from '../src/data/sync/service';
import { CONTENT_VERSION } from '../src/domain/catalog/index';
import { makeDataset } from './dataset';

export interface SyncBenchHook {
  /** Restores `count` activities (the same data as the bench's restore); ms and file bytes. */
  restore(count: number, today: string): Promise<{ ms: number; bytes: number }>;
  /** Turns sync on (PBKDF2 included) and runs the first round; ms of each part. */
  turnOn(
    server: { url: string; user: string; password: string },
    device: string,
    passphrase: string,
  ): Promise<{
    phases: Record<string, number>;
    unlockMs: number;
    roundMs: number;
    applied: number;
  }>;
  /** One round with the stored setup. */
  round(): Promise<{ ms: number; applied: number }>;
  /** A typical day's writes: `n` activities logged. */
  day(n: number, today: string): Promise<void>;
  activities(): Promise<number>;
  /** This device's random id (its folder's name on the server). */
  deviceId(): Promise<string>;
}

/** Milliseconds spent in each part of the last round (wall time; parts may overlap). */
let phases: Record<string, number> = {};
const timed =
  <A extends unknown[], R>(name: string, fn: (...a: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    const t0 = performance.now();
    try {
      return await fn(...args);
    } finally {
      phases[name] = (phases[name] ?? 0) + performance.now() - t0;
    }
  };

/** The app's own backend, each part timed. */
const measured: SyncBackend = {
  ...syncBackend,
  openRemote(server) {
    const r = syncBackend.openRemote(server);
    return {
      list: timed('list', r.list),
      get: timed('download', r.get),
      create: timed('upload (PUT + read-back)', r.create),
      replace: timed('upload (PUT + read-back)', r.replace),
      remove: timed('delete', r.remove),
      ensureDir: timed('mkcol', r.ensureDir),
    };
  },
  crypto: {
    ...syncBackend.crypto,
    openFile: timed('decrypt + gunzip + parse', syncBackend.crypto.openFile),
    sealFile: timed('encrypt', syncBackend.crypto.sealFile),
  },
  changes: {
    ...syncBackend.changes,
    applyRemoteChanges: timed(
      'validate + apply (IndexedDB)',
      syncBackend.changes.applyRemoteChanges,
    ),
    fullState: timed('own full state', syncBackend.changes.fullState),
    pendingChanges: timed('pending changes', syncBackend.changes.pendingChanges),
  },
};

const hook: SyncBenchHook = {
  async restore(count, today) {
    const json = JSON.stringify(makeDataset(count, today));
    const t0 = performance.now();
    const parsed = parseBackup(json, { maxBytes: Number.POSITIVE_INFINITY });
    if (!parsed.ok) throw new Error(`dataset rejected: ${JSON.stringify(parsed.error)}`);
    const result = await applyRestore(parsed.doc, 'replace', { contentVersion: CONTENT_VERSION });
    if (!result.ok) throw new Error(`restore refused: ${JSON.stringify(result.error)}`);
    return { ms: performance.now() - t0, bytes: json.length };
  },
  async turnOn(server, device, passphrase) {
    const t0 = performance.now();
    await turnSyncOn(syncBackend, { ...server, deviceName: device, enabled: true }, passphrase);
    const t1 = performance.now();
    phases = {};
    const out = await runStoredRound(measured, CONTENT_VERSION);
    return {
      phases,
      unlockMs: t1 - t0,
      roundMs: performance.now() - t1,
      applied: out?.applied ?? -1,
    };
  },
  async round() {
    const t0 = performance.now();
    const out = await runStoredRound(syncBackend, CONTENT_VERSION);
    return { ms: performance.now() - t0, applied: out?.applied ?? -1 };
  },
  async day(n, today) {
    for (let i = 0; i < n; i++) {
      await logActivity({
        day: today,
        minutes: 30 + i,
        type: 'reading',
        title: `Day ${i}`,
        skillIds: [],
      });
    }
  },
  async activities() {
    return (await db()).count('activities');
  },
  deviceId: () => syncBackend.changes.localDeviceId(),
};

(globalThis as unknown as { __sttSyncBench: SyncBenchHook }).__sttSyncBench = hook;
