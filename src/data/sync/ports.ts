// What one sync round needs from the rest of the app, as the interfaces agreed in TEAM.md:
// the remote storage and the crypto (sync-core), the local change log (sync-model). The engine
// depends only on these shapes, so its tests run with small in-memory fakes.

// The remote side is sync-core's own interface (remote.ts).
export type { RemoteFile, RemoteStore } from './remote';

export interface SyncCrypto {
  createKeyring(
    passphrase: string,
  ): Promise<{ keyring: Uint8Array; key: CryptoKey; recoveryKey: string }>;
  /** Rejects (WrongPassphraseError) when neither the passphrase nor the recovery key fits. */
  openKeyring(keyring: Uint8Array, passphraseOrRecoveryKey: string): Promise<CryptoKey>;
  /** `current`: the current passphrase or the recovery key. */
  rewrapKeyring(keyring: Uint8Array, current: string, newPassphrase: string): Promise<Uint8Array>;
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
  applyRemoteChanges(changes: Change[]): Promise<{
    applied: number;
    conflicts: number;
    /** Stores whose records changed (what the screens read again). */
    stores?: readonly string[];
    /** How far another device's clock is ahead, when over 5 minutes. */
    skewMs?: number | null;
  }>;
  /** Every record with its clocks, for a snapshot. */
  fullState(): Promise<Change[]>;
  localDeviceId(): Promise<string>;
}
