import { signal } from '@preact/signals';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { activitiesBetween } from '../data/activities';
import { dataTimes } from '../data/backup/age';
import type {
  ApplyResult,
  ParseResult,
  PreviewResult,
  RestoreCounts,
  RestoreMode,
  SnapshotInfo,
} from '../data/backup/index';
import { CONTENT_VERSION, skillById, text } from '../domain/catalog/index';
import type { Certification } from '../domain/types';
import { fmt } from '../i18n/format';
import { lang, messages } from '../i18n/index';
import { placeInWords } from './backup-words';
import { catalog, loadCatalogState } from './catalog';
import { isStorageFull, userMessageFor } from './errors';
import { changeSettings, settings } from './settings';
import { announceDataReplaced } from './trouble';

// Types the restore screens need, re-exported so ui/ never imports data/ (ui -> state -> data).
export type {
  BackupCounts,
  BackupDoc,
  RestoreCounts,
  RestoreError,
  RestoreMode,
} from '../data/backup/index';
export { placeInWords, restoreErrorText } from './backup-words';

// Backup, restore and CSV export as the screens use them. The backup code (valibot schema,
// planner) is loaded only when one of these actions runs: first paint never pays for it.
const backupModule = () => import('../data/backup/index');

/** Days without a backup (and with new data) before the gentle reminder shows. */
export const NUDGE_AFTER_DAYS = 14;

import { type Delivery, deliverFile } from './deliver-file';

export interface BackupOutcome {
  readonly delivery: Delivery;
  readonly fileName: string;
  /** A record that would stop the file from restoring, in plain words; null when all is well. */
  readonly problem: string | null;
  /**
   * Why this backup was not recorded as the last one although the file was handed over, in
   * plain words (a full disk: the downloaded file may be incomplete too); null when recorded.
   */
  readonly notRecorded: string | null;
}

/**
 * "Back up now": writes the file, hands it over, then records when. A web app cannot see a
 * download finish, so "last backup" means "last backup file made": recorded only once the file
 * was handed over without error (shared, or its download started), never when cancelled. When
 * even that small record cannot be written, the disk is full: the file may be cut short too,
 * so the backup is not counted (the reminder stays) and the person is told.
 */
export async function backUpNow(now = new Date()): Promise<BackupOutcome> {
  const { exportBackup } = await backupModule();
  const { fileName, json, problem } = await exportBackup({ now, contentVersion: CONTENT_VERSION });
  const delivery = await deliverFile(fileName, 'application/json', json);
  let notRecorded: string | null = null;
  if (delivery !== 'cancelled') {
    try {
      await changeSettings({ lastBackupAt: now.toISOString() });
    } catch (error) {
      const m = messages().backup;
      notRecorded = isStorageFull(error)
        ? fmt(m.notRecordedFull, { file: fileName })
        : fmt(m.notRecorded, { file: fileName, reason: userMessageFor(error) });
    }
  }
  return {
    delivery,
    fileName,
    problem: problem ? placeInWords(problem.detail, problem.record) : null,
    notRecorded,
  };
}

/** Days since the last backup (calendar days, local), or null if never. */
export function daysSinceBackup(lastBackupAt: string | undefined, now: Date): number | null {
  return lastBackupAt ? Math.max(0, differenceInCalendarDays(now, parseISO(lastBackupAt))) : null;
}

/**
 * The reminder rule. No data: never. Backed up before: when the backup is 14+ days old AND a
 * record changed after it. Never backed up: once a record was created 14+ days ago (a new user
 * is not nagged on day one, and someone with two weeks of history is).
 */
export function backupNudgeDue(input: {
  readonly lastBackupAt: string | undefined;
  readonly newest: string | null;
  readonly oldest: string | null;
  readonly now: Date;
}): boolean {
  const { lastBackupAt, newest, oldest, now } = input;
  if (newest === null || oldest === null) return false;
  const since = daysSinceBackup(lastBackupAt, now);
  if (since === null) return differenceInCalendarDays(now, parseISO(oldest)) >= NUDGE_AFTER_DAYS;
  return since >= NUDGE_AFTER_DAYS && Date.parse(newest) > Date.parse(lastBackupAt ?? '');
}

/** Whether to show the reminder now (reads only a few records). */
export async function isBackupNudgeDue(now = new Date()): Promise<boolean> {
  const times = await dataTimes();
  return backupNudgeDue({ ...times, lastBackupAt: settings.value.lastBackupAt, now });
}

