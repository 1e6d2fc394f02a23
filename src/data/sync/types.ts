// The records the sync stores hold (DB_VERSION 3). Types only: db.ts names them in its schema.
import type { Change, ClockMap } from '../../domain/sync/change';
import type { SetClock } from '../../domain/sync/sets';

export type { Change, ClockMap };

/**
 * syncClocks: per record, the clock of each field, or its tombstone. Key `${store}|${id}`.
 * Records that came from another device and were not edited here share packs (ClockPack).
 */
export interface ClockRecord {
  readonly key: string;
  readonly store: string;
  readonly id: string;
  /** Per field ('*' for the rest): the clock of the value stored now. */
  readonly clocks: ClockMap;
  /** Per field ('*' for the rest): the clock the writer of that value had replaced. */
  readonly bases?: ClockMap;
  /** Set when the record is deleted: the deletion's clock and what it had seen. */
  readonly deleted?: { readonly hlc: string; readonly base: ClockMap };
  /** The newest deletion refused here because of an edit the deleting device had not seen. */
  readonly refused?: string;
  /** Set fields: elements changed since the field's own clock, and their order (sets.ts). */
  readonly sets?: Readonly<Record<string, SetClock>>;
  /**
   * Values kept here instead of in the record's store: a deleted record's last fields (sync on,
   * so an edit made meanwhile on another device can bring it back whole), or a record whose
   * fields have not all arrived yet.
   */
  readonly held?: Readonly<Record<string, unknown>>;
}

/** What a clock pack keeps per record: its clocks, never a tombstone or held values. */
export type PackedClock = Pick<ClockRecord, 'clocks' | 'bases' | 'refused' | 'sets'>;

/**
 * syncClocks, key `#${store}|${bucket}`: the clocks of many records of one store that came from
 * other devices, instead of an entry each (clock-packs.ts). A record's own entry wins.
 */
export interface ClockPack {
  readonly key: string;
  readonly store: string;
  /** The records' ids, and at the same index each one's clocks ... */
  readonly ids: readonly string[];
  /** ... or, for the usual whole record at one clock ({ clocks: { '*': hlc } }), that clock. */
  readonly packed: readonly (PackedClock | string)[];
}

/** syncLog: an outgoing change, in the order this device made them. */
export interface LoggedChange extends Change {
  readonly seq?: number;
}

/** One side of a conflict: a value (absent when the field was removed), who and when. */
export interface ConflictSide {
  readonly value?: unknown;
  readonly device: string;
  readonly hlc: string;
  /** The clock's wall time, ISO. */
  readonly at: string;
}

/**
 * syncConflicts: 'field' when two devices changed one field without seeing each other's change
 * (`kept` is applied, `other` is not); 'deleted' when an edit on one device met a deletion on
 * another (the edit was kept: `kept` is the edit, `other` the deletion).
 */
export interface SyncConflict {
  readonly id: string;
  readonly kind: 'field' | 'deleted';
  readonly store: string;
  readonly recordId: string;
  readonly field?: string;
  readonly kept: ConflictSide;
  readonly other: ConflictSide;
  /** When this device found it. */
  readonly foundAt: string;
}
