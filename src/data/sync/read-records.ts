// The records a batch of remote changes touches, read in the batch's transaction.
import type { UserStore } from '../db';
import { type ChangeTx, clockKey, spanOf } from './hook';

type Values = Record<string, unknown>;

/** Per `${store}|${id}`, the stored record (settings: with this device's own fields). */
export async function readRecords(tx: ChangeTx, keys: { store: UserStore; id: string }[]) {
  const perStore = new Map<UserStore, string[]>();
  for (const k of keys) {
    const ids = perStore.get(k.store);
    if (ids) ids.push(k.id);
    else perStore.set(k.store, [k.id]);
  }
  const found = new Map<string, Values>();
  await Promise.all(
    [...perStore].map(async ([store, ids]) => {
      const target = tx.objectStore(store);
      if (ids.length > 200) {
        // Only the key range the batch spans: a snapshot comes in key order, so a device that
        // joins empty reads nothing back of the batches it wrote before this one.
        const all = (await target.getAll(spanOf(ids) as never)) as unknown as Values[];
        const wanted = new Set(ids);
        for (const r of all)
          if (wanted.has(String(r.id))) found.set(clockKey(store, String(r.id)), r);
        return;
      }
      const list = await Promise.all(ids.map((id) => target.get(id as never)));
      list.forEach((r, i) => {
        if (r) found.set(clockKey(store, ids[i] ?? ''), r as unknown as Values);
      });
    }),
  );
  return found;
}
