// What one sync round needs from the rest of the app, as the interfaces agreed in TEAM.md:
// the remote storage and the crypto (sync-core), the local change log (sync-model). The engine
// depends only on these shapes, so its tests run with small in-memory fakes.

export interface RemoteFile {
  readonly path: string;
  readonly size: number;
  readonly etag?: string;
}

export interface RemoteStore {
  /** [] when the folder is missing. */
  list(dir: string): Promise<RemoteFile[]>;
  /** null: 404. */
  get(path: string): Promise<{ bytes: Uint8Array; etag?: string } | null>;
  /** Creates a file that must not exist yet (If-None-Match: *), then reads it back to verify. */
  create(path: string, bytes: Uint8Array): Promise<'created' | 'exists'>;
  /** Replaces a file only if unchanged since `etag` (If-Match), verified by reading back. */
  replace(path: string, bytes: Uint8Array, etag: string): Promise<'replaced' | 'changed'>;
  remove(path: string): Promise<void>;
  ensureDir(path: string): Promise<void>;
}

export interface SyncCrypto {
  createKeyring(
    passphrase: string,
  ): Promise<{ keyring: Uint8Array; key: CryptoKey; recoveryKey: string }>;
  /** Rejects (WrongPassphraseError) when neither the passphrase nor the recovery key fits. */
  openKeyring(keyring: Uint8Array, passphraseOrRecoveryKey: string): Promise<CryptoKey>;
  rewrapKeyring(keyring: Uint8Array, key: CryptoKey, newPassphrase: string): Promise<Uint8Array>;
  /** gzip + AES-GCM with `fileId` as additional data. */
  sealFile(key: CryptoKey, fileId: string, value: unknown): Promise<Uint8Array>;
  /** Throws on a swapped, renamed or altered file. */
  openFile(key: CryptoKey, fileId: string, bytes: Uint8Array): Promise<unknown>;
}

export interface Change {
  readonly store: string;
  readonly id: string;
  readonly device: string;
  readonly hlc: string;
  readonly fields?: Record<string, unknown>;
  readonly deleted?: true;
}

export interface ChangeLog {
  pendingChanges(): Promise<{ changes: Change[]; upTo: number }>;
  markSent(upTo: number): Promise<void>;
  /** Idempotent: a change applied twice is harmless. */
  applyRemoteChanges(changes: Change[]): Promise<{ applied: number; conflicts: number }>;
  /** Every record with its clocks, for a snapshot. */
  fullState(): Promise<Change[]>;
  localDeviceId(): Promise<string>;
}
