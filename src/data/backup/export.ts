// Backup export: every user store read in one transaction, so the file is a consistent picture
// even if another tab writes meanwhile.
import { format } from 'date-fns';
import { db, newId, USER_STORES } from '../db';
import { type BackupDoc, makeBackupDoc } from './format';
import { readUserData, withUniqueEvidenceIds } from './io';
import { checkReferences, parseBackup, type RestoreError } from './parse';

export interface ExportOptions {
  /** The clock, for the file name (local day) and exportedAt. */
  readonly now?: Date;
  /** The built-in content version (from the catalog); 0 when unknown. */
  readonly contentVersion?: number;
  readonly appVersion?: string;
}

/** The current data as a backup document (also what a snapshot holds). */
export async function currentBackupDoc(opts: ExportOptions = {}): Promise<BackupDoc> {
  const database = await db();
  const tx = database.transaction([...USER_STORES], 'readonly');
  const data = await readUserData(tx);
  await tx.done;
  return makeBackupDoc(withUniqueEvidenceIds(data, newId), {
    exportedAt: (opts.now ?? new Date()).toISOString(),
    contentVersion: opts.contentVersion ?? 0,
    ...(opts.appVersion === undefined ? {} : { appVersion: opts.appVersion }),
  });
}

export interface ExportedBackup {
  readonly fileName: string;
  readonly json: string;
  readonly doc: BackupDoc;
  /**
   * Null when the file would restore as it is. Otherwise a record on the device breaks the
   * backup rules (e.g. a title over 200 characters written by some bug): the file is still
   * complete and worth saving, but the UI should say which record needs fixing.
   */
  readonly problem: RestoreError | null;
}

/**
 * The backup file for the user to save: self-training-tracker-backup-2026-11-26.json (local
 * day). The file is checked with the same parser a restore uses, so a backup that could not be
 * restored is never silently handed out as safe.
 */
export async function exportBackup(opts: ExportOptions = {}): Promise<ExportedBackup> {
  const now = opts.now ?? new Date();
  const doc = await currentBackupDoc({ ...opts, now });
  const json = JSON.stringify(doc);
  const parsed = parseBackup(json, { maxBytes: Number.POSITIVE_INFINITY });
  return {
    fileName: `self-training-tracker-backup-${format(now, 'yyyy-MM-dd')}.json`,
    json,
    doc,
    problem: parsed.ok ? checkReferences(doc, 'replace', new Set()) : parsed.error,
  };
}
