// Set fields between two devices: a step ticked on the phone and another on the laptop, both
// before they sync, are both ticked afterwards on both, with no conflict; the same for followed
// roles, evidence and an activity's skills. An add against a removal of one element: the later
// one wins, the same on both. A change from an older app (a whole value) still applies.
import { afterEach, describe, expect, it } from 'vitest';
import { activityById, deleteActivity, updateActivity } from '../../src/data/activities';
import { db } from '../../src/data/db';
import { loadSettings, updateSettings } from '../../src/data/settings';
import { addEvidence, allSkillStates, setChecklistStep } from '../../src/data/skills';
import { type Change, listConflicts } from '../../src/data/sync/changes';
import type { Activity, SkillState } from '../../src/domain/types';
import { sampleData } from '../fixtures/backup-sample';
import { Device, forgetDevicesForTests, join, seededPair } from './sync-devices';

afterEach(forgetDevicesForTests);

const data = sampleData();
const SKILL = 'cm.moderation'; // ticked in the sample: 'rules', 'escalation'

async function pair() {
  const { phone, laptop } = await seededPair(data);
  return { phone, laptop };
}

/** Each applies what the other sent, in both orders' worth (then whatever that made). */
async function exchange(a: Device, b: Device, strip = false) {
  const old = (list: Change[]) =>
    strip ? list.map(({ elements: _e, ...c }) => c as Change) : list;
  const fromA = old(await a.flush());
  const fromB = old(await b.flush());
  await b.apply(fromA);
  await a.apply(fromB);
  await b.apply(await a.flush());
  await a.apply(await b.flush());
}

const stateOf = async (d: Device) =>
  d.run(async () => (await allSkillStates()).find((s) => s.id === SKILL) as SkillState);
const conflictsOn = (d: Device) => d.run(() => listConflicts());

