// Keeps stored records on the current skill ids after a content update renames skills. The
// content version the data was last brought up to is kept in the 'meta' store; at boot one read
// of it says whether there is anything to do. The rewrite itself is one readwrite transaction:
// read the records that may name an old id, compute the renames synchronously, write them and
// the new version together, so a crash leaves either the old data and marker or the new ones.
import { CONTENT_CHANGES, type ContentChange } from '../domain/catalog/changes';
import { CONTENT_VERSION } from '../domain/catalog/index';
import { renameCount, renamedIdsAfter, renameSkillIds } from '../domain/catalog/upgrade-data';
import type { Activity } from '../domain/types';
import { db } from './db';
import { withStorageErrors } from './errors';
import { CHANGE_STORES, commitWrites, type RecordWrite, writeRecords } from './sync/hook';

export const CONTENT_VERSION_KEY = 'contentVersion';
/**
 * Databases written before the marker existed hold content version 1 data: that was the only
 * content version before this upgrade shipped. A fresh database also starts here, which costs one
 * pass over empty stores at most and cannot miss a rename.
 */
const UNMARKED_VERSION = 1;

function versionOf(record: { value: unknown } | undefined): number | null {
  const value = record?.value;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** The content version the stored records were last brought up to; null before the first boot. */
export async function storedContentVersion(): Promise<number | null> {
  return versionOf(await (await db()).get('meta', CONTENT_VERSION_KEY));
}

export interface ContentUpgradeResult {
  readonly from: number;
  readonly to: number;
  /** Records written or deleted. */
  readonly rewritten: number;
}

const STORES = [
  'skillStates',
  'assessments',
  'activities',
  'goals',
  'reminders',
  'customRoles',
  ...CHANGE_STORES,
] as const;

/**
 * Brings stored records up to `current`: every skill renamed since the stored version is
 * rewritten to its new id (see renameSkillIds). Idempotent, safe in two tabs at once (the marker
 * is read again inside the writing transaction), and it never lowers the marker: a page of an
 * older app version finds a higher marker and leaves everything alone. Only the page calls it;
 * the service worker reads data but never writes the marker.
 */
export function upgradeStoredContent(
  changes: readonly ContentChange[] = CONTENT_CHANGES,
  current: number = CONTENT_VERSION,
): Promise<ContentUpgradeResult> {
  return withStorageErrors(async () => {
    const stored = await storedContentVersion();
    if (stored !== null && stored >= current) return { from: stored, to: stored, rewritten: 0 };
    const from = stored ?? UNMARKED_VERSION;
    const known = changes.filter((c) => c.version <= current);
    const oldIds = renamedIdsAfter(known, from);

    const tx = (await db()).transaction([...STORES], 'readwrite');
    const meta = tx.objectStore('meta');
    const again = versionOf(await meta.get(CONTENT_VERSION_KEY));
    if (again !== null && again >= current) {
      await tx.done;
      return { from: again, to: again, rewritten: 0 };
    }
    if (oldIds.length === 0) {
      await Promise.all([meta.put({ key: CONTENT_VERSION_KEY, value: current }), tx.done]);
      return { from, to: current, rewritten: 0 };
    }
    // Only records that may name an old id are read: assessments and activities by index.
    const [skillStates, goals, reminders, customRoles, assessmentLists, activityLists] =
      await Promise.all([
        tx.objectStore('skillStates').getAll(),
        tx.objectStore('goals').getAll(),
        tx.objectStore('reminders').getAll(),
        tx.objectStore('customRoles').getAll(),
        Promise.all(oldIds.map((id) => tx.objectStore('assessments').index('bySkill').getAll(id))),
        Promise.all(oldIds.map((id) => tx.objectStore('activities').index('bySkill').getAll(id))),
      ]);
    const activities = new Map<string, Activity>();
    for (const a of activityLists.flat()) activities.set(a.id, a);
    const r = renameSkillIds(
      {
        skillStates,
        assessments: assessmentLists.flat(),
        activities: [...activities.values()],
        goals,
        reminders,
        customRoles,
      },
      known,
      from,
    );
    // Every device makes the same renames: the changes they exchange carry equal values, which
    // never conflict (data/sync/apply.ts).
    const states = new Map(skillStates.map((s) => [s.id, s]));
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      new Map(list.map((x) => [x.id, x]));
    const before = {
      assessments: byId(assessmentLists.flat()),
      activities,
      goals: byId(goals),
      reminders: byId(reminders),
      customRoles: byId(customRoles),
    };
    const writes: RecordWrite[] = [
      ...r.deletedSkillStates.map(
        (id) => ({ store: 'skillStates', before: states.get(id), after: undefined }) as const,
      ),
      ...r.skillStates.map(
        (s) => ({ store: 'skillStates', before: states.get(s.id), after: s }) as const,
      ),
    ];
    for (const store of [
      'assessments',
      'activities',
      'goals',
      'reminders',
      'customRoles',
    ] as const) {
      const was: Map<string, object> = before[store];
      for (const x of r[store]) writes.push({ store, before: was.get(x.id), after: x });
    }
    await commitWrites(
      tx,
      writeRecords(tx, writes, null),
      meta.put({ key: CONTENT_VERSION_KEY, value: current }),
    );
    return { from, to: current, rewritten: renameCount(r) };
  });
}
