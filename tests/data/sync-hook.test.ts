// The change hook: every local write of user data leaves exactly its outgoing change in the log,
// in the same transaction as the record.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteActivity, logActivity } from '../../src/data/activities';
import { upgradeStoredContent } from '../../src/data/content-upgrade';
import { db } from '../../src/data/db';
import { setReminderEnabled } from '../../src/data/reminders';
import { updateSettings } from '../../src/data/settings';
import { disableSync, enableSync, markSent, pendingChanges } from '../../src/data/sync/changes';
import type { ClockRecord } from '../../src/data/sync/types';
import { seed } from './fixture-db';
import { ac1, data, gist, r1, strip, writes } from './sync-writes';

beforeEach(async () => {
  await seed(data);
  await enableSync();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('every write path logs exactly its change (sync on)', () => {
  for (const [what, w] of Object.entries(writes)) {
    it(what, async () => {
      await w.run();
      const { changes } = await pendingChanges();
      expect(changes.map(gist).sort()).toEqual([...w.expect].sort());
      const device = (await (await db()).get('meta', 'syncDevice'))?.value;
      for (const c of changes) {
        expect(c.device).toBe(device);
        expect(c.hlc.endsWith(`.${device}`)).toBe(true);
        expect(Object.keys(c.fields ?? {})).not.toContain('id');
      }
    });
  }

  it('a content update logs each renamed record (every device makes the same renames)', async () => {
    const renames = [{ version: 2, renamedSkills: { 'cm.moderation': 'cm.moderation-v2' } }];
    const result = await upgradeStoredContent(renames, 2);
    const { changes } = await pendingChanges();
    expect(result.rewritten).toBeGreaterThan(0);
    expect(changes.map(gist).sort()).toEqual(
      [
        'skillStates/cm.moderation deleted',
        `skillStates/cm.moderation-v2 whole ${Object.keys(data.skillStates[0] ?? {})
          .filter((k) => k !== 'id')
          .sort()
          .join(',')}`,
        ...data.assessments
          .filter((a) => a.skillId === 'cm.moderation')
          .map((a) => `assessments/${a.id} edit skillId`),
        ...data.activities
          .filter((a) => a.skillIds.includes('cm.moderation'))
          .map((a) => `activities/${a.id} edit skillIds`),
        ...data.goals
          .filter((g) => JSON.stringify(g).includes('"cm.moderation"'))
          .map((g) => `goals/${g.id} edit ${'skillId' in g ? 'skillId' : 'skillIds'}`),
        ...data.reminders
          .filter((r) => JSON.stringify(r).includes('"cm.moderation"'))
          .map((r) => `reminders/${r.id} edit skillId`),
        ...data.customRoles
          .filter((r) => JSON.stringify(r).includes('"cm.moderation"'))
          .map((r) => `customRoles/${r.id} edit links`),
      ].sort(),
    );
  });
});

describe('sync off', () => {
  it('logs nothing (the log never grows), but keeps clocks and tombstones', async () => {
    await disableSync();
    await logActivity(strip(ac1));
    await deleteActivity(ac1.id);
    await updateSettings((s) => ({ followedRoleIds: [...s.followedRoleIds, 'sh'] }));
    expect((await pendingChanges()).changes).toEqual([]);
    // A tombstone always has its own entry (never in a pack: clock-packs.ts).
    const tomb = (await (await db()).get('syncClocks', `activities|${ac1.id}`)) as ClockRecord;
    expect(tomb?.deleted?.hlc).toBeTruthy();
    // No copy of the deleted record is kept while sync is off.
    expect(tomb?.held).toBeUndefined();
  });

  it('turning sync on again while it is on keeps what is pending', async () => {
    await logActivity(strip(ac1));
    await enableSync();
    expect((await pendingChanges()).changes).toHaveLength(1);
  });

  it('markSent drops what was sent and keeps what came after', async () => {
    await logActivity(strip(ac1));
    const first = await pendingChanges();
    await setReminderEnabled(r1.id, false);
    await markSent(first.upTo);
    expect((await pendingChanges()).changes.map(gist)).toEqual([
      `reminders/${r1.id} edit enabled,updatedAt`,
    ]);
  });
});
