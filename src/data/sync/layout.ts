import type { RemoteFile } from './ports';

// The files on the server, relative to the sync folder the person chose:
//   keyring              the data key, wrapped by the passphrase (and by the recovery key)
//   <device>/            one folder per device, named by its random id
//   <device>/00000042    change segment 42 of that device (append-only, encrypted)
//   <device>/s00000042   a snapshot of that device's whole state once it had written segment 42
// A device writes only in its own folder and reads the others'. Names carry counters, never
// content: what a segment holds (records, device name) is inside the encryption.

export const KEYRING = 'keyring';
const SEQ_DIGITS = 8;
const SEGMENT = /^(s?)(\d{1,12})$/;
/** Device ids are random; anything else in the folder (a user's own file) is not ours. */
const DEVICE_ID = /^[A-Za-z0-9_-]{8,64}$/;

export const isDeviceId = (name: string) => DEVICE_ID.test(name);

export const segmentName = (seq: number) => String(seq).padStart(SEQ_DIGITS, '0');
export const snapshotName = (seq: number) => `s${segmentName(seq)}`;
export const filePath = (device: string, name: string) => `${device}/${name}`;

/** The last part of a listed path ("a/b/" -> "b"). */
export function baseName(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return decodeURIComponent(parts[parts.length - 1] ?? '');
}

export interface RootListing {
  readonly keyring: RemoteFile | null;
  readonly devices: ReadonlySet<string>;
  /** Each device folder's ETag, where the server gives one (see folder-tags.ts). */
  readonly tags: ReadonlyMap<string, string>;
}

/** What the sync folder holds: the keyring, and the device folders. */
export function readRoot(files: readonly RemoteFile[]): RootListing {
  let keyring: RemoteFile | null = null;
  const devices = new Set<string>();
  const tags = new Map<string, string>();
  for (const file of files) {
    const name = baseName(file.path);
    const dir = file.dir === true || file.path.endsWith('/');
    if (name === KEYRING && !dir) keyring = file;
    else if (dir && isDeviceId(name)) {
      devices.add(name);
      if (file.etag) tags.set(name, file.etag);
    }
  }
  return { keyring, devices, tags };
}

export interface DeviceFolder {
  /** Segment numbers, ascending. */
  readonly segments: readonly number[];
  /** Snapshot numbers, ascending. */
  readonly snapshots: readonly number[];
}

export function readDeviceFolder(files: readonly RemoteFile[]): DeviceFolder {
  const segments: number[] = [];
  const snapshots: number[] = [];
  for (const file of files) {
    if (file.dir || file.path.endsWith('/')) continue;
    const match = SEGMENT.exec(baseName(file.path));
    if (!match) continue;
    (match[1] ? snapshots : segments).push(Number(match[2]));
  }
  const up = (a: number, b: number) => a - b;
  return { segments: segments.sort(up), snapshots: snapshots.sort(up) };
}

/** What to read from a device, after `cursor` (the last of its segments applied here). */
export interface PullPlan {
  readonly snapshot: number | null;
  readonly segments: readonly number[];
}

const contiguousFrom = (list: readonly number[], first: number) =>
  list.every((seq, i) => seq === first + i);

/**
 * The segments after the cursor when none is missing; else the newest snapshot past the cursor
 * and the segments after it. null: something is missing (a half-written or damaged folder),
 * and nothing from this device may be applied.
 */
export function planPull(folder: DeviceFolder, cursor: number): PullPlan | null {
  const newer = folder.segments.filter((s) => s > cursor);
  const snapshot = folder.snapshots[folder.snapshots.length - 1];
  const reached = newer[newer.length - 1] ?? cursor;
  // Segments alone do when none is missing and they reach as far as the newest snapshot.
  if (contiguousFrom(newer, cursor + 1) && (snapshot === undefined || reached >= snapshot)) {
    return { snapshot: null, segments: newer };
  }
  if (snapshot === undefined || snapshot <= cursor) return null;
  const after = folder.segments.filter((s) => s > snapshot);
  return contiguousFrom(after, snapshot + 1) ? { snapshot, segments: after } : null;
}
