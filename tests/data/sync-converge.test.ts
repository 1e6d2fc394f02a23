// Two devices editing offline, then exchanging their changes in any order (each change may
// arrive late, out of order, or twice): they end with the same data, and nothing is lost; and
// again after each settles the conflicts it was shown, each its own way, before they sync.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activityById,
  deleteActivity,
  logActivity,
  updateActivity,
} from '../../src/data/activities';
import { updateSettings } from '../../src/data/settings';
import { rateSkill, setChecklistStep } from '../../src/data/skills';
import {
  enableSync,
  listConflicts,
  type Resolution,
  resolveConflict,
} from '../../src/data/sync/changes';
import type { Activity, Level } from '../../src/domain/types';
import { sampleData } from '../fixtures/backup-sample';
import { seed } from './fixture-db';
import { Device, forgetDevicesForTests, join } from './sync-devices';

afterEach(forgetDevicesForTests);

const data = sampleData();
const base = data.activities[0] as Activity;
const input = (a: Activity) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = a;
  return rest;
};

type Op =
  | { kind: 'log'; title: string }
  | { kind: 'edit'; pick: number; field: 'title' | 'minutes' | 'note'; value: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'rate'; level: Level }
  | { kind: 'roles'; roles: string[] }
  | { kind: 'tick'; step: string; done: boolean }
  | { kind: 'skills'; pick: number; skillIds: string[] }
  | { kind: 'settle'; pick: number; keep: Resolution }
  | { kind: 'settle-all'; keep: Resolution };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('log' as const), title: fc.constantFrom('A', 'B', 'C') }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(5),
    field: fc.constantFrom('title' as const, 'minutes' as const, 'note' as const),
    value: fc.constantFrom('x', 'y', '30', '45'),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(5) }),
  fc.record({ kind: fc.constant('rate' as const), level: fc.constantFrom<Level>(1, 2, 3) }),
  fc.record({
    kind: fc.constant('roles' as const),
    roles: fc.shuffledSubarray(['cm', 'smm', 'sh']),
  }),
  // Set fields merged element by element: ticked steps, an activity's skills.
  fc.record({
    kind: fc.constant('tick' as const),
    step: fc.constantFrom('rules', 'escalation', 'tone'),
    done: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('skills' as const),
    pick: fc.nat(5),
    skillIds: fc.shuffledSubarray(['cm.moderation', 'smm.analytics', 'sh.listening']),
  }),
  // Settling a conflict is itself a change that syncs.
  fc.record({
    kind: fc.constant('settle' as const),
    pick: fc.nat(3),
    keep: fc.constantFrom<Resolution>('kept', 'other', 'both'),
  }),
);

/** A step: a device does something, or receives some of what the other sent (shuffled). */
const step = fc.oneof(
  fc.record({ on: fc.constantFrom(0, 1), op }),
  fc.record({ deliverTo: fc.constantFrom(0, 1), count: fc.nat(6), seed: fc.nat() }),
);

function shuffle<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function perform(d: Device, o: Op, known: string[], deleted: Set<string>) {
  await d.run(async () => {
    if (o.kind === 'log') known.push((await logActivity({ ...input(base), title: o.title })).id);
    if (o.kind === 'rate') await rateSkill('cm.moderation', o.level, '2026-11-30');
    if (o.kind === 'roles') await updateSettings({ followedRoleIds: o.roles });
    if (o.kind === 'tick') await setChecklistStep('cm.moderation', o.step, o.done);
    if (o.kind === 'settle' || o.kind === 'settle-all') {
      const open = await listConflicts();
      const picked =
        o.kind === 'settle' ? open.slice(o.pick % Math.max(1, open.length)).slice(0, 1) : open;
      for (const c of picked) {
        const both = c.kind === 'field' && c.store === 'activities';
        await resolveConflict(c.id, o.keep === 'both' && !both ? 'kept' : o.keep);
      }
    }
    if (o.kind !== 'edit' && o.kind !== 'delete' && o.kind !== 'skills') return;
    const id = known[o.pick % known.length] ?? base.id;
    const current = await activityById(id);
    if (!current) return;
    if (o.kind === 'delete') {
      deleted.add(id);
      await deleteActivity(id);
      return;
    }
    const patch =
      o.kind === 'skills'
        ? { skillIds: o.skillIds }
        : o.field === 'minutes'
          ? { minutes: Number(o.value) || 30 }
          : { [o.field]: o.value };
    await updateActivity(id, input({ ...current, ...patch }), current.updatedAt);
  });
}

describe('two devices converge', () => {
  it('whatever they do and in whatever order changes arrive, they end equal and lose nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 14 }),
        fc.nat(),
        async (steps, finalSeed) => {
          forgetDevicesForTests();
          const devices = [new Device('phone'), new Device('laptop')] as const;
          await devices[0].run(async () => {
            await seed(data);
            await enableSync();
          });
          await join(devices[1], devices[0]);
          const known = data.activities.map((a) => a.id);
          const deleted = new Set<string>();
          const delivered = [0, 0];
          for (const s of steps) {
            if ('op' in s) {
              await perform(devices[s.on], s.op, known, deleted);
              continue;
            }
            const from = devices[1 - s.deliverTo] as Device;
            await from.flush();
            const seen = delivered[s.deliverTo] ?? 0;
            const next = from.sent.slice(0, seen + s.count);
            delivered[s.deliverTo] = next.length;
            // Some of them again, all of them in a shuffled order.
            await devices[s.deliverTo].apply(
              shuffle([...next.slice(seen), ...next.slice(0, seen / 2)], s.seed),
            );
          }
          // Then everyone gets everything (until no device has anything new to say).
          const exchangeAll = async (salt: number) => {
            for (let round = 0; round < 4; round++) {
              await devices[0].flush();
              await devices[1].flush();
              await devices[0].apply(shuffle(devices[1].sent, salt + round));
              await devices[1].apply(shuffle(devices[0].sent, salt + round + 7));
            }
          };
          await exchangeAll(finalSeed);
          expect(await devices[0].userData()).toBe(await devices[1].userData());
          // Then both settle every conflict they were shown, each its own way, before syncing.
          const choices: Resolution[] = ['kept', 'other', 'both'];
          for (const [i, d] of devices.entries()) {
            await perform(
              d,
              { kind: 'settle-all', keep: choices[(finalSeed + i) % 3] as Resolution },
              known,
              deleted,
            );
          }
          await exchangeAll(finalSeed + 100);
          const [a, b] = [await devices[0].userData(), await devices[1].userData()];
          expect(a).toBe(b);
          // Nothing lost: every activity ever logged is still there unless someone deleted it.
          for (const id of known) {
            if (deleted.has(id)) continue;
            expect(await devices[0].run(() => activityById(id)), id).toBeDefined();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
