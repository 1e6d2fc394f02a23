// Conflicts are never silent, and settling one is itself a change: every device ends with the
// chosen value and without the conflict. Also: a device whose clock is far ahead.
import { afterEach, describe, expect, it } from 'vitest';
import { activityById, deleteActivity, updateActivity } from '../../src/data/activities';
import { db } from '../../src/data/db';
import { saveGoal } from '../../src/data/goals';
import {
  enableSync,
  fullState,
  listConflicts,
  type Resolution,
  resolveConflict,
} from '../../src/data/sync/changes';
import type { Activity, Goal } from '../../src/domain/types';
import { sampleData } from '../fixtures/backup-sample';
import { seed } from './fixture-db';
import { Device, forgetDevicesForTests, join, seededPair } from './sync-devices';

afterEach(forgetDevicesForTests);

const data = sampleData();
const ac1 = data.activities[0] as Activity;
const input = (a: Activity, patch: Partial<Activity> = {}) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = { ...a, ...patch };
  return rest;
};
const edit = (d: Device, patch: Partial<Activity>) =>
  d.run(async () => {
    const current = (await activityById(ac1.id)) as Activity;
    return updateActivity(ac1.id, input(current, patch), current.updatedAt);
  });

async function sync(a: Device, b: Device) {
  for (let i = 0; i < 2; i++) {
    const fromA = await a.flush();
    const fromB = await b.flush();
    await b.apply(fromA);
    await a.apply(fromB);
  }
}

/** Phone and laptop changed the title of one activity at once: one conflict on each. */
async function conflicted() {
  const { phone, laptop } = await seededPair(data);
  await edit(phone, { title: 'Phone title' });
  await edit(laptop, { title: 'Laptop title' });
  await sync(phone, laptop);
  const [conflict] = await phone.run(listConflicts);
  if (!conflict) throw new Error('expected a conflict');
  return { phone, laptop, conflict };
}

const titlesOn = async (d: Device) =>
  (await d.run(async () => (await db()).getAll('activities')))
    .filter((a) => a.id === ac1.id || a.createdAt > '2026-11-01')
    .map((a) => a.title)
    .sort();

