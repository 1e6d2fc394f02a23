import { openBody, type SyncFileBody } from './files';
import {
  type DeviceFiles,
  flatPath,
  folderPath,
  lastNumber,
  NO_FILES,
  type PathOf,
  planPull,
  type RootListing,
  readableUpTo,
  readOldFolder,
  readRoot,
} from './layout';
import type { Change, ChangeLog, RemoteStore, SyncCrypto } from './ports';
import { compact, createNext } from './push';

// One sync round: list the folder (one listing shows every device's files, layout.ts), read the
// other devices' files newer than what this device applied, decrypt them all, apply them, then
// push this device's pending changes as ONE new segment. Nothing remote is ever overwritten,
// and nothing but this device's own older files is ever deleted (after a verified snapshot).
// Anything missing, unreadable or refused stops the round before it changes anything here.

/** What this device keeps about its sync (in `meta`, see sync/local.ts). */
export interface SyncProgress {
  /** The last segment number this device wrote (0: none yet). */
  readonly seq: number;
  /** Own segments written since the last snapshot. */
  readonly sinceSnapshot: number;
  /** Per other device, the last of its segments applied here. */
  readonly cursors: Readonly<Record<string, number>>;
  /** Device names, as each device says in its files. */
  readonly names: Readonly<Record<string, string>>;
  /** Whether remote data was ever merged here (the safety snapshot comes before the first). */
  readonly merged: boolean;
  /**
   * The highest own file number a create was sent for. Up to it, a file may exist although no
   * answer said so (the answer was lost): it is read before being written, because a server
   * that ignores If-None-Match (nginx) would overwrite it unseen.
   */
  readonly attempted?: number;
}

export const NO_PROGRESS: SyncProgress = {
  seq: 0,
  sinceSnapshot: 0,
  cursors: {},
  names: {},
  merged: false,
};

export interface RoundDeps {
  readonly remote: RemoteStore;
  readonly crypto: SyncCrypto;
  readonly changes: ChangeLog;
  readonly key: CryptoKey;
  readonly deviceName: string;
  loadProgress(): Promise<SyncProgress>;
  saveProgress(progress: SyncProgress): Promise<void>;
  /** Runs once, just before this device first applies remote data (the safety snapshot). */
  beforeFirstMerge(): Promise<void>;
  /** A snapshot after this many own segments (then the older ones are deleted). */
  readonly snapshotEvery?: number;
}

export interface RoundResult {
  readonly applied: number;
  readonly conflicts: number;
  /** Stores whose records changed here. */
  readonly stores: readonly string[];
  /** The largest lead of another device's clock over 5 minutes, else null. */
  readonly skewMs: number | null;
  /** Changes this device sent (0: nothing new). */
  readonly sent: number;
}

export type StopReason = 'remote-empty' | 'missing' | 'unreadable' | 'refused';

/** The round stopped on purpose, before changing anything here; `device` names the culprit. */
export class SyncStoppedError extends Error {
  override readonly name = 'SyncStoppedError';
  constructor(
    readonly reason: StopReason,
    readonly device?: string,
  ) {
    super(`sync stopped: ${reason}${device ? ` (${device})` : ''}`);
  }
}

export const SNAPSHOT_EVERY = 12;

interface Downloaded {
  readonly device: string;
  readonly body: SyncFileBody;
}

