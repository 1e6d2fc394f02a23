// Listing only what changed. In the listing of the sync folder, each device folder comes with
// its ETag, which changes whenever a file in it is added or removed on the servers we know
// (Apache mod_dav_fs derives it from the folder's mtime in microseconds; Nextcloud propagates
// it). WebDAV does not promise that, so a round skips reading a device's folder only when this
// server has shown that its folder tags follow their files (a folder whose files had changed
// came with a new tag), has never shown otherwise, and the tag is the one seen when that folder
// was last read in full. A skip can only delay another device's changes to a later round: it
// never drops, overwrites or deletes anything; and every folder is read in full at least every
// half hour, so a server whose tags are coarser than its writes delays them by that at most.

/** What a device keeps about the server's folder tags (part of its SyncProgress). */
export interface FolderTags {
  /** true once a folder's tag changed with its files; false for good once one did not. */
  readonly tagsFollowFiles?: boolean;
  /** Per other device, its folder's tag when that folder was last read in full here. */
  readonly folderTags?: Readonly<Record<string, string>>;
  /** This device's own folder tag just before its last write (next round: did it change?). */
  readonly ownTagBeforeWrite?: string;
  /** When (ms, this device's clock) a round last read every folder in full. */
  readonly readAllAt?: number;
}

export const READ_ALL_EVERY_MS = 30 * 60_000;

/** Apache marks a tag weak for a second after a change: the same folder state either way. */
const plain = (tag: string) => tag.replace(/^W\//, '');

export const sameTag = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && plain(a) === plain(b);

/** Whether `device`'s folder is as it was when last read in full, as far as this server says. */
export function folderUnchanged(
  kept: FolderTags,
  device: string,
  tag: string | undefined,
  now: number,
): boolean {
  const recent = now - (kept.readAllAt ?? 0) < READ_ALL_EVERY_MS;
  return recent && kept.tagsFollowFiles === true && sameTag(kept.folderTags?.[device], tag);
}

/**
 * What a folder whose files changed since its tag `before` was seen says about the server:
 * a new tag, it follows the files (unless it was caught not doing so once); the same tag, it
 * does not, and no folder is ever skipped here again. Nothing to compare: no news.
 */
export function judgeTags(
  trust: boolean | undefined,
  before: string | undefined,
  now: string | undefined,
): boolean | undefined {
  if (trust === false || before === undefined || now === undefined) return trust;
  return !sameTag(before, now);
}
