import type { RemoteFile } from './ports';

// The files on the server, all directly in the sync folder the person chose, so that one
// listing shows every device's files:
//   keyring               the data key, wrapped by the passphrase (and by the recovery key)
//   <device>.00000042     change segment 42 of that device (append-only, encrypted)
//   <device>.s00000042    a snapshot of that device's whole state once it had written segment 42
//   <device>/             the layout of versions before 1 Dec 2026 (a folder per device, the
//                         same names inside): read while that device has no files of the new
//                         kind, never written, never deleted
// A device writes only its own files and reads the others'. Names carry a random device id and
// counters, never content: what a segment holds (records, device name) is inside the encryption.

export const KEYRING = 'keyring';
const SEQ_DIGITS = 8;
/** Device ids are random; anything else in the folder (a user's own file) is not ours. */
const DEVICE_ID = '[A-Za-z0-9_-]{8,64}';
const OWN_FILE = new RegExp(`^(${DEVICE_ID})\\.(s?)(\\d{1,12})$`);
const OLD_FOLDER = new RegExp(`^${DEVICE_ID}$`);
const OLD_FILE = /^(s?)(\d{1,12})$/;

const number = (seq: number) => String(seq).padStart(SEQ_DIGITS, '0');

/** Where a device's segment or snapshot `seq` is, in one of the two layouts. */
export type PathOf = (seq: number, snapshot: boolean) => string;

/** The layout written now: `<device>.<seq>`, `<device>.s<seq>`. */
export const flatPath =
  (device: string): PathOf =>
  (seq, snapshot) =>
    `${device}.${snapshot ? 's' : ''}${number(seq)}`;

/** The layout before: `<device>/<seq>`, `<device>/s<seq>` (read only). */
export const folderPath =
  (device: string): PathOf =>
  (seq, snapshot) =>
    `${device}/${snapshot ? 's' : ''}${number(seq)}`;

/** The last part of a listed path ("a/b/" -> "b"). */
export function baseName(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return decodeURIComponent(parts[parts.length - 1] ?? '');
}

export interface DeviceFiles {
  /** Segment numbers, ascending. */
  readonly segments: readonly number[];
  /** Snapshot numbers, ascending. */
  readonly snapshots: readonly number[];
}

export const NO_FILES: DeviceFiles = { segments: [], snapshots: [] };

export interface RootListing {
  readonly keyring: RemoteFile | null;
  /** Each device's files in the sync folder (the layout written now). */
  readonly devices: ReadonlyMap<string, DeviceFiles>;
  /** Device folders of the layout before. */
  readonly oldFolders: ReadonlySet<string>;
}

const isDir = (file: RemoteFile) => file.dir === true || file.path.endsWith('/');
const up = (a: number, b: number) => a - b;

function collect(found: Map<string, { segments: number[]; snapshots: number[] }>) {
  const out = new Map<string, DeviceFiles>();
  for (const [device, f] of found) {
    out.set(device, { segments: f.segments.sort(up), snapshots: f.snapshots.sort(up) });
  }
  return out;
}

/** What the sync folder holds: the keyring, every device's files, and any old device folders. */
export function readRoot(files: readonly RemoteFile[]): RootListing {
  let keyring: RemoteFile | null = null;
  const found = new Map<string, { segments: number[]; snapshots: number[] }>();
  const oldFolders = new Set<string>();
  for (const file of files) {
    const name = baseName(file.path);
    if (isDir(file)) {
      if (OLD_FOLDER.test(name)) oldFolders.add(name);
      continue;
    }
    if (name === KEYRING) keyring = file;
    const match = OWN_FILE.exec(name);
    if (!match) continue;
    const [, device = '', snapshot, seq] = match;
    const entry = found.get(device) ?? { segments: [], snapshots: [] };
    found.set(device, entry);
    (snapshot ? entry.snapshots : entry.segments).push(Number(seq));
  }
  return { keyring, devices: collect(found), oldFolders };
}

/** Whether the folder holds files of any device, in either layout. */
export const hasDeviceFiles = (root: RootListing) =>
  root.devices.size > 0 || root.oldFolders.size > 0;

/** The files in an old device folder (the layout before). */
export function readOldFolder(files: readonly RemoteFile[]): DeviceFiles {
  const segments: number[] = [];
  const snapshots: number[] = [];
  for (const file of files) {
    if (isDir(file)) continue;
    const match = OLD_FILE.exec(baseName(file.path));
    if (!match) continue;
    (match[1] ? snapshots : segments).push(Number(match[2]));
  }
  return { segments: segments.sort(up), snapshots: snapshots.sort(up) };
}

/** The highest number among a device's files (0: none). */
export const lastNumber = (f: DeviceFiles) =>
  Math.max(0, f.segments[f.segments.length - 1] ?? 0, f.snapshots[f.snapshots.length - 1] ?? 0);

/** What to read from a device, after `cursor` (the last of its segments applied here). */
export interface PullPlan {
  readonly snapshot: number | null;
  readonly segments: readonly number[];
}

const contiguousFrom = (list: readonly number[], first: number) =>
  list.every((seq, i) => seq === first + i);

/**
 * The segments after the cursor when none is missing; else the newest snapshot past the cursor
 * and the segments after it. null: something is missing (half-written or damaged files), and
 * nothing from this device may be applied.
 */
export function planPull(files: DeviceFiles, cursor: number): PullPlan | null {
  const newer = files.segments.filter((s) => s > cursor);
  const snapshot = files.snapshots[files.snapshots.length - 1];
  const reached = newer[newer.length - 1] ?? cursor;
  // Segments alone do when none is missing and they reach as far as the newest snapshot.
  if (contiguousFrom(newer, cursor + 1) && (snapshot === undefined || reached >= snapshot)) {
    return { snapshot: null, segments: newer };
  }
  if (snapshot === undefined || snapshot <= cursor) return null;
  const after = files.segments.filter((s) => s > snapshot);
  return contiguousFrom(after, snapshot + 1) ? { snapshot, segments: after } : null;
}

/**
 * Whether a device starting from nothing could read `files` up to `seq` (the newest snapshot
 * and every segment after it, or every segment from 1). A hole (a file the server lost) would
 * stop every device behind it: its writer then puts a snapshot after it (engine.ts).
 */
export function readableUpTo(files: DeviceFiles, seq: number): boolean {
  const plan = planPull(files, 0);
  if (!plan) return false;
  const last = plan.segments[plan.segments.length - 1] ?? plan.snapshot ?? 0;
  return last >= seq;
}
