// Restoring a backup: preview what it will do, then write it all in ONE transaction across every
// user store and the snapshots, so the device ends with either the old data or the new, never a
// mix. All reads it needs happen in that same transaction; the rest is synchronous.
import type { IDBPTransaction } from 'idb';
import { db, newId, type TrackerDB, USER_STORES, type UserStore } from '../db';
import { isQuotaError, StorageFullError, withStorageErrors } from '../errors';
import { adoptGeneration, bumpGeneration, checkGeneration } from '../generation';
import { CHANGE_STORES, failureOf, type RecordWrite, writeRecords } from '../sync/hook';
import { type BackupDoc, makeBackupDoc, RECORD_STORES } from './format';
import { isEmptyData, readUserData, withUniqueEvidenceIds } from './io';
import { checkReferences, parseBackup, type RestoreError } from './parse';
import { planRestore, type RestoreCounts, type RestoreMode } from './plan';
import { saveSnapshotInTx } from './snapshots';

export type {
  FieldProblem,
  ParseResult,
  RecordLabel,
  RestoreError,
  RestoreErrorCode,
} from './parse';
export { checkReferences, DEFAULT_MAX_BYTES, parseBackup } from './parse';
export type { RestoreCounts, RestoreMode, StoreCounts } from './plan';

export type PreviewResult =
  | { readonly ok: true; readonly counts: RestoreCounts }
  | { readonly ok: false; readonly error: RestoreError };

export type ApplyResult =
  | { readonly ok: true; readonly counts: RestoreCounts; readonly snapshotId: string | null }
  | { readonly ok: false; readonly error: RestoreError };

export interface ApplyOptions {
  readonly now?: Date;
  /** The app's built-in content version, stored in the snapshot. */
  readonly contentVersion?: number;
}

/** What applyRestore(doc, mode) would do now, per store; or why it would refuse. */
export async function previewRestore(doc: BackupDoc, mode: RestoreMode): Promise<PreviewResult> {
  const tx = (await db()).transaction([...USER_STORES], 'readonly');
  const current = await readUserData(tx);
  await tx.done;
  const error = checkReferences(doc, mode, new Set(current.goals.map((g) => g.id)));
  return error
    ? { ok: false, error }
    : { ok: true, counts: planRestore(doc, current, mode).counts };
}

type RestoreTx = IDBPTransaction<
  TrackerDB,
  (UserStore | 'snapshots' | 'meta' | 'syncClocks' | 'syncLog')[],
  'readwrite'
>;

/**
 * Writes a validated backup. 'replace': snapshot the current data (if any), then make every
 * user store hold exactly the file's records (deleting the others, writing new and changed ones). 'merge': by id the newer updatedAt wins (a tie keeps the device's copy),
 * settings likewise, nothing is deleted. Refuses with 'dangling-reference' before writing
 * anything; a full disk rolls everything back and rejects with StorageFullError.
 */
export function applyRestore(
  doc: BackupDoc,
  mode: RestoreMode,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const now = opts.now ?? new Date();
  return withStorageErrors(async () => {
    const tx: RestoreTx = (await db()).transaction(
      [...USER_STORES, 'snapshots', ...CHANGE_STORES],
      'readwrite',
    );
    const done = tx.done;
    done.catch(() => {}); // awaited below; this only keeps an abort from being "unhandled"
    const writes: Promise<unknown>[] = [];
    try {
      // A tab that missed an earlier restore previews and restores over data it never saw.
      await checkGeneration(tx);
      const current = await readUserData(tx);
      const error = checkReferences(doc, mode, new Set(current.goals.map((g) => g.id)));
      if (error) {
        tx.abort();
        return { ok: false, error };
      }
      const plan = planRestore(doc, current, mode);
      let snapshotId: string | null = null;
      if (mode === 'replace') {
        if (!isEmptyData(current)) {
          const before = makeBackupDoc(withUniqueEvidenceIds(current, newId), {
            exportedAt: now.toISOString(),
            contentVersion: opts.contentVersion ?? 0,
          });
          snapshotId = await saveSnapshotInTx(tx, before, now);
        }
      }
      // A restore is a set of local edits for sync: each record written gets fresh clocks on
      // the fields that differ, each one removed a tombstone (sync/hook.ts). The hook
      // writes with plain requests, no promise each: with 20,000 activities idb's per-request
      // promises cost about a quarter of the restore (see bench/). A failing put still aborts
      // the transaction, so `done` rejects; one that throws at once aborts it there.
      const changes: RecordWrite[] = [];
      if (plan.settings !== 'keep' && (plan.settings !== null || current.settings !== null)) {
        const before = current.settings ?? undefined;
        changes.push({ store: 'settings', before, after: plan.settings ?? undefined });
      }
      for (const store of RECORD_STORES) {
        const list: readonly { id: string }[] = current[store];
        const mine = new Map(list.map((r) => [r.id, r]));
        for (const id of plan.deletes[store]) {
          changes.push({ store, before: mine.get(id), after: undefined });
        }
        for (const record of plan.puts[store] as readonly { id: string }[]) {
          changes.push({ store, before: mine.get(record.id), after: record });
        }
      }
      // No "data changed" stamp: what was restored is a backup's content, as before.
      writes.push(writeRecords(tx, changes, null));
      // Every other open tab now holds data from before: their writes are refused.
      const generation = bumpGeneration(tx);
      await Promise.all([...writes, generation]);
      await done;
      adoptGeneration(await generation);
      return { ok: true, counts: plan.counts, snapshotId };
    } catch (error) {
      // A put that throws synchronously leaves the transaction alive: abort it, or the writes
      // already queued would commit on their own.
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await Promise.allSettled([...writes, done]);
      const cause = failureOf(tx) ?? tx.error;
      throw isQuotaError(cause) ? new StorageFullError(cause) : error;
    }
  });
}

/** Reads a snapshot file back and restores it (replace), after snapshotting the present data. */
export async function restoreSnapshot(id: string, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const snapshot = await (await db()).get('snapshots', id);
  if (!snapshot) return { ok: false, error: { code: 'not-a-backup', detail: `snapshot ${id}` } };
  const parsed = parseBackup(snapshot.json, { maxBytes: Number.POSITIVE_INFINITY });
  if (!parsed.ok) return parsed;
  return applyRestore(parsed.doc, 'replace', opts);
}