describe('set fields between two devices', () => {
  it('a step ticked on the phone and another on the laptop: both ticked on both, no conflict', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => setChecklistStep(SKILL, 'guidelines', true));
    await laptop.run(() => setChecklistStep(SKILL, 'tone', true));
    await exchange(phone, laptop);
    for (const d of [phone, laptop]) {
      expect([...(await stateOf(d)).checked].sort()).toEqual(
        ['escalation', 'guidelines', 'rules', 'tone'].sort(),
      );
      expect(await conflictsOn(d)).toEqual([]);
    }
    expect(await laptop.userData()).toBe(await phone.userData());
    // A third device joining afterwards gets the same from the phone's snapshot.
    const desktop = new Device('desktop');
    await join(desktop, phone);
    expect(await desktop.userData()).toBe(await phone.userData());
  });

  it('a step unticked on one and another ticked on the other: both edits stay', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => setChecklistStep(SKILL, 'rules', false));
    await laptop.run(() => setChecklistStep(SKILL, 'tone', true));
    await exchange(phone, laptop);
    expect([...(await stateOf(laptop)).checked].sort()).toEqual(['escalation', 'tone']);
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('a role followed on each device: both followed, in the same order, on both', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => updateSettings({ followedRoleIds: ['cm', 'smm', 'strategist'] }));
    await laptop.run(() => updateSettings({ followedRoleIds: ['cm', 'smm', 'custom.crisis'] }));
    await exchange(phone, laptop);
    const followed = (await phone.run(loadSettings)).followedRoleIds;
    expect([...followed].sort()).toEqual(['cm', 'custom.crisis', 'smm', 'strategist']);
    expect((await laptop.run(loadSettings)).followedRoleIds).toEqual(followed);
    expect(await conflictsOn(phone)).toEqual([]);
  });

  for (const later of ['laptop', 'phone'] as const) {
    it(`an add against a removal of the same role: the later one (${later}) wins on both`, async () => {
      const { phone, laptop } = await pair();
      // The laptop unfollows CM and follows it again; the phone unfollows it.
      const laptopEdits = async () => {
        await updateSettings({ followedRoleIds: ['smm'] });
        await updateSettings({ followedRoleIds: ['smm', 'cm'] });
      };
      (later === 'laptop' ? laptop : phone).skewMs = 60_000;
      await laptop.run(laptopEdits);
      await phone.run(() => updateSettings({ followedRoleIds: ['smm'] }));
      await exchange(phone, laptop);
      const expected = later === 'laptop' ? ['smm', 'cm'] : ['smm'];
      expect((await phone.run(loadSettings)).followedRoleIds).toEqual(expected);
      expect((await laptop.run(loadSettings)).followedRoleIds).toEqual(expected);
      expect(await conflictsOn(laptop)).toEqual([]);
    });
  }

  it('evidence added on each device: both pieces kept, in the same order', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => addEvidence(SKILL, { note: 'Moderated a live Q&A', day: '2026-11-30' }));
    await laptop.run(() =>
      addEvidence(SKILL, { note: 'Wrote the house rules', day: '2026-12-01' }),
    );
    await exchange(phone, laptop);
    const notes = (await stateOf(phone)).evidence.map((e) => e.note);
    expect(notes).toHaveLength(3);
    expect(notes).toEqual(
      expect.arrayContaining(['Moderated a live Q&A', 'Wrote the house rules']),
    );
    expect((await stateOf(laptop)).evidence.map((e) => e.note)).toEqual(notes);
  });

  it("an activity's skills: a skill added on each device, both kept", async () => {
    const { phone, laptop } = await pair();
    const ac = data.activities[0] as Activity;
    const addSkill = (skill: string) => async () => {
      const current = (await activityById(ac.id)) as Activity;
      const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = current;
      await updateActivity(
        ac.id,
        { ...rest, skillIds: [...current.skillIds, skill] },
        current.updatedAt,
      );
    };
    await phone.run(addSkill('cm.community-guidelines'));
    await laptop.run(addSkill('smm.analytics'));
    await exchange(phone, laptop);
    const skills = (await laptop.run(() => activityById(ac.id)))?.skillIds;
    expect([...(skills ?? [])].sort()).toEqual(
      ['cm.community-guidelines', 'cm.moderation', 'smm.analytics'].sort(),
    );
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('a skill added to an activity on one device while the other deletes it: the edit stays, with a notice', async () => {
    const { phone, laptop } = await pair();
    const ac = data.activities[0] as Activity;
    await phone.run(async () => {
      const current = (await activityById(ac.id)) as Activity;
      const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = current;
      await updateActivity(
        ac.id,
        { ...rest, skillIds: [...current.skillIds, 'smm.analytics'] },
        current.updatedAt,
      );
    });
    await laptop.run(() => deleteActivity(ac.id));
    await exchange(phone, laptop);
    for (const d of [phone, laptop]) {
      expect((await d.run(() => activityById(ac.id)))?.skillIds).toEqual([
        'cm.moderation',
        'smm.analytics',
      ]);
    }
    expect((await conflictsOn(phone)).map((c) => c.kind)).toContain('deleted');
  });

  it('a skill removed from an activity, then the activity deleted: deleted on every device, in any order', async () => {
    const { phone, laptop } = await pair();
    const ac = data.activities[0] as Activity;
    await laptop.run(async () => {
      const current = (await activityById(ac.id)) as Activity;
      const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = current;
      await updateActivity(ac.id, { ...rest, skillIds: [] }, current.updatedAt);
      await deleteActivity(ac.id);
    });
    // The deletion arrives first: it had seen the removal, which must not bring the activity back.
    await phone.apply([...(await laptop.flush())].reverse());
    await laptop.apply(await phone.flush());
    for (const d of [phone, laptop]) expect(await d.run(() => activityById(ac.id))).toBeUndefined();
    expect(await laptop.userData()).toBe(await phone.userData());
  });

  it('a change from an older app (the whole list, no elements) still means "set it to this"', async () => {
    const { phone, laptop } = await pair();
    await phone.run(() => setChecklistStep(SKILL, 'guidelines', true));
    // Sent as the older app did: the whole value only. Applied where nothing else changed.
    await exchange(phone, laptop, true);
    expect([...(await stateOf(laptop)).checked].sort()).toEqual([
      'escalation',
      'guidelines',
      'rules',
    ]);
    expect(await laptop.run(async () => (await db()).count('syncConflicts'))).toBe(0);
  });
});
