// Two tabs on one database: each "tab" is its own copy of the data modules (vi.resetModules),
// with its own connection and its own idea of what it loaded, as two browser tabs have.
import { describe, expect, it, vi } from 'vitest';
import type { Activity, Goal, Reminder } from '../../src/domain/types';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { seed } from './fixture-db';

async function openTab() {
  vi.resetModules();
  const [activities, goals, reminders, settings, restore, export_, db] = await Promise.all([
    import('../../src/data/activities'),
    import('../../src/data/goals'),
    import('../../src/data/reminders'),
    import('../../src/data/settings'),
    import('../../src/data/backup/restore'),
    import('../../src/data/backup/export'),
    import('../../src/data/db'),
  ]);
  // What a tab does first: open the database and read (here, the settings).
  await settings.loadSettings();
  return { activities, goals, reminders, settings, restore, export_, db };
}
type Tab = Awaited<ReturnType<typeof openTab>>;

const data = sampleData();
const ac1 = data.activities[0] as Activity;
const g1 = data.goals[0] as Goal;
const r1 = data.reminders[0] as Reminder;
const { id: _g, createdAt: _gc, updatedAt: _gu, ...g1Input } = g1;
const { id: _r, createdAt: _rc, updatedAt: _ru, ...r1Input } = r1;

/** A backup that renames ac1, drops g1 and every reminder, and follows only 'sh'. */
function restoredDoc() {
  return sampleDoc({
    ...data,
    settings: { ...(data.settings as NonNullable<typeof data.settings>), followedRoleIds: ['sh'] },
    activities: data.activities.map((a) => (a.id === ac1.id ? { ...a, title: 'Restored' } : a)),
    goals: data.goals.filter((g) => g.id !== g1.id),
    reminders: [],
  });
}

async function stored(tab: Tab) {
  const database = await tab.db.db();
  return {
    ac1: await database.get('activities', ac1.id),
    g1: await database.get('goals', g1.id),
    r1: await database.get('reminders', r1.id),
    settings: await tab.settings.loadSettings(),
  };
}

const refused = { name: 'DataChangedElsewhereError' };

describe('a tab that missed a restore in another tab', () => {
  async function restoredUnderA(mode: 'replace' | 'merge' = 'replace') {
    await seed(data);
    const a = await openTab();
    const seen = await a.activities.activityById(ac1.id);
    const b = await openTab();
    const result = await b.restore.applyRestore(restoredDoc(), mode);
    expect(result.ok).toBe(true);
    return { a, b, seen: seen as Activity };
  }

  it('refuses its edit of an activity: the restored title stays', async () => {
    const { a, b, seen } = await restoredUnderA();
    const { id: _, createdAt: __, updatedAt, ...input } = seen;
    await expect(
      a.activities.updateActivity(ac1.id, { ...input, title: 'Old, edited' }, updatedAt),
    ).rejects.toMatchObject(refused);
    expect((await stored(b)).ac1?.title).toBe('Restored');
  });

  it('refuses to bring back a goal and a reminder the restore removed', async () => {
    const { a, b } = await restoredUnderA();
    await expect(a.goals.saveGoal(g1Input, g1.id, g1.updatedAt)).rejects.toMatchObject(refused);
    await expect(
      a.goals.restoreGoal({ goal: g1, reminders: [], unlinked: [] }),
    ).rejects.toMatchObject(refused);
    await expect(a.goals.pauseGoal(g1.id, '2026-03-20')).rejects.toMatchObject(refused);
    await expect(a.reminders.saveReminder(r1Input, r1.id, r1.updatedAt)).rejects.toMatchObject(
      refused,
    );
    await expect(a.reminders.restoreReminder(r1)).rejects.toMatchObject(refused);
    await expect(a.activities.logActivity({ ...ac1, title: 'New' })).rejects.toMatchObject(refused);
    const after = await stored(b);
    expect(after.g1).toBeUndefined();
    expect(after.r1).toBeUndefined();
    // Nothing dangling: the next backup holds no problem.
    const backup = await b.export_.exportBackup({ now: new Date(2026, 11, 1) });
    expect(backup.problem).toBeNull();
  });

  it('refuses Follow and other settings: the restored roles stay', async () => {
    const { a, b } = await restoredUnderA();
    await expect(
      a.settings.updateSettings((s) => ({ followedRoleIds: [...s.followedRoleIds, 'smm'] })),
    ).rejects.toMatchObject(refused);
    await expect(a.settings.updateSettings({ theme: 'light' })).rejects.toMatchObject(refused);
    const after = (await stored(b)).settings;
    expect(after.followedRoleIds).toEqual(['sh']);
    expect(after.theme).toBe(data.settings?.theme);
  });

  it('refuses its writes after a Merge restore too', async () => {
    const { a, b } = await restoredUnderA('merge');
    await expect(a.activities.deleteActivity(ac1.id)).rejects.toMatchObject(refused);
    expect((await stored(b)).ac1).toBeDefined();
  });

  it('refuses a restore made from the old data, and the tab that restored keeps writing', async () => {
    const { a, b } = await restoredUnderA();
    await expect(a.restore.applyRestore(sampleDoc(), 'replace')).rejects.toMatchObject(refused);
    await b.settings.updateSettings({ theme: 'light' });
    expect((await stored(b)).settings.theme).toBe('light');
    // A tab opened after the restore writes normally too.
    const c = await openTab();
    await c.goals.saveGoal(g1Input);
    expect((await c.goals.allGoals()).length).toBe(data.goals.length);
  });
});

