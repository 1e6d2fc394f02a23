import { signal } from '@preact/signals';
import { loadLastSync, loadSyncConfig, updateSyncConfig } from '../data/sync/local';
import {
  type ConflictChoice,
  changeSyncPassphrase,
  type Diagnosis,
  leaveSync,
  runStoredRound,
  type ServerConfig,
  type SyncBackend,
  turnSyncOn,
} from '../data/sync/service';
import { CONTENT_VERSION } from '../domain/catalog/index';
import { lang } from '../i18n/index';
import { loadSyncMessages } from '../i18n/sync';
import { withSyncLock } from './sync-lock';
import { refreshAfterSync } from './sync-refresh';
import { startSyncTriggers, stopSyncTriggers } from './sync-triggers';

export type { ConflictChoice };

// Sync as the screens see it: the status, the setup (without its secrets) and the actions.
// This module and everything under it is one lazy chunk: it loads when sync is on (the boot
// starts it from a hint) or when its settings page opens, never on a first visit.

export type SyncProblem =
  | { readonly source: 'stop'; readonly reason: string; readonly device?: string }
  | { readonly source: 'remote'; readonly kind: string }
  | { readonly source: 'other'; readonly detail: string };

export type SyncStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'syncing' }
  | { readonly kind: 'synced' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'error'; readonly problem: SyncProblem };

export const syncStatus = signal<SyncStatus>({ kind: 'off' });
/** When the last round finished well (ISO), on this device. */
export const lastSyncedAt = signal<string | null>(null);
export const syncConflicts = signal(0);
/** How far another device's clock runs ahead of this one's, when over 5 minutes. */
export const clockSkewMs = signal<number | null>(null);
/** Changes the last round brought in (for "3 changes arrived…"). */
export const lastReceived = signal(0);

export interface SyncSetupView {
  readonly url: string;
  readonly user: string;
  readonly deviceName: string;
  readonly enabled: boolean;
}
/** The setup as the screen shows it (never the password); null: not set up here. */
export const syncSetup = signal<SyncSetupView | null>(null);

const HINT = 'stt-sync';
let backendForTests: SyncBackend | null = null;
const backend = async (): Promise<SyncBackend> =>
  backendForTests ?? (await import('../data/sync/backend')).syncBackend;

export function useSyncBackendForTests(b: SyncBackend | null): void {
  backendForTests = b;
}

function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // Storage disabled: sync then starts when its page is opened.
  }
}

/** Reads the stored setup and status, and the strings; no round. */
export async function loadSyncState(): Promise<void> {
  const [config, last] = await Promise.all([
    loadSyncConfig(),
    loadLastSync(),
    loadSyncMessages(lang.value),
  ]);
  syncSetup.value = config && {
    url: config.url,
    user: config.user,
    deviceName: config.deviceName,
    enabled: config.enabled,
  };
  lastSyncedAt.value = last.at;
  syncConflicts.value = last.conflicts;
  if (!config?.enabled) syncStatus.value = { kind: 'off' };
  else if (syncStatus.value.kind === 'off') syncStatus.value = { kind: 'synced' };
  setHint(config?.enabled === true);
}

let running: Promise<void> | null = null;

/** One round now (joins the one running, if any). Never throws: the status says what happened. */
export function syncNow(): Promise<void> {
  running ??= runOnce().finally(() => {
    running = null;
  });
  return running;
}

async function runOnce(): Promise<void> {
  if (!syncSetup.value?.enabled) return;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    syncStatus.value = { kind: 'offline' };
    return;
  }
  syncStatus.value = { kind: 'syncing' };
  try {
    const b = await backend();
    const outcome = await withSyncLock(() => runStoredRound(b, CONTENT_VERSION));
    if (outcome === 'busy') {
      syncStatus.value = { kind: 'synced' };
      return;
    }
    if (outcome === null) {
      syncStatus.value = { kind: 'off' };
      return;
    }
    lastSyncedAt.value = outcome.at;
    syncConflicts.value = outcome.conflicts;
    lastReceived.value = outcome.applied;
    syncStatus.value = { kind: 'synced' };
    clockSkewMs.value = outcome.skewMs;
    if (outcome.stores.length > 0) await refreshAfterSync(outcome.stores);
  } catch (error) {
    syncStatus.value = statusFor(error);
  }
}

function statusFor(error: unknown): SyncStatus {
  const e = error as { name?: unknown; kind?: unknown; reason?: unknown; device?: unknown };
  if (e?.name === 'SyncStoppedError') {
    return {
      kind: 'error',
      problem: {
        source: 'stop',
        reason: String(e.reason),
        ...(typeof e.device === 'string' ? { device: e.device } : {}),
      },
    };
  }
  if (e?.name === 'RemoteError' && e.kind === 'network') return { kind: 'offline' };
  if (e?.name === 'RemoteError')
    return { kind: 'error', problem: { source: 'remote', kind: String(e.kind) } };
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return { kind: 'error', problem: { source: 'other', detail } };
}

export async function testConnection(server: ServerConfig): Promise<Diagnosis> {
  return (await backend()).diagnose(server);
}

/**
 * Turns sync on with a tested folder: joins it with the passphrase (WrongPassphraseError if it
 * does not fit) or creates its keyring; then the first round. The recovery key, when new, is
 * for the screen to show once.
 */
export async function turnOn(
  input: ServerConfig & { deviceName: string; passphrase: string },
): Promise<{ recoveryKey: string | null }> {
  const { passphrase, ...config } = input;
  const out = await turnSyncOn(await backend(), { ...config, enabled: true }, passphrase);
  await startSync();
  return out;
}

export async function setSyncEnabled(enabled: boolean): Promise<void> {
  await updateSyncConfig({ enabled });
  await loadSyncState();
  await startOrStop();
}

/** The boot's entry (when the hint says sync is on) and the settings page's: state, triggers. */
export async function startSync(): Promise<void> {
  await loadSyncState();
  await startOrStop();
}

async function startOrStop(): Promise<void> {
  if (syncSetup.value?.enabled) startSyncTriggers();
  else stopSyncTriggers();
}

/** Forgets the setup on this device only: no data, here or on the server, is deleted. */
export async function removeThisDevice(): Promise<void> {
  await running?.catch(() => {});
  await leaveSync(await backend());
  syncStatus.value = { kind: 'off' };
  await startSync();
}

export async function changePassphrase(current: string, next: string): Promise<void> {
  await changeSyncPassphrase(await backend(), current, next);
}

/** The conflicts, with names (Settings → Sync lists them). */
export async function loadSyncConflicts(): Promise<void> {
  const { loadConflicts } = await import('./sync-conflicts');
  await loadConflicts(await backend());
}

export async function settleSyncConflict(id: string, keep: ConflictChoice): Promise<void> {
  const { settleConflict } = await import('./sync-conflicts');
  await settleConflict(await backend(), id, keep);
}