export async function syncRound(deps: RoundDeps): Promise<RoundResult> {
  const { remote, changes } = deps;
  let progress = await deps.loadProgress();
  const me = await changes.localDeviceId();
  const root = readRoot(await remote.list(''));
  // No keyring: the folder was emptied or replaced, or this is the wrong address. Nothing here
  // is touched, and nothing is written there on a guess.
  if (!root.keyring) throw new SyncStoppedError('remote-empty');

  // This device's first push carries its whole state from before any merge, read before the
  // pending changes are (so what markSent marks was surely sent).
  const first = progress.seq === 0;
  const pending = await changes.pendingChanges();
  const ownState = first ? await changes.fullState() : [];
  const mine = root.devices.get(me);
  const oldFolder = root.oldFolders.has(me);
  // Files from an earlier time this device synced here, or from the layout before: continue
  // after the last of them, never over them (another device may have read it already).
  if (first && mine) progress = { ...progress, seq: lastNumber(mine) };
  if (!mine && oldFolder) {
    const old = readOldFolder(await remote.list(`${me}/`));
    progress = { ...progress, seq: Math.max(progress.seq, lastNumber(old)) };
  }

  const others = [...new Set([...root.devices.keys(), ...root.oldFolders])]
    .filter((d) => d !== me)
    .sort();
  const downloads = await pullAll(deps, others, progress, root);
  let applied = 0;
  let conflicts = 0;
  let skewMs: number | null = null;
  const stores = new Set<string>();
  const cursors = { ...progress.cursors };
  const names = { ...progress.names };
  const merging = downloads.some((d) => d.body.changes.length > 0);
  if (merging && !progress.merged) await deps.beforeFirstMerge();
  for (const { device, body } of downloads) {
    if (body.changes.length > 0) {
      const out = await changes.applyRemoteChanges([...body.changes]);
      applied += out.applied;
      conflicts += out.conflicts;
      for (const store of out.stores ?? []) stores.add(store);
      if (out.skewMs) skewMs = Math.max(skewMs ?? 0, out.skewMs);
    }
    cursors[device] = body.seq;
    names[device] = body.name;
  }
  progress = { ...progress, cursors, names, merged: progress.merged || merging };
  await deps.saveProgress(progress);

  // None of our files in the folder although we wrote some (deleted on the server, or written
  // in the layout before), or a hole in them (a file the server lost): a full snapshot puts
  // everything there at once, and devices behind read it instead (layout.ts planPull), rather
  // than stay stopped until our next compaction.
  const ownFilesLost =
    (!mine && (progress.seq > 0 || oldFolder)) ||
    (mine !== undefined && !first && !readableUpTo(mine, progress.seq));
  const outgoing = first ? unique([...ownState, ...pending.changes]) : pending.changes;
  let sent = 0;
  if (first || outgoing.length > 0 || ownFilesLost) {
    const body = ownFilesLost ? await changes.fullState() : outgoing;
    let noted = progress;
    const attempt = async (n: number) => {
      if ((noted.attempted ?? 0) >= n) return;
      noted = { ...noted, attempted: n };
      await deps.saveProgress(noted);
    };
    const seq = await createNext(deps, me, progress.seq + 1, body, ownFilesLost, {
      mayExistUpTo: progress.attempted ?? 0,
      attempt,
    });
    progress = noted;
    await changes.markSent(pending.upTo);
    sent = outgoing.length;
    progress = { ...progress, seq, sinceSnapshot: ownFilesLost ? 0 : progress.sinceSnapshot + 1 };
    await deps.saveProgress(progress);
  }
  if (progress.sinceSnapshot >= (deps.snapshotEvery ?? SNAPSHOT_EVERY)) {
    await compact(deps, me, progress.seq);
    await deps.saveProgress({ ...progress, sinceSnapshot: 0 });
  }
  return { applied, conflicts, sent, stores: [...stores], skewMs };
}

/** Every change once (a record's state and its pending change may both be there). */
function unique(list: Change[]): Change[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.store}\u0000${c.id}\u0000${c.device}\u0000${c.hlc}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Downloads and decrypts everything to apply, or throws before anything is applied. */
async function pullAll(
  deps: RoundDeps,
  others: readonly string[],
  progress: SyncProgress,
  root: RootListing,
): Promise<Downloaded[]> {
  const downloads: Downloaded[] = [];
  for (const device of others) {
    const cursor = progress.cursors[device] ?? 0;
    // A device with files in the sync folder is read there; one that has none yet (a version
    // from before) in its old folder, which then costs one listing more.
    const flat = root.devices.get(device);
    const pathOf = flat ? flatPath(device) : folderPath(device);
    const list = async (again: boolean): Promise<DeviceFiles> => {
      if (!flat) return readOldFolder(await deps.remote.list(`${device}/`));
      if (!again) return flat;
      return readRoot(await deps.remote.list('')).devices.get(device) ?? NO_FILES;
    };
    // A file listed and gone by the time we read it: the device compacted meanwhile. List its
    // files again once; a second miss is a real hole.
    let bodies = await pullDevice(deps, device, cursor, await list(false), pathOf);
    bodies ??= await pullDevice(deps, device, cursor, await list(true), pathOf);
    if (!bodies) throw new SyncStoppedError('missing', progress.names[device] ?? device);
    for (const body of bodies) downloads.push({ device, body });
  }
  return downloads;
}

async function pullDevice(
  deps: RoundDeps,
  device: string,
  cursor: number,
  files: DeviceFiles,
  pathOf: PathOf,
): Promise<SyncFileBody[] | null> {
  const plan = planPull(files, cursor);
  if (!plan) return null;
  const wanted = [
    ...(plan.snapshot === null ? [] : [{ seq: plan.snapshot, snapshot: true }]),
    ...plan.segments.map((seq) => ({ seq, snapshot: false })),
  ];
  const bodies: SyncFileBody[] = [];
  for (const { seq, snapshot } of wanted) {
    const path = pathOf(seq, snapshot);
    const file = await deps.remote.get(path);
    if (!file) return null;
    const body = await openBody(deps.crypto, deps.key, path, file.bytes, { device, seq, snapshot });
    if (!body) throw new SyncStoppedError('unreadable', device);
    bodies.push(body);
  }
  return bodies;
}
