import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { CONTENT_VERSION } from '../domain/catalog/version';
import type {
  Activity,
  Assessment,
  Certification,
  CustomResource,
  CustomRole,
  CustomSkill,
  DayKey,
  Goal,
  Reminder,
  ResourceMark,
  Settings,
  SkillState,
  Timestamp,
} from '../domain/types';
import { forgetGenerationForTests, onStaleWrite, rememberGeneration } from './generation';
import type { ClockPack, ClockRecord, LoggedChange, SyncConflict } from './sync/types';

/** A copy of all user data, taken before a restore replaces it. */
export interface Snapshot {
  readonly id: string;
  readonly createdAt: Timestamp;
  /** Kept before a restore replaced the data, or before this device first merged synced data. */
  readonly reason: 'before-restore' | 'before-sync';
  /** The backup document (same format as a backup file), kept as a JSON string. */
  readonly json: string;
}

/** A reminder occurrence that was already shown, so no layer shows it twice. */
export interface ShownReminder {
  /** `${reminderId}@${dueAt}` */
  readonly key: string;
  readonly reminderId: string;
  readonly dueAt: Timestamp;
  readonly shownAt: Timestamp;
}

export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

export interface TrackerDB extends DBSchema {
  settings: { key: 'app'; value: Settings };
  skillStates: { key: string; value: SkillState };
  assessments: {
    key: string;
    value: Assessment;
    indexes: { bySkill: string; byDay: DayKey };
  };
  activities: {
    key: string;
    value: Activity;
    indexes: { byDay: DayKey; bySkill: string };
  };
  goals: { key: string; value: Goal };
  reminders: { key: string; value: Reminder };
  customSkills: { key: string; value: CustomSkill };
  customRoles: { key: string; value: CustomRole };
  snapshots: { key: string; value: Snapshot };
  shownReminders: { key: string; value: ShownReminder };
  meta: { key: string; value: MetaRecord };
  // Version 2:
  certifications: { key: string; value: Certification };
  customResources: { key: string; value: CustomResource; indexes: { bySkill: string } };
  resourceMarks: { key: string; value: ResourceMark };
  // Version 3 (sync, see data/sync/changes.ts):
  syncClocks: { key: string; value: ClockRecord | ClockPack };
  syncLog: { key: number; value: LoggedChange };
  syncConflicts: { key: string; value: SyncConflict };
}

export const DB_NAME = 'self-training-tracker';
export const DB_VERSION = 3;
/** meta key: the content version whose news the person has seen (see data/content-notice.ts). */
export const CONTENT_NOTICE_SEEN_KEY = 'contentNoticeSeen';

/** Stores that hold the user's records: what a backup carries and a restore writes. */
export const USER_STORES = [
  'settings',
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
] as const;
export type UserStore = (typeof USER_STORES)[number];

export type TrackerDb = IDBPDatabase<TrackerDB>;

/** Someone else (another tab, a newer version) needs this app to reload. */
export type DbTrouble = 'blocking' | 'version' | 'terminated' | 'changed-elsewhere';
const troubleListeners = new Set<(t: DbTrouble) => void>();
export function onDbTrouble(listener: (t: DbTrouble) => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}
function report(trouble: DbTrouble) {
  for (const l of troubleListeners) l(trouble);
}
// A write refused as stale is news even when the restore's broadcast never reached this tab.
onStaleWrite(() => report('changed-elsewhere'));

let dbPromise: Promise<TrackerDb> | null = null;

/**
 * The one shared connection. Upgrades are a ladder of `if (oldVersion < N)` steps so that a
 * database of any older version climbs every step in order; each step stays additive.
 */
export function db(): Promise<TrackerDb> {
  dbPromise ??= openDB<TrackerDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('settings');
        database.createObjectStore('skillStates', { keyPath: 'id' });
        const assessments = database.createObjectStore('assessments', { keyPath: 'id' });
        assessments.createIndex('bySkill', 'skillId');
        assessments.createIndex('byDay', 'day');
        const activities = database.createObjectStore('activities', { keyPath: 'id' });
        activities.createIndex('byDay', 'day');
        activities.createIndex('bySkill', 'skillIds', { multiEntry: true });
        database.createObjectStore('goals', { keyPath: 'id' });
        database.createObjectStore('reminders', { keyPath: 'id' });
        database.createObjectStore('customSkills', { keyPath: 'id' });
        database.createObjectStore('customRoles', { keyPath: 'id' });
        database.createObjectStore('snapshots', { keyPath: 'id' });
        database.createObjectStore('shownReminders', { keyPath: 'key' });
        const meta = database.createObjectStore('meta', { keyPath: 'key' });
        // A new install has no older content to hear about: its "what changed" notice starts seen.
        void meta.put({ key: CONTENT_NOTICE_SEEN_KEY, value: CONTENT_VERSION });
      }
      if (oldVersion < 2) {
        // Learning resources the user added, their marks on any resource, certifications.
        database.createObjectStore('certifications', { keyPath: 'id' });
        const resources = database.createObjectStore('customResources', { keyPath: 'id' });
        resources.createIndex('bySkill', 'skillId');
        database.createObjectStore('resourceMarks', { keyPath: 'id' });
      }
      if (oldVersion < 3) {
        // Sync: per-field clocks and tombstones, outgoing changes, conflicts kept for the person.
        // Existing records get no clock here: they are stamped when first written or when sync
        // is turned on (data/sync/changes.ts), never by an upgrade that runs for everyone.
        database.createObjectStore('syncClocks', { keyPath: 'key' });
        database.createObjectStore('syncLog', { keyPath: 'seq', autoIncrement: true });
        database.createObjectStore('syncConflicts', { keyPath: 'id' });
      }
      // Next versions go here: if (oldVersion < 4) { ... }
    },
    blocking() {
      // A newer version wants to open in another tab: let it, then ask this tab to reload.
      void dbPromise?.then((d) => d.close());
      dbPromise = null;
      report('blocking');
    },
    terminated() {
      dbPromise = null;
      report('terminated');
    },
  })
    .then((database) => {
      rememberGeneration(database);
      return database;
    })
    .catch((error: unknown) => {
      dbPromise = null;
      // This tab's code is older than the database on disk: only a reload helps.
      if (error instanceof DOMException && error.name === 'VersionError') report('version');
      throw error;
    });
  return dbPromise;
}

/** Tests only: forget the cached connection so the next db() opens a fresh database. */
export function resetDbForTests(): void {
  void dbPromise?.then((d) => d.close()).catch(() => {});
  dbPromise = null;
  forgetGenerationForTests();
}

/** A fresh id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}

export function now(): Timestamp {
  return new Date().toISOString();
}
