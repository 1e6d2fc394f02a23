// Two devices exchanging changes: fields merge independently, the same field changed on both is
// one conflict (never silent), equal values are none, an unseen edit beats a deletion, and
// applying anything twice changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import {
  activityById,
  deleteActivity,
  logActivity,
  updateActivity,
} from '../../src/data/activities';
import { db } from '../../src/data/db';
import { updateSettings } from '../../src/data/settings';
import { allAssessments, rateSkill } from '../../src/data/skills';
import { fullState, listConflicts } from '../../src/data/sync/changes';
import type { Activity } from '../../src/domain/types';
import { sampleData } from '../fixtures/backup-sample';
import { dumpDb } from './fixture-db';
import { type Device, forgetDevicesForTests, seededPair } from './sync-devices';

afterEach(forgetDevicesForTests);

const data = sampleData();
const ac1 = data.activities[0] as Activity;
const input = (a: Activity, patch: Partial<Activity> = {}) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = { ...a, ...patch };
  return rest;
};

/** A phone with the sample data and a laptop that joined it: the same data on both. */
async function pair() {
  const { phone, laptop } = await seededPair(data);
  expect(await laptop.userData()).toBe(await phone.userData());
  return { phone, laptop };
}

/** Edits on both, then each applies what the other sent. */
async function exchange(a: Device, b: Device) {
  const fromA = await a.flush();
  const fromB = await b.flush();
  const onB = await b.apply(fromA);
  const onA = await a.apply(fromB);
  // Changes made while applying (a record kept against a deletion is sent again whole).
  const againA = await a.flush();
  const againB = await b.flush();
  await b.apply(againA);
  await a.apply(againB);
  return { onA, onB };
}

const edit = (d: Device, patch: Partial<Activity>) =>
  d.run(async () => {
    const current = (await activityById(ac1.id)) as Activity;
    return updateActivity(ac1.id, input(current, patch), current.updatedAt);
  });

