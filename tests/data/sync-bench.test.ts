// The first sync of 20,000 activities to a new device, beside a restore of the same data on a
// new device (issue 14's goal: at most 1.5x the restore). Prints figures; asserts only that the
// device that synced holds exactly the data (timings on a shared CI machine are not a test).
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../bench/dataset';
import { applyRestore } from '../../src/data/backup/restore';
import { applyRemoteChanges, enableSync, fullState } from '../../src/data/sync/changes';
import { Device, forgetDevicesForTests } from './sync-devices';

async function measure(count: number) {
  const doc = makeDataset(count, '2026-12-01');
  const restored = new Device('restored');
  const t0 = performance.now();
  const r = await restored.run(() => applyRestore(doc, 'replace'));
  const restoreMs = performance.now() - t0;
  expect(r.ok).toBe(true);
  const changes = await restored.run(async () => {
    await enableSync();
    return fullState();
  });
  const joined = new Device('joined');
  await joined.run(() => enableSync());
  const t1 = performance.now();
  const result = await joined.run(() => applyRemoteChanges(changes));
  const applyMs = performance.now() - t1;
  expect(result.skipped).toBe(0);
  expect(await joined.userData()).toBe(await restored.userData());
  const bytes = JSON.stringify(changes).length;
  return { restoreMs, applyMs, changes: changes.length, bytes };
}

describe('first sync to a new device vs a restore (fake-indexeddb)', () => {
  it('20,000 activities: prints both times and their ratio', async () => {
    await measure(200); // warm-up: JIT and module loading out of the figures
    forgetDevicesForTests();
    const m = await measure(20_000);
    forgetDevicesForTests();
    console.log(
      `20,000 activities: restore ${m.restoreMs.toFixed(0)} ms, first sync apply ${m.applyMs.toFixed(0)} ms ` +
        `(${(m.applyMs / m.restoreMs).toFixed(2)}x; goal <= 1.5x); ${m.changes} changes, ` +
        `${(m.bytes / 1024 / 1024).toFixed(1)} MB as JSON before compression`,
    );
  }, 300_000);
});
