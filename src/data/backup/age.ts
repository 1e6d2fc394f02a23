// How old and how fresh the user's data is, for the backup reminder. Small stores are read
// whole; activities (possibly 20,000) only at both ends of the byDay index, so Today stays fast.
// What those reads cannot see (an old activity edited, one logged for a past day, a deletion)
// left the change stamp (../change-stamp.ts).
import { DATA_CHANGED_KEY } from '../change-stamp';
import { db } from '../db';

export interface DataTimes {
  /** The latest updatedAt among the records read; null when there is no record. */
  readonly newest: string | null;
  /** The earliest createdAt among the records read; null when there is no record. */
  readonly oldest: string | null;
}

type Stamped = { readonly createdAt: string; readonly updatedAt: string };

/** When the user's records were first made and last changed, in one read-only transaction. */
export async function dataTimes(): Promise<DataTimes> {
  const stores = ['skillStates', 'goals', 'reminders', 'customSkills', 'customRoles'] as const;
  const tx = (await db()).transaction(
    ['skillStates', 'goals', 'reminders', 'customSkills', 'customRoles', 'activities', 'meta'],
    'readonly',
  );
  const byDay = tx.objectStore('activities').index('byDay');
  const [stamp, first, last, ...lists] = await Promise.all([
    tx.objectStore('meta').get(DATA_CHANGED_KEY),
    byDay.openCursor(),
    byDay.openCursor(null, 'prev'),
    ...stores.map((s) => tx.objectStore(s).getAll() as Promise<Stamped[]>),
  ]);
  await tx.done;
  const records: Stamped[] = lists.flat();
  if (first) records.push(first.value);
  if (last) records.push(last.value);
  let newest: string | null = null;
  let oldest: string | null = null;
  for (const r of records) {
    if (newest === null || r.updatedAt > newest) newest = r.updatedAt;
    if (oldest === null || r.createdAt < oldest) oldest = r.createdAt;
  }
  const changed = typeof stamp?.value === 'string' ? stamp.value : null;
  if (changed !== null && (newest === null || changed > newest)) newest = changed;
  return { newest, oldest };
}