describe('edits check the record they were made from', () => {
  it('refuses an edit of an activity another tab changed since it was read', async () => {
    await seed(data);
    const a = await openTab();
    const b = await openTab();
    const { id: _, createdAt: __, updatedAt, ...input } = ac1;
    await b.activities.updateActivity(ac1.id, { ...input, title: 'From B' }, updatedAt);
    await expect(
      a.activities.updateActivity(ac1.id, { ...input, title: 'From A' }, updatedAt),
    ).rejects.toMatchObject({ name: 'RecordConflictError', conflict: 'changed' });
    expect((await stored(a)).ac1?.title).toBe('From B');
  });

  it('refuses an edit of a goal or reminder another tab deleted, and a rule for a deleted goal', async () => {
    await seed(data);
    const a = await openTab();
    const b = await openTab();
    // (r3 follows g1 too: B deletes both rules, then the goal.)
    await b.reminders.deleteReminder(r1.id);
    await b.reminders.deleteReminder('r3');
    await b.goals.deleteGoal(g1.id);
    await expect(a.goals.saveGoal(g1Input, g1.id, g1.updatedAt)).rejects.toMatchObject({
      name: 'RecordConflictError',
      conflict: 'missing',
    });
    await expect(a.reminders.saveReminder(r1Input, r1.id, r1.updatedAt)).rejects.toMatchObject({
      name: 'RecordConflictError',
      conflict: 'missing',
    });
    await expect(a.reminders.saveReminder(r1Input)).rejects.toMatchObject({
      name: 'RecordConflictError',
      conflict: 'goal-missing',
    });
    await expect(a.reminders.setReminderEnabled(r1.id, false)).rejects.toMatchObject({
      conflict: 'missing',
    });
    const after = await stored(a);
    expect(after.g1).toBeUndefined();
    expect(after.r1).toBeUndefined();
    expect((await a.export_.exportBackup({ now: new Date(2026, 11, 1) })).problem).toBeNull();
  });

  it('a Follow in each tab keeps both roles (a field patch, not a stale list)', async () => {
    await seed(data);
    const a = await openTab();
    const b = await openTab();
    const follow = (id: string) => (s: { followedRoleIds: readonly string[] }) => ({
      followedRoleIds: [...s.followedRoleIds, id],
    });
    await b.settings.updateSettings(follow('sh'));
    await a.settings.updateSettings(follow('custom.role.agency'));
    expect((await stored(a)).settings.followedRoleIds).toEqual([
      'cm',
      'smm',
      'sh',
      'custom.role.agency',
    ]);
  });

  it('an edit of an unchanged record still goes through', async () => {
    await seed(data);
    const a = await openTab();
    const saved = await a.goals.saveGoal({ ...g1Input, title: 'Renamed' }, g1.id, g1.updatedAt);
    expect(saved.title).toBe('Renamed');
    expect(saved.createdAt).toBe(g1.createdAt);
    // And its own edit is the new base: a second edit from the returned copy works.
    const again = await a.goals.saveGoal({ ...g1Input, title: 'Twice' }, g1.id, saved.updatedAt);
    expect(again.title).toBe('Twice');
  });
});