/** Reads a picked file and validates all of it; a huge file is refused before it is read. */
export async function readBackupFile(file: Blob): Promise<ParseResult> {
  const { parseBackup, DEFAULT_MAX_BYTES } = await backupModule();
  if (file.size > DEFAULT_MAX_BYTES) {
    return { ok: false, error: { code: 'too-large', detail: String(file.size) } };
  }
  return parseBackup(await file.text());
}

export async function previewBackup(
  doc: Parameters<typeof import('../data/backup/index').previewRestore>[0],
  mode: RestoreMode,
): Promise<PreviewResult> {
  return (await backupModule()).previewRestore(doc, mode);
}

const NOTICE_KEY = 'stt-restored';

/**
 * Applies a restore in one transaction. On success it tells the other tabs and reloads the app
 * on Settings (location.replace): every screen then reads the new data, with no cache left
 * stale, and Settings shows what was restored (takeRestoreNotice).
 */
export async function restoreBackup(
  doc: Parameters<typeof import('../data/backup/index').applyRestore>[0],
  mode: RestoreMode,
  reload: () => void = () => location.replace('/settings'),
): Promise<ApplyResult> {
  const result = await (await backupModule()).applyRestore(doc, mode, {
    contentVersion: CONTENT_VERSION,
  });
  if (result.ok) finishRestore(result.counts, reload);
  return result;
}

/** Restores a snapshot kept before an earlier replace (the present data is snapshotted first). */
export async function restoreFromSnapshot(
  id: string,
  reload: () => void = () => location.replace('/settings'),
): Promise<ApplyResult> {
  const result = await (await backupModule()).restoreSnapshot(id, {
    contentVersion: CONTENT_VERSION,
  });
  if (result.ok) finishRestore(result.counts, reload);
  return result;
}

function finishRestore(counts: RestoreCounts, reload: () => void): void {
  announceDataReplaced();
  try {
    sessionStorage.setItem(NOTICE_KEY, JSON.stringify(counts));
  } catch {
    // No session storage: the reload still shows the restored data, just without the notice.
  }
  reload();
}

/** The counts of a restore that just finished (once), for the success message. */
export function takeRestoreNotice(): RestoreCounts | null {
  try {
    const raw = sessionStorage.getItem(NOTICE_KEY);
    sessionStorage.removeItem(NOTICE_KEY);
    return raw ? (JSON.parse(raw) as RestoreCounts) : null;
  } catch {
    return null;
  }
}

/** The kept snapshots, newest first. */
export const snapshots = signal<readonly SnapshotInfo[]>([]);

export async function loadSnapshots(): Promise<void> {
  snapshots.value = await (await backupModule()).listSnapshots();
}

/** Every certification as CSV, with its status today in words, handed over like a backup. */
export async function exportCertificationsCsv(now = new Date()): Promise<string | null> {
  // Loaded on use, like the backup module: none of it is needed at first paint.
  const [backup, { allCertifications }, { allReminders }, status] = await Promise.all([
    backupModule(),
    import('../data/certifications'),
    import('../data/reminders'),
    import('../domain/certifications/status'),
    loadCatalogState(),
  ]);
  const [all, rules] = await Promise.all([allCertifications(), allReminders()]);
  const cat = catalog.value;
  const name = (id: string) => {
    const skill = skillById(cat, id);
    return skill ? text(skill.name, lang.value) : id;
  };
  const day = format(now, 'yyyy-MM-dd');
  const c = messages().certifications;
  const statusWord = (cert: Certification) =>
    c.status[status.certificationStatus(cert, day, status.expiringWindow(cert.id, rules))];
  const csv = backup.certificationsCsv(all, name, statusWord, c.csv.header);
  const fileName = backup.certificationsCsvFileName(day);
  return (await deliverFile(fileName, 'text/csv', csv)) === 'cancelled' ? null : fileName;
}

/** Every activity as CSV, skills named in the user's language, handed over like a backup. */
export async function exportActivitiesCsv(now = new Date()): Promise<string | null> {
  const [{ activitiesCsv, activitiesCsvFileName }, all] = await Promise.all([
    backupModule(),
    activitiesBetween('0000-01-01', '9999-12-31'),
    loadCatalogState(),
  ]);
  const cat = catalog.value;
  const name = (id: string) => {
    const skill = skillById(cat, id);
    return skill ? text(skill.name, lang.value) : id;
  };
  const m = messages();
  const csv = activitiesCsv(all, name, m.backup.csv.header, (type) => m.log.types[type]);
  const fileName = activitiesCsvFileName(format(now, 'yyyy-MM-dd'));
  return (await deliverFile(fileName, 'text/csv', csv)) === 'cancelled' ? null : fileName;
}
