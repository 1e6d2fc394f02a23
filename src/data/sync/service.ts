import { DATA_CHANGED_KEY } from '../change-stamp';
import { db } from '../db';
import { changePassphrase, joinOrCreate } from './connect';
import { syncRound } from './engine';
import {
  forgetSyncSetup,
  loadDataKey,
  loadProgress,
  loadSyncConfig,
  type SyncConfig,
  saveLastSync,
  saveProgress,
  saveSyncSetup,
} from './local';
import type { ChangeLog, RemoteStore, SyncCrypto } from './ports';

// What the state layer calls: a round with this device's stored setup, turning sync on, the
// passphrase change. The real pieces (WebDAV client, crypto, record model) come in a backend
// object, so the screens' tests can hand in fakes.

export interface ServerConfig {
  readonly url: string;
  readonly user: string;
  readonly password: string;
}

/** The connection test's answer: what to do, told apart (sync-core's diagnosis). */
export type Diagnosis =
  | { readonly ok: true; readonly existing: boolean; readonly ignoresPreconditions: boolean }
  | { readonly ok: false; readonly kind: string; readonly detail?: string };

/** One side of a conflict as the record model keeps it (sync-model's SyncConflict). */
export interface ConflictSideView {
  readonly value?: unknown;
  readonly device: string;
  /** ISO time of the change. */
  readonly at: string;
}

export interface ConflictView {
  readonly id: string;
  /** 'field': two values of one field; 'deleted': an edit kept against a deletion. */
  readonly kind: 'field' | 'deleted';
  readonly store: string;
  readonly recordId: string;
  readonly field?: string;
  readonly kept: ConflictSideView;
  readonly other: ConflictSideView;
}

export type ConflictChoice = 'kept' | 'other' | 'both';

export interface SyncBackend {
  openRemote(server: ServerConfig): RemoteStore;
  diagnose(server: ServerConfig): Promise<Diagnosis>;
  readonly crypto: SyncCrypto;
  readonly changes: ChangeLog;
  /** Conflicts waiting for the person (the record model keeps them), oldest first. */
  listConflicts(): Promise<ConflictView[]>;
  /** Settles one (a change that syncs); false when it was settled already. */
  resolveConflict(id: string, keep: ConflictChoice): Promise<boolean>;
  /** Starts logging outgoing changes (and stamps records from before sync). */
  enable(): Promise<void>;
  /** Stops logging them (this device left sync). */
  disable(): Promise<void>;
}

export interface RoundOutcome {
  readonly applied: number;
  readonly conflicts: number;
  readonly stores: readonly string[];
  readonly skewMs: number | null;
  readonly at: string;
}

/** One round with the stored setup; null when sync is not set up or turned off here. */
export async function runStoredRound(
  backend: SyncBackend,
  contentVersion: number,
  now: () => Date = () => new Date(),
): Promise<RoundOutcome | null> {
  const [config, key] = await Promise.all([loadSyncConfig(), loadDataKey()]);
  if (!config?.enabled || !key) return null;
  const result = await syncRound({
    remote: backend.openRemote(config),
    crypto: backend.crypto,
    changes: backend.changes,
    key,
    deviceName: config.deviceName,
    loadProgress,
    saveProgress,
    beforeFirstMerge: () =>
      import('../backup/before-sync')
        .then((m) => m.snapshotBeforeSync(contentVersion))
        .then(() => {}),
  });
  const conflicts = (await backend.listConflicts()).length;
  const at = now().toISOString();
  await saveLastSync({ at, conflicts });
  return { applied: result.applied, conflicts, at, stores: result.stores, skewMs: result.skewMs };
}

/** Joins the folder (or creates its keyring) and keeps the setup; the recovery key if new. */
export async function turnSyncOn(
  backend: SyncBackend,
  config: SyncConfig,
  passphrase: string,
): Promise<{ recoveryKey: string | null }> {
  const joined = await joinOrCreate(backend.openRemote(config), backend.crypto, passphrase);
  await backend.enable();
  await saveSyncSetup(config, joined.key);
  return { recoveryKey: joined.recoveryKey };
}

export async function changeSyncPassphrase(
  backend: SyncBackend,
  current: string,
  next: string,
): Promise<void> {
  const config = await loadSyncConfig();
  if (!config) throw new Error('sync is not set up on this device');
  await changePassphrase(backend.openRemote(config), backend.crypto, current, next);
}

/** The stamp every local write leaves (change-stamp.ts): a round follows a change. */
export async function dataChangedAt(): Promise<string | null> {
  const value = (await (await db()).get('meta', DATA_CHANGED_KEY))?.value;
  return typeof value === 'string' ? value : null;
}

/**
 * "Remove this device": the model stops logging, and the setup is forgotten. No data is
 * deleted, here or on the server. (Turning sync off only pauses the rounds: changes made
 * meanwhile are still logged, and go out when it is turned on again.)
 */
export async function leaveSync(backend: SyncBackend): Promise<void> {
  await backend.disable();
  await forgetSyncSetup();
}