describe('settling a conflict', () => {
  for (const keep of ['kept', 'other'] as Resolution[]) {
    it(`keeping the ${keep === 'kept' ? 'winning' : 'other'} value reaches the other device`, async () => {
      const { phone, laptop, conflict } = await conflicted();
      const chosen = (keep === 'kept' ? conflict.kept : conflict.other).value;
      expect(await phone.run(() => resolveConflict(conflict.id, keep))).toBe(true);
      await sync(phone, laptop);
      for (const d of [phone, laptop]) {
        expect((await d.run(() => activityById(ac1.id)))?.title).toBe(chosen);
        expect(await d.run(listConflicts)).toEqual([]);
      }
      expect(await laptop.userData()).toBe(await phone.userData());
      // Settled once: a second time finds nothing to do.
      expect(await phone.run(() => resolveConflict(conflict.id, keep))).toBe(false);
    });
  }

  it('keeping both versions of an activity makes two activities, on every device', async () => {
    const { phone, laptop, conflict } = await conflicted();
    await laptop.run(() => resolveConflict(conflict.id, 'both'));
    await sync(phone, laptop);
    for (const d of [phone, laptop]) {
      expect(await titlesOn(d)).toEqual(['Laptop title', 'Phone title']);
      expect(await d.run(listConflicts)).toEqual([]);
    }
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('"keep both" is refused for anything but activities', async () => {
    const { phone, laptop } = await seededPair(data);
    const g = data.goals[0] as Goal;
    const { id: _i, createdAt: _c, updatedAt: _u, ...goal } = g;
    await phone.run(() => saveGoal({ ...goal, title: 'Phone goal' } as never, g.id, g.updatedAt));
    await laptop.run(() => saveGoal({ ...goal, title: 'Laptop goal' } as never, g.id, g.updatedAt));
    await sync(phone, laptop);
    const [c] = await phone.run(listConflicts);
    expect(c?.store).toBe('goals');
    await expect(phone.run(() => resolveConflict(c?.id ?? '', 'both'))).rejects.toThrow(
      /activities only/,
    );
  });

  it('an edit that beat a deletion: "delete after all" deletes it everywhere', async () => {
    const { phone, laptop } = await seededPair(data);
    await phone.run(() => deleteActivity(ac1.id));
    await edit(laptop, { minutes: 20 });
    await sync(phone, laptop);
    const notice = (await phone.run(listConflicts)).find((c) => c.kind === 'deleted');
    expect(notice?.recordId).toBe(ac1.id);
    await phone.run(() => resolveConflict(notice?.id ?? '', 'other'));
    await sync(phone, laptop);
    for (const d of [phone, laptop]) {
      expect(await d.run(() => activityById(ac1.id))).toBeUndefined();
      expect((await d.run(listConflicts)).filter((c) => c.kind === 'deleted')).toEqual([]);
    }
  });
  it('"keep the edit" on one device and "delete after all" on the other: deleted on both', async () => {
    const { phone, laptop } = await seededPair(data);
    await phone.run(() => deleteActivity(ac1.id));
    await edit(laptop, { minutes: 20 });
    await sync(phone, laptop);
    const settle = async (d: Device, keep: Resolution) => {
      const notices = (await d.run(listConflicts)).filter((c) => c.kind === 'deleted');
      for (const n of notices) await d.run(() => resolveConflict(n.id, keep));
      return notices.length;
    };
    // Both are told, and each settles it its own way before they sync again.
    expect(await settle(phone, 'other')).toBe(1);
    expect(await settle(laptop, 'kept')).toBe(1);
    await sync(phone, laptop);
    for (const d of [phone, laptop]) {
      expect(await d.run(() => activityById(ac1.id)), d.name).toBeUndefined();
    }
  });
});

describe('a deletion made again after an edit brought the record back', () => {
  // The phone deletes, the laptop edits, the phone gets the edit (the record comes back), then
  // deletes it again, knowing of the edit. The laptop receives both deletions in one round: the
  // second one wins there too, and it must not send the record back to life.
  it('deletes it on both devices, whatever order the two deletions arrive in', async () => {
    for (const order of ['first, then second', 'second, then first']) {
      forgetDevicesForTests();
      const { phone, laptop } = await seededPair(data);
      await phone.run(() => deleteActivity(ac1.id));
      const firstDeletion = await phone.flush();
      await edit(laptop, { title: 'Edited on the laptop' });
      await phone.apply(await laptop.flush());
      expect(
        await phone.run(() => activityById(ac1.id)),
        'the edit beat the deletion',
      ).toMatchObject({ title: 'Edited on the laptop' });
      await phone.run(() => deleteActivity(ac1.id));
      const secondDeletion = await phone.flush();
      const both = [...firstDeletion, ...secondDeletion];
      await laptop.apply(order === 'first, then second' ? both : both.reverse());
      await sync(phone, laptop);
      for (const d of [phone, laptop]) {
        expect(await d.run(() => activityById(ac1.id)), `${d.name}, ${order}`).toBeUndefined();
      }
    }
  });
});

describe('two devices that restored the same backup before turning sync on', () => {
  // The laptop got the phone's history from a backup file; later both turn sync on, and the
  // phone changes an activity before the laptop has its first sync.
  it('merge into the same data with no conflict: neither changed what the other had', async () => {
    const phone = new Device('phone');
    const laptop = new Device('laptop');
    for (const d of [phone, laptop]) {
      await d.run(async () => {
        await seed(data);
        await enableSync();
      });
    }
    await edit(phone, { minutes: 92 });
    // Each device's first round sends its whole state, then what it changed.
    const firstOf = async (d: Device) => [...(await d.run(fullState)), ...(await d.flush())];
    const fromPhone = await firstOf(phone);
    const fromLaptop = await firstOf(laptop);
    await laptop.apply(fromPhone);
    await phone.apply(fromLaptop);
    await sync(phone, laptop);
    for (const d of [phone, laptop]) {
      expect(await d.run(listConflicts), d.name).toEqual([]);
      expect(await d.run(() => activityById(ac1.id)), d.name).toMatchObject({ minutes: 92 });
    }
    expect(await phone.userData()).toBe(await laptop.userData());
  });
});

describe('a device whose clock is two hours ahead', () => {
  it('is reported, and an edit made after seeing its change still wins everywhere', async () => {
    const phone = new Device('phone');
    const laptop = new Device('laptop');
    laptop.skewMs = 2 * 3600_000;
    await phone.run(async () => {
      await seed(data);
      await enableSync();
    });
    await join(laptop, phone);
    await edit(laptop, { title: 'Laptop, clock ahead' });
    const seen = await phone.apply(await laptop.flush());
    expect(seen.skewMs).toBeGreaterThan(2 * 3600_000 - 60_000);
    // The phone, with a correct clock, edits after seeing the laptop's title: it wins.
    await edit(phone, { title: 'Phone, later' });
    await sync(phone, laptop);
    for (const d of [phone, laptop]) {
      expect((await d.run(() => activityById(ac1.id)))?.title).toBe('Phone, later');
      expect(await d.run(listConflicts)).toEqual([]);
    }
  });
});