describe('two devices', () => {
  it('a joining device gets everything, and applying it twice changes nothing', async () => {
    const { phone, laptop } = await pair();
    const before = await laptop.run(() => dumpDb({ ignoreMeta: ['syncClock'] }));
    const again = await laptop.apply(await phone.run(() => fullState()));
    expect(again.applied).toBe(0);
    expect(await laptop.run(() => dumpDb({ ignoreMeta: ['syncClock'] }))).toBe(before);
  });

  it('edits to different fields both survive, with no conflict', async () => {
    const { phone, laptop } = await pair();
    await edit(phone, { title: 'Webinar (phone)' });
    await edit(laptop, { minutes: 90 });
    const { onA, onB } = await exchange(phone, laptop);
    expect(onA.conflicts + onB.conflicts).toBe(0);
    for (const d of [phone, laptop]) {
      const a = await d.run(() => activityById(ac1.id));
      expect([a?.title, a?.minutes]).toEqual(['Webinar (phone)', 90]);
      expect(await d.run(listConflicts)).toEqual([]);
    }
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('the same field changed on both: one winner everywhere, the other value kept as a conflict', async () => {
    const { phone, laptop } = await pair();
    await edit(phone, { title: 'From the phone' });
    await edit(laptop, { title: 'From the laptop' });
    await exchange(phone, laptop);
    const titles = await Promise.all([phone, laptop].map((d) => d.run(() => activityById(ac1.id))));
    expect(titles[0]?.title).toBe(titles[1]?.title);
    for (const d of [phone, laptop]) {
      const list = await d.run(listConflicts);
      expect(list).toHaveLength(1);
      const [c] = list;
      expect(c).toMatchObject({
        kind: 'field',
        store: 'activities',
        recordId: ac1.id,
        field: 'title',
      });
      expect(new Set([c?.kept.value, c?.other.value])).toEqual(
        new Set(['From the phone', 'From the laptop']),
      );
      expect(c?.kept.value).toBe(titles[0]?.title);
      expect(c?.kept.device).not.toBe(c?.other.device);
      expect(c?.kept.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const ids = await Promise.all([phone, laptop].map((d) => d.run(listConflicts)));
    expect(ids[0]?.[0]?.id).toBe(ids[1]?.[0]?.id);
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('the same value set on both is no conflict', async () => {
    const { phone, laptop } = await pair();
    await edit(phone, { title: 'Same words' });
    await edit(laptop, { title: 'Same words' });
    const { onA, onB } = await exchange(phone, laptop);
    expect(onA.conflicts + onB.conflicts).toBe(0);
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('an edit against a deletion: the edit wins on both, with a notice', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => deleteActivity(ac1.id));
    await edit(laptop, { note: 'Added on the laptop meanwhile' });
    await exchange(phone, laptop);
    for (const d of [phone, laptop]) {
      expect((await d.run(() => activityById(ac1.id)))?.note).toBe('Added on the laptop meanwhile');
      const notices = (await d.run(listConflicts)).filter((c) => c.kind === 'deleted');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.recordId).toBe(ac1.id);
    }
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('a deletion the other device had seen everything of stays deleted, and stays deleted', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => deleteActivity(ac1.id));
    await exchange(phone, laptop);
    expect(await laptop.run(() => activityById(ac1.id))).toBeUndefined();
    // The laptop's old copy arriving again (its snapshot from before) does not bring it back.
    await phone.apply(laptop.sent);
    expect(await phone.run(() => activityById(ac1.id))).toBeUndefined();
    expect(await phone.run(listConflicts)).toEqual([]);
  });

  it('the level history is append-only: both ratings are kept as history, never a history conflict', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => rateSkill('cm.moderation', 3, '2026-11-30'));
    await laptop.run(() => rateSkill('cm.moderation', 4, '2026-11-30'));
    await exchange(phone, laptop);
    for (const d of [phone, laptop]) {
      const ratings = (await d.run(allAssessments))
        .filter((a) => a.day === '2026-11-30')
        .map((a) => a.rating);
      expect(ratings.sort()).toEqual([3, 4]);
      expect((await d.run(listConflicts)).filter((c) => c.store === 'assessments')).toEqual([]);
    }
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('settings: followed roles sync, the theme stays this device’s own', async () => {
    const { phone, laptop } = await pair();
    await laptop.run(() => updateSettings({ theme: 'dark' }));
    await phone.run(() => updateSettings({ theme: 'light', followedRoleIds: ['cm', 'smm', 'sh'] }));
    await exchange(phone, laptop);
    const settings = await laptop.run(async () => (await db()).get('settings', 'app'));
    expect(settings?.followedRoleIds).toEqual(['cm', 'smm', 'sh']);
    expect(settings?.theme).toBe('dark');
  });

  it('a new activity logged on each device offline reaches the other', async () => {
    const { phone, laptop } = await pair();
    const a = await phone.run(() => logActivity(input(ac1, { title: 'Phone, on the train' })));
    const b = await laptop.run(() => logActivity(input(ac1, { title: 'Laptop, at home' })));
    await exchange(phone, laptop);
    for (const d of [phone, laptop]) {
      expect((await d.run(() => activityById(a.id)))?.title).toBe('Phone, on the train');
      expect((await d.run(() => activityById(b.id)))?.title).toBe('Laptop, at home');
    }
  });

  it('skips malformed changes and applies the rest', async () => {
    const { phone, laptop } = await pair();
    const a = await phone.run(() => logActivity(input(ac1, { title: 'Good one' })));
    const good = await phone.flush();
    const bad = [
      { ...good[0], store: 'nope' },
      { ...good[0], hlc: 'yesterday' },
      { ...good[0], id: 'another', fields: { __proto__: { polluted: true } } },
      { ...good[0], fields: JSON.parse('{"__proto__": {"polluted": true}}') },
      null,
      'text',
    ];
    const result = await laptop.apply([...bad, ...good] as never);
    expect(result.skipped).toBe(bad.length - 1); // the literal __proto__ only sets the prototype
    expect((await laptop.run(() => activityById(a.id)))?.title).toBe('Good one');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
