// Clock packs (src/data/sync/clock-packs.ts): a device that joins keeps the clocks of what it
// received many to an entry, and every later reader still finds them: a local edit, a deletion,
// its own snapshot, turning sync off and on, the same snapshot again, a device that already
// held some of the records.
import { afterEach, describe, expect, it } from 'vitest';
import { makeDataset } from '../../bench/dataset';
import { activityById, deleteActivity, updateActivity } from '../../src/data/activities';
import { db } from '../../src/data/db';
import { disableSync, enableSync, fullState, listConflicts } from '../../src/data/sync/changes';
import { PACK_BUCKETS } from '../../src/data/sync/clock-packs';
import type { Activity } from '../../src/domain/types';
import { dumpDb, seed } from './fixture-db';
import { type Device, forgetDevicesForTests, join, Device as NewDevice } from './sync-devices';

afterEach(forgetDevicesForTests);

const big = makeDataset(600, '2026-12-01').data;
const acts = big.activities as readonly Activity[];
const a1 = acts[0] as Activity;
const a2 = acts[1] as Activity;

const input = (a: Activity, patch: Partial<Activity> = {}) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = { ...a, ...patch };
  return rest;
};
const edit = (d: Device, a: Activity, patch: Partial<Activity>) =>
  d.run(async () => {
    const current = (await activityById(a.id)) as Activity;
    return updateActivity(a.id, input(current, patch), current.updatedAt);
  });
const clockKeys = (d: Device) =>
  d.run(async () => (await (await db()).getAllKeys('syncClocks')).map(String));
/** A device's full state as a comparable list (what its snapshot would carry). */
const stateOf = async (d: Device) =>
  JSON.stringify(
    (await d.run(() => fullState())).map((c) => JSON.stringify(c)).sort((x, y) => (x < y ? -1 : 1)),
  );

async function phoneWith(data = big) {
  const phone = new NewDevice('phone');
  await phone.run(async () => {
    await seed(data);
    await enableSync();
  });
  return phone;
}

describe('clock packs on a device that joins', () => {
  it('keeps the clocks of what it received in a few packs (as the sender its history), the exact clocks the sender has', async () => {
    const phone = await phoneWith();
    const laptop = new NewDevice('laptop');
    await join(laptop, phone);
    const keys = await clockKeys(laptop);
    // No entry per record: every one is a pack (at most PACK_BUCKETS per store).
    expect(keys.every((k) => k.startsWith('#'))).toBe(true);
    expect(keys.length).toBeLessThanOrEqual(PACK_BUCKETS * 6);
    expect(keys.length).toBeLessThan(acts.length / 4);
    // The phone stamped its history from before sync in packs too, when sync was turned on.
    expect((await clockKeys(phone)).every((k) => k.startsWith('#'))).toBe(true);
    // Its own snapshot from those packs is the phone's, clock for clock.
    expect(await stateOf(laptop)).toBe(await stateOf(phone));
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('the same snapshot twice changes nothing', async () => {
    const phone = await phoneWith();
    const laptop = new NewDevice('laptop');
    await join(laptop, phone);
    const before = await laptop.run(() => dumpDb({ ignoreMeta: ['syncClock'] }));
    const again = await laptop.apply(await phone.run(() => fullState()));
    expect(again.applied).toBe(0);
    expect(await laptop.run(() => dumpDb({ ignoreMeta: ['syncClock'] }))).toBe(before);
  });

  it('a packed record edited here takes its own entry, after what it had seen: no conflict on the sender', async () => {
    const phone = await phoneWith();
    await edit(phone, a2, { title: 'Phone, before the laptop joined' });
    const laptop = new NewDevice('laptop');
    await join(laptop, phone);
    await phone.flush();
    await edit(laptop, a2, { title: 'Laptop, after it saw the phone’s' });
    expect(await clockKeys(laptop)).toContain(`activities|${a2.id}`);
    const sent = await laptop.flush();
    expect(sent).toHaveLength(1);
    const result = await phone.apply(sent);
    expect(result.conflicts).toBe(0);
    expect((await phone.run(() => activityById(a2.id)))?.title).toBe(
      'Laptop, after it saw the phone’s',
    );
    expect(await phone.run(listConflicts)).toEqual([]);
    // And the laptop's snapshot still carries its other records with the phone's clocks.
    expect(await stateOf(laptop)).toBe(await stateOf(phone));
  });

  it('a packed record deleted here stays deleted on both, its tombstone in its own entry', async () => {
    const phone = await phoneWith();
    const laptop = new NewDevice('laptop');
    await join(laptop, phone);
    await laptop.run(() => deleteActivity(a1.id));
    expect(await clockKeys(laptop)).toContain(`activities|${a1.id}`);
    await phone.apply(await laptop.flush());
    expect(await phone.run(() => activityById(a1.id))).toBeUndefined();
    // The phone's older snapshot arriving again does not bring it back on the laptop.
    await laptop.apply(await phone.run(() => fullState()));
    expect(await laptop.run(() => activityById(a1.id))).toBeUndefined();
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('turning sync off and on again does not stamp packed records as this device’s', async () => {
    const phone = await phoneWith();
    const laptop = new NewDevice('laptop');
    await join(laptop, phone);
    const before = await stateOf(laptop);
    await laptop.run(async () => {
      await disableSync();
      await enableSync();
    });
    expect(await stateOf(laptop)).toBe(before);
  });

  it('a snapshot on a device that already held some of its records merges them field by field, with one conflict for the one field both changed', async () => {
    const phone = await phoneWith();
    const laptop = new NewDevice('laptop');
    // The laptop got the first two activities from the phone earlier (and packed them).
    await laptop.run(() => enableSync());
    const early = [a1.id, a2.id];
    await laptop.apply((await phone.run(() => fullState())).filter((c) => early.includes(c.id)));
    await edit(laptop, a1, { title: 'Laptop title', minutes: 77 });
    await edit(phone, a1, { title: 'Phone title' });
    await phone.flush();
    // Now the phone's whole snapshot: 600 activities, two of them known here.
    const result = await laptop.apply(await phone.run(() => fullState()));
    expect(result.conflicts).toBe(1);
    const keys = await clockKeys(laptop);
    expect(keys).toContain(`activities|${a1.id}`); // edited here: its own entry
    expect(keys).not.toContain(`activities|${a2.id}`); // still packed
    expect(keys).not.toContain(`activities|${acts[2]?.id}`); // new: packed
    // Both sides settle the same way once each has the other's edit.
    await phone.apply(await laptop.flush());
    for (const d of [phone, laptop]) {
      const a = await d.run(() => activityById(a1.id));
      expect(a?.minutes).toBe(77);
      const list = await d.run(listConflicts);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ kind: 'field', recordId: a1.id, field: 'title' });
      expect(new Set([list[0]?.kept.value, list[0]?.other.value])).toEqual(
        new Set(['Laptop title', 'Phone title']),
      );
      expect(list[0]?.kept.value).toBe(a?.title);
    }
    expect(await laptop.userData()).toBe(await phone.userData());
    // Applying the phone's snapshot again changes nothing and finds nothing new.
    const again = await laptop.apply(await phone.run(() => fullState()));
    expect([again.applied, again.conflicts]).toEqual([0, 0]);
  });
});
