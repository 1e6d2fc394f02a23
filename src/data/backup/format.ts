// The backup file: a versioned JSON document with every user record. Older files climb an
// upgrade ladder (like the database's) before validation, so a file written by any earlier app
// version can still be restored; a file from a newer app is refused with its own error.
import * as v from 'valibot';
import type {
  Activity,
  Assessment,
  Certification,
  CustomResource,
  CustomRole,
  CustomSkill,
  Goal,
  Reminder,
  ResourceMark,
  Settings,
  SkillState,
} from '../../domain/types';
import type { UserStore } from '../db';
import { BackupDataSchema, type DeepReadonly, LIMITS, type Same, Stamp } from './schema';

export const BACKUP_FORMAT = 'self-training-tracker-backup';
export const BACKUP_FORMAT_VERSION = 2;

/** Everything a user owns. `settings` is null when the user never saved any. */
export interface BackupData {
  readonly settings: Settings | null;
  readonly skillStates: readonly SkillState[];
  readonly assessments: readonly Assessment[];
  readonly activities: readonly Activity[];
  readonly goals: readonly Goal[];
  readonly reminders: readonly Reminder[];
  readonly customSkills: readonly CustomSkill[];
  readonly customRoles: readonly CustomRole[];
  /** Since format 2. */
  readonly certifications: readonly Certification[];
  readonly customResources: readonly CustomResource[];
  readonly resourceMarks: readonly ResourceMark[];
}

export interface BackupDoc {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly exportedAt: string;
  readonly appVersion?: string;
  /** The built-in content version of the app that wrote the file. */
  readonly contentVersion: number;
  readonly data: BackupData;
}

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  exportedAt: Stamp,
  appVersion: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.id))),
  contentVersion: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  data: BackupDataSchema,
});

export const backupSchemaMatches: Same<
  DeepReadonly<v.InferOutput<typeof BackupSchema>>,
  DeepReadonly<BackupDoc>
> = true;

/** The record stores of a backup, in the order they are written. */
export const RECORD_STORES = [
  'skillStates',
  'assessments',
  'activities',
  'goals',
  'reminders',
  'customSkills',
  'customRoles',
  'certifications',
  'customResources',
  'resourceMarks',
] as const satisfies readonly Exclude<UserStore, 'settings'>[];
export type RecordStore = (typeof RECORD_STORES)[number];

/** One JSON object, before validation. */
export type RawDoc = { readonly [key: string]: unknown };

/** Upgrade steps: UPGRADES[n] turns a version-n document into version n+1. */
const UPGRADES: Readonly<Record<number, (doc: RawDoc) => RawDoc>> = {
  // Format 2 adds certifications, the user's own learning resources and marks on resources.
  // A data object that is not an object is left as it is, for validation to refuse.
  1: (doc) => {
    const data = doc.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { ...doc, formatVersion: 2 };
    }
    return {
      ...doc,
      formatVersion: 2,
      data: { certifications: [], customResources: [], resourceMarks: [], ...data },
    };
  },
};

export class BackupVersionError extends Error {
  constructor(
    readonly kind: 'newer' | 'unknown',
    readonly version: unknown,
  ) {
    // Not String(version): a hostile file's { "toString": [] } would throw here.
    super(
      `backup formatVersion ${typeof version === 'number' ? version : typeof version} is ${kind}`,
    );
  }
}

/** Brings a document of any known older formatVersion up to BACKUP_FORMAT_VERSION, step by step. */
export function upgradeBackup(doc: RawDoc): RawDoc {
  const from = doc.formatVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    throw new BackupVersionError('unknown', from);
  }
  if (from > BACKUP_FORMAT_VERSION) throw new BackupVersionError('newer', from);
  let current = doc;
  for (let version = from; version < BACKUP_FORMAT_VERSION; version++) {
    const step = UPGRADES[version];
    if (!step) throw new BackupVersionError('unknown', version);
    current = step(current);
  }
  return current;
}

/** Builds the document for the given records (export and snapshots share it). */
export function makeBackupDoc(
  data: BackupData,
  meta: { exportedAt: string; contentVersion: number; appVersion?: string },
): BackupDoc {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    ...(meta.appVersion === undefined ? {} : { appVersion: meta.appVersion }),
    contentVersion: meta.contentVersion,
    data,
  };
}

export type BackupCounts = Readonly<Record<UserStore, number>>;

/** How many records of each kind a backup holds (for "12 activities, 3 goals..."). */
export function backupStats(doc: BackupDoc): { counts: BackupCounts; total: number } {
  const counts = { settings: doc.data.settings ? 1 : 0 } as Record<UserStore, number>;
  let total = counts.settings;
  for (const store of RECORD_STORES) {
    counts[store] = doc.data[store].length;
    total += counts[store];
  }
  return { counts, total };
}
