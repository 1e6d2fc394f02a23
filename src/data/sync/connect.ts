import { SyncStoppedError } from './engine';
import { hasDeviceFiles, KEYRING, readRoot } from './layout';
import type { RemoteStore, SyncCrypto } from './ports';

// Turning sync on: an empty folder gets a new keyring (and the person a recovery key, shown
// once); a folder with a keyring is joined with the sync passphrase or the recovery key. A
// folder with device files but no keyring is half-written or damaged: nothing is created there.

export interface Joined {
  readonly key: CryptoKey;
  /** Only when this device created the keyring: to be shown once, printed or copied. */
  readonly recoveryKey: string | null;
}

export async function joinOrCreate(
  remote: RemoteStore,
  crypto: SyncCrypto,
  passphrase: string,
): Promise<Joined> {
  const existing = await remote.get(KEYRING);
  if (existing)
    return { key: await crypto.openKeyring(existing.bytes, passphrase), recoveryKey: null };
  if (hasDeviceFiles(readRoot(await remote.list('')))) throw new SyncStoppedError('remote-empty');
  const made = await crypto.createKeyring(passphrase);
  if ((await remote.create(KEYRING, made.keyring)) === 'created') {
    return { key: made.key, recoveryKey: made.recoveryKey };
  }
  // Another device created it a moment ago: join that one.
  const theirs = await remote.get(KEYRING);
  if (!theirs) throw new SyncStoppedError('refused');
  return { key: await crypto.openKeyring(theirs.bytes, passphrase), recoveryKey: null };
}

/**
 * A new passphrase re-wraps the data key only: no segment changes, other devices keep syncing
 * with the key they hold, and a device that joins later uses the new passphrase. The keyring
 * is replaced only if unchanged since read (If-Match); a 412 means read it again.
 */
export async function changePassphrase(
  remote: RemoteStore,
  crypto: SyncCrypto,
  /** The current passphrase or the recovery key. */
  current: string,
  newPassphrase: string,
): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const file = await remote.get(KEYRING);
    if (!file) throw new SyncStoppedError('remote-empty');
    const next = await crypto.rewrapKeyring(file.bytes, current, newPassphrase);
    if (!file.etag) throw new SyncStoppedError('refused');
    if ((await remote.replace(KEYRING, next, file.etag)) === 'replaced') return;
    // Apache's ETag for a file written in the last second is weak and never matches: wait it out.
    await new Promise((resolve) => setTimeout(resolve, 1100));
  }
  throw new SyncStoppedError('refused');
}
