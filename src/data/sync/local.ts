import { db } from '../db';
import { withStorageErrors } from '../errors';
import { NO_PROGRESS, type SyncProgress } from './engine';

// What this device keeps about sync, in `meta` (never in backups, never synced): the server and
// its app password, this device's name, the unlocked data key, the progress of the rounds, and
// the last outcome. Removing the device from sync deletes exactly these, and no data.

const CONFIG = 'sync.config';
const KEY = 'sync.key';
const PROGRESS = 'sync.progress';
const LAST = 'sync.last';

export interface SyncConfig {
  /** The sync folder's address (https://…/remote.php/dav/files/<user>/Tracker/). */
  readonly url: string;
  readonly user: string;
  /** An app password, kept on this device only (every round needs it). */
  readonly password: string;
  readonly deviceName: string;
  /** Off: kept, but no round runs until turned on again. */
  readonly enabled: boolean;
}

export interface LastSync {
  /** When the last round finished well (ISO). */
  readonly at: string | null;
  /** Conflicts waiting for the person, as the model counted them at the last round. */
  readonly conflicts: number;
}

async function read(key: string): Promise<unknown> {
  return (await (await db()).get('meta', key))?.value;
}

async function write(entries: Record<string, unknown>): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction('meta', 'readwrite');
    await Promise.all([
      ...Object.entries(entries).map(([key, value]) =>
        value === undefined ? tx.store.delete(key) : tx.store.put({ key, value }),
      ),
      tx.done,
    ]);
  });
}

const isText = (v: unknown): v is string => typeof v === 'string';

export async function loadSyncConfig(): Promise<SyncConfig | null> {
  const v = (await read(CONFIG)) as Partial<SyncConfig> | undefined;
  if (!v || !isText(v.url) || !isText(v.user) || !isText(v.password)) return null;
  return {
    url: v.url,
    user: v.user,
    password: v.password,
    deviceName: isText(v.deviceName) ? v.deviceName : '',
    enabled: v.enabled !== false,
  };
}

/**
 * Keeps the settings and the unlocked key together (one transaction): a device is either set
 * up for sync or not. The progress starts again when the folder changes.
 */
export async function saveSyncSetup(config: SyncConfig, key: CryptoKey): Promise<void> {
  const before = await loadSyncConfig();
  const sameFolder = before?.url === config.url;
  await write({ [CONFIG]: config, [KEY]: key, ...(sameFolder ? {} : { [PROGRESS]: undefined }) });
}

export async function updateSyncConfig(patch: Partial<SyncConfig>): Promise<void> {
  const before = await loadSyncConfig();
  if (before) await write({ [CONFIG]: { ...before, ...patch } });
}

/**
 * The data key as stored: a CryptoKey kept by IndexedDB itself (structured clone). It was
 * unwrapped non-extractable, so no script can read its bytes; it can only be used by this app
 * on this device, as the data it protects already is.
 */
export async function loadDataKey(): Promise<CryptoKey | null> {
  const v = await read(KEY);
  return typeof CryptoKey !== 'undefined' && v instanceof CryptoKey
    ? v
    : ((v as CryptoKey) ?? null);
}

export async function loadProgress(): Promise<SyncProgress> {
  const v = (await read(PROGRESS)) as Partial<SyncProgress> | undefined;
  if (!v || typeof v.seq !== 'number') return NO_PROGRESS;
  return {
    seq: v.seq,
    sinceSnapshot: typeof v.sinceSnapshot === 'number' ? v.sinceSnapshot : 0,
    cursors: typeof v.cursors === 'object' && v.cursors !== null ? v.cursors : {},
    names: typeof v.names === 'object' && v.names !== null ? v.names : {},
    merged: v.merged === true,
    // Kept across rounds: a create whose answer was lost is read before it is written again.
    // (What earlier versions kept about folder ETags is left out: one listing reads them all.)
    ...(typeof v.attempted === 'number' ? { attempted: v.attempted } : {}),
  };
}

export async function saveProgress(progress: SyncProgress): Promise<void> {
  await write({ [PROGRESS]: progress });
}

export async function loadLastSync(): Promise<LastSync> {
  const v = (await read(LAST)) as Partial<LastSync> | undefined;
  return {
    at: isText(v?.at) ? v.at : null,
    conflicts: typeof v?.conflicts === 'number' ? v.conflicts : 0,
  };
}

export async function saveLastSync(last: LastSync): Promise<void> {
  await write({ [LAST]: last });
}

/** "Remove this device": forgets the server, the password and the key. No data is touched. */
export async function forgetSyncSetup(): Promise<void> {
  await write({ [CONFIG]: undefined, [KEY]: undefined, [PROGRESS]: undefined, [LAST]: undefined });
}
