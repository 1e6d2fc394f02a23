// Backup export: every user store read in one transaction, so the file is a consistent picture
// even if another tab writes meanwhile.
import { format } from 'date-fns';
import { db, USER_STORES } from '../db';
import { type BackupDoc, makeBackupDoc } from './format';
import { readUserData } from './io';

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
  return makeBackupDoc(data, {
    exportedAt: (opts.now ?? new Date()).toISOString(),
    contentVersion: opts.contentVersion ?? 0,
    ...(opts.appVersion === undefined ? {} : { appVersion: opts.appVersion }),
  });
}

/** The backup file for the user to save: self-training-tracker-backup-2026-11-26.json. */
export async function exportBackup(
  opts: ExportOptions = {},
): Promise<{ fileName: string; json: string; doc: BackupDoc }> {
  const now = opts.now ?? new Date();
  const doc = await currentBackupDoc({ ...opts, now });
  return {
    fileName: `self-training-tracker-backup-${format(now, 'yyyy-MM-dd')}.json`,
    json: JSON.stringify(doc),
    doc,
  };
}
