import { openBody, type SyncFileBody } from './files';
import { type FolderTags, folderUnchanged, judgeTags } from './folder-tags';
import {
  type DeviceFolder,
  filePath,
  planPull,
  readDeviceFolder,
  readRoot,
  segmentName,
  snapshotName,
} from './layout';
import type { Change, ChangeLog, RemoteStore, SyncCrypto } from './ports';
import { compact, createNext } from './push';

// One sync round: list the folder, read the other devices' files newer than what this device
// applied, decrypt them all, apply them, then push this device's pending changes as ONE new
// segment. Nothing remote is ever overwritten, and nothing but this device's own older files
// is ever deleted (after a verified snapshot). Anything missing, unreadable or refused stops
// the round before it changes anything here.

/** What this device keeps about its sync (in `meta`, see sync/local.ts). */
export interface SyncProgress extends FolderTags {
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
  if (first && root.devices.has(me)) {
    // Files from an earlier time this device synced here: continue after them, never over them.
    const mine = readDeviceFolder(await remote.list(`${me}/`));
    progress = { ...progress, seq: lastNumber(mine) };
  }

  // Our own folder changed with our last write: did its tag (see folder-tags.ts)?
  const ownTag = root.tags.get(me);
  progress = {
    ...progress,
    tagsFollowFiles: judgeTags(progress.tagsFollowFiles, progress.ownTagBeforeWrite, ownTag),
  };
  const others = [...root.devices].filter((d) => d !== me).sort();
  const pulled = await pullAll(deps, others, progress, root.tags);
  const downloads = pulled.downloads;
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
  progress = {
    ...progress,
    cursors,
    names,
    merged: progress.merged || merging,
    tagsFollowFiles: pulled.tagsFollowFiles,
    folderTags: pulled.folderTags,
    readAllAt: pulled.readAllAt,
    ownTagBeforeWrite: undefined,
  };
  await deps.saveProgress(progress);

  const ownFolderGone = progress.seq > 0 && !root.devices.has(me);
  const outgoing = first ? unique([...ownState, ...pending.changes]) : pending.changes;
  if (first || ownFolderGone) await remote.ensureDir(me);
  let sent = 0;
  if (first || outgoing.length > 0 || ownFolderGone) {
    // Our files vanished from the server: a full snapshot puts everything back at once.
    const body = ownFolderGone ? await changes.fullState() : outgoing;
    let noted = progress;
    const attempt = async (n: number) => {
      if ((noted.attempted ?? 0) >= n) return;
      noted = { ...noted, attempted: n };
      await deps.saveProgress(noted);
    };
    const seq = await createNext(deps, me, progress.seq + 1, body, ownFolderGone, {
      mayExistUpTo: progress.attempted ?? 0,
      attempt,
    });
    progress = noted;
    await changes.markSent(pending.upTo);
    sent = outgoing.length;
    progress = {
      ...progress,
      seq,
      sinceSnapshot: ownFolderGone ? 0 : progress.sinceSnapshot + 1,
      ...(ownTag === undefined ? {} : { ownTagBeforeWrite: ownTag }),
    };
    await deps.saveProgress(progress);
  }
  if (progress.sinceSnapshot >= (deps.snapshotEvery ?? SNAPSHOT_EVERY)) {
    await compact(deps, me, progress.seq);
    await deps.saveProgress({ ...progress, sinceSnapshot: 0 });
  }
  return { applied, conflicts, sent, stores: [...stores], skewMs };
}

const lastNumber = (f: DeviceFolder) =>
  Math.max(0, f.segments[f.segments.length - 1] ?? 0, f.snapshots[f.snapshots.length - 1] ?? 0);

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

/**
 * Downloads and decrypts everything to apply, or throws before anything is applied. A folder
 * whose tag says it has not changed since it was last read in full is not read (folder-tags.ts);
 * what the folders read say about the server's tags comes back with their tags now.
 */
async function pullAll(
  deps: RoundDeps,
  others: readonly string[],
  progress: SyncProgress,
  tags: ReadonlyMap<string, string>,
): Promise<FolderTags & { downloads: Downloaded[] }> {
  const downloads: Downloaded[] = [];
  let trust = progress.tagsFollowFiles;
  const folderTags: Record<string, string> = {};
  const now = Date.now();
  let skipped = false;
  for (const device of others) {
    const tag = tags.get(device);
    if (tag !== undefined) folderTags[device] = tag;
    if (folderUnchanged(progress, device, tag, now)) {
      skipped = true;
      continue;
    }
    const cursor = progress.cursors[device] ?? 0;
    // A file listed and gone by the time we read it: the device compacted meanwhile. Read its
    // folder again once; a second miss is a real hole.
    let bodies = await pullDevice(deps, device, cursor);
    bodies ??= await pullDevice(deps, device, cursor);
    if (!bodies) throw new SyncStoppedError('missing', progress.names[device] ?? device);
    // Files newer than what was applied here: the folder changed since its kept tag.
    if (bodies.length > 0) trust = judgeTags(trust, progress.folderTags?.[device], tag);
    for (const body of bodies) downloads.push({ device, body });
  }
  const readAllAt = skipped ? progress.readAllAt : now;
  return { downloads, folderTags, tagsFollowFiles: trust, ...(readAllAt ? { readAllAt } : {}) };
}

async function pullDevice(
  deps: RoundDeps,
  device: string,
  cursor: number,
): Promise<SyncFileBody[] | null> {
  const plan = planPull(readDeviceFolder(await deps.remote.list(`${device}/`)), cursor);
  if (!plan) return null;
  const wanted = [
    ...(plan.snapshot === null ? [] : [{ seq: plan.snapshot, snapshot: true }]),
    ...plan.segments.map((seq) => ({ seq, snapshot: false })),
  ];
  const bodies: SyncFileBody[] = [];
  for (const { seq, snapshot } of wanted) {
    const path = filePath(device, snapshot ? snapshotName(seq) : segmentName(seq));
    const file = await deps.remote.get(path);
    if (!file) return null;
    const body = await openBody(deps.crypto, deps.key, path, file.bytes, { device, seq, snapshot });
    if (!body) throw new SyncStoppedError('unreadable', device);
    bodies.push(body);
  }
  return bodies;
}
