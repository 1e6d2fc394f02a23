// Clock packs: the clocks of records set in bulk and not edited here since (received from other
// devices, or stamped when sync was turned on), kept many to one syncClocks entry instead of one
// entry each. A device joining with 20,000 activities would otherwise write 20,000 clock entries
// beside the 20,000 records (twice the IndexedDB writes of a restore); packed, it writes
// PACK_BUCKETS entries per store and batch.
// - A record's pack is fixed by its id (a hash into PACK_BUCKETS), so reading one record's
//   clocks is one more `get`, and many records' one `getAll` of their store's packs.
// - A record's own entry, when it has one, always wins over a packed one; a local write moves
//   the record out of its pack (hook.ts), and tombstones and held values always have their own.
// - Pack keys start with '#', record keys with a store name: a key range of records never
//   meets a pack, and every pack sorts apart (packRange).
import { ANY_FIELD } from '../../domain/sync/change';
import type { ChangeTx } from './hook';
import type { ClockPack, ClockRecord, PackedClock } from './types';

/** Packs per store: a pack of 20,000 activities' clocks is then about 20 KB. */
export const PACK_BUCKETS = 64;

/** Every pack of every store (and nothing else). */
export const packRange = () => IDBKeyRange.bound('#', '#\uffff');

const storeRange = (store: string) => IDBKeyRange.bound(`#${store}|`, `#${store}|\uffff`);

/** FNV-1a over the id: any id (a UUID, 'app', a built-in skill's) lands in a fixed bucket. */
function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % PACK_BUCKETS;
}

export const packKey = (store: string, id: string) => `#${store}|${bucketOf(id)}`;

export function isPack(entry: ClockRecord | ClockPack): entry is ClockPack {
  return 'ids' in entry;
}

/** A packed clock as the record's own entry would hold it. */
export function unpacked(store: string, id: string, clock: PackedClock): ClockRecord {
  return { key: `${store}|${id}`, store, id, ...clock };
}

/**
 * The packs one transaction read, changed in memory and written back by savePacks(). Only the
 * packs that were read can be changed: readPacks reads those of every record the writer names.
 */
export interface PackBook {
  readonly packs: Map<string, { store: string; byId: Map<string, PackedClock> }>;
  readonly dirty: Set<string>;
}

/** A whole record at one clock (nearly every record a snapshot brings) packs as that clock. */
const compact = (c: PackedClock): PackedClock | string => {
  const only = c.clocks[ANY_FIELD];
  const plain = !c.bases && !c.refused && !c.sets && only !== undefined;
  return plain && Object.keys(c.clocks).length === 1 ? only : c;
};
const expand = (c: PackedClock | string): PackedClock =>
  typeof c === 'string' ? { clocks: { [ANY_FIELD]: c } } : c;

function entriesOf(pack: ClockPack): [string, PackedClock][] {
  return pack.ids.map((id, i) => [id, expand(pack.packed[i] ?? '')]);
}

function add(book: PackBook, pack: ClockPack) {
  book.packs.set(pack.key, { store: pack.store, byId: new Map(entriesOf(pack)) });
}

/** A book of packs already read (e.g. every pack, with packRange). */
export function bookOf(entries: readonly (ClockRecord | ClockPack | undefined)[]): PackBook {
  const book: PackBook = { packs: new Map(), dirty: new Set() };
  for (const entry of entries) if (entry && isPack(entry)) add(book, entry);
  return book;
}

/** The packs holding these records' clocks: a get per pack, or each store's packs at once. */
export async function readPacks(
  tx: ChangeTx,
  perStore: ReadonlyMap<string, readonly string[]>,
): Promise<PackBook> {
  const store = tx.objectStore('syncClocks');
  const found = await Promise.all(
    [...perStore].map(async ([name, ids]) => {
      const keys = new Set(ids.map((id) => packKey(name, id)));
      return keys.size > 8
        ? store.getAll(storeRange(name))
        : Promise.all([...keys].map((k) => store.get(k)));
    }),
  );
  return bookOf(found.flat());
}

/** The packed clock of a record, if any (its own entry, when it has one, comes first). */
export function packedOf(book: PackBook, store: string, id: string): PackedClock | undefined {
  return book.packs.get(packKey(store, id))?.byId.get(id);
}

/** Puts (or with undefined, removes) a record's packed clock; savePacks writes it. */
export function setPacked(
  book: PackBook,
  store: string,
  id: string,
  clock: PackedClock | undefined,
): void {
  const key = packKey(store, id);
  let pack = book.packs.get(key);
  if (!clock && !pack?.byId.has(id)) return;
  if (!pack) {
    pack = { store, byId: new Map() };
    book.packs.set(key, pack);
  }
  if (clock) pack.byId.set(id, clock);
  else pack.byId.delete(id);
  book.dirty.add(key);
}

/** Only what a pack may hold: never a tombstone nor held values (those keep their own entry). */
export function packable(record: ClockRecord): PackedClock | null {
  if (record.deleted || record.held) return null;
  const { clocks, bases, refused, sets } = record;
  return {
    clocks,
    ...(bases ? { bases } : {}),
    ...(refused ? { refused } : {}),
    ...(sets ? { sets } : {}),
  };
}

/** Writes the packs changed in `book` (an emptied pack is removed), with plain requests. */
export function savePacks(
  book: PackBook,
  clocks: IDBObjectStore,
  track: (request: IDBRequest) => void = () => {},
): void {
  for (const key of book.dirty) {
    const pack = book.packs.get(key);
    if (!pack) continue;
    if (pack.byId.size === 0) track(clocks.delete(key));
    else {
      const packed = [...pack.byId.values()].map(compact);
      const entry: ClockPack = { key, store: pack.store, ids: [...pack.byId.keys()], packed };
      track(clocks.put(entry));
    }
  }
  book.dirty.clear();
}

/** Every packed clock of every store, for the readers of the whole syncClocks store. */
export function unpackAll(entries: readonly (ClockRecord | ClockPack)[]): Map<string, ClockRecord> {
  const byKey = new Map<string, ClockRecord>();
  const packs: ClockPack[] = [];
  for (const e of entries) {
    if (isPack(e)) packs.push(e);
    else byKey.set(e.key, e);
  }
  for (const p of packs) {
    for (const [id, clock] of entriesOf(p)) {
      const key = `${p.store}|${id}`;
      if (!byKey.has(key)) byKey.set(key, unpacked(p.store, id, clock));
    }
  }
  return byKey;
}
