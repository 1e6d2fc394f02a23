// What a restore will do, computed from the file and the current data before any write: the
// preview shows these counts and applyRestore writes exactly these records.
import type { Settings } from '../../domain/types';
import { canonical } from '../canonical';
import type { UserStore } from '../db';
import { type BackupData, type BackupDoc, RECORD_STORES, type RecordStore } from './format';

export type RestoreMode = 'replace' | 'merge';

/**
 * Per store: `new` (not on this device yet), `changed` (on the device with other content; the
 * file's version will be written), `identical`, `kept` (merge only: the device's copy is newer,
 * or equally new, so it stays) and `removed` (replace only: on the device, not in the file).
 */
export interface StoreCounts {
  readonly new: number;
  readonly changed: number;
  readonly identical: number;
  readonly kept: number;
  readonly removed: number;
}
export type RestoreCounts = Readonly<Record<UserStore, StoreCounts>>;

export interface RestorePlan {
  readonly counts: RestoreCounts;
  /** Records to put, per store: new and changed ones (merge: only those newer than the device's). */
  readonly puts: { readonly [S in RecordStore]: BackupData[S] };
  /** Ids to delete, per store (replace only: on the device, not in the file). */
  readonly deletes: { readonly [S in RecordStore]: readonly string[] };
  /** The settings to write, or 'keep' the current, or null to leave none (replace). */
  readonly settings: Settings | null | 'keep';
}

/** Strictly newer: on a tie the device's copy stays (nothing is overwritten on a guess). */
function isNewer(a: { updatedAt: string }, b: { updatedAt: string }): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

interface Tally {
  new: number;
  changed: number;
  identical: number;
  kept: number;
  removed: number;
}

function planList<T extends { id: string; updatedAt: string }>(
  incoming: readonly T[],
  current: readonly T[],
  mode: RestoreMode,
): { counts: StoreCounts; puts: T[]; deletes: string[] } {
  const tally: Tally = { new: 0, changed: 0, identical: 0, kept: 0, removed: 0 };
  const byId = new Map(current.map((r) => [r.id, r]));
  const puts: T[] = [];
  for (const record of incoming) {
    const mine = byId.get(record.id);
    byId.delete(record.id);
    if (!mine) {
      tally.new++;
      puts.push(record);
    } else if (mine.updatedAt === record.updatedAt && canonical(mine) === canonical(record)) {
      // A different updatedAt already makes them different: skip the costly comparison.
      tally.identical++;
    } else if (mode === 'replace' || isNewer(record, mine)) {
      tally.changed++;
      puts.push(record);
    } else tally.kept++;
  }
  const deletes = mode === 'replace' ? [...byId.keys()] : [];
  tally.removed = deletes.length;
  return { counts: tally, puts, deletes };
}

/** The settings record as a one-item list keyed 'app', so it follows the same rules. */
const asList = (s: Settings | null) => (s ? [{ ...s, id: 'app' }] : []);

export function planRestore(doc: BackupDoc, current: BackupData, mode: RestoreMode): RestorePlan {
  const counts = {} as Record<UserStore, StoreCounts>;
  const puts = {} as Record<RecordStore, unknown[]>;
  const deletes = {} as Record<RecordStore, string[]>;
  for (const store of RECORD_STORES) {
    const list = planList<{ id: string; updatedAt: string }>(doc.data[store], current[store], mode);
    counts[store] = list.counts;
    // Identical records are left as they are: a replace ends with exactly the file's records,
    // but writes only the differences (restoring last week's backup rewrites a few records,
    // not ten years of them).
    puts[store] = list.puts;
    deletes[store] = list.deletes;
  }
  const settingsPlan = planList(asList(doc.data.settings), asList(current.settings), mode);
  counts.settings = settingsPlan.counts;
  let settings: Settings | null | 'keep' = 'keep';
  if (mode === 'replace') settings = doc.data.settings;
  else if (settingsPlan.puts.length > 0) settings = doc.data.settings;
  return { counts, puts: puts as unknown as RestorePlan['puts'], deletes, settings };
}
