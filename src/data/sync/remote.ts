// The remote side of sync, as small as the engine needs: a folder of opaque files that a device
// lists, reads, creates (never over another file), replaces (only if unchanged) and deletes.
// WebDAV implements it (webdav.ts); a remoteStorage backend can implement the same later.
// Paths are relative to the store's base address, with '/' between folders: 'abc/1.bin'.

/** A listed name: nothing else is asked of the server (each property costs bytes per file). */
export interface RemoteFile {
  readonly path: string;
  /** A folder (its path ends in '/' too); files have no flag. */
  readonly dir?: true;
}

export interface RemoteStore {
  /** The folder's files and subfolders; [] when the folder is missing. */
  list(dir: string): Promise<RemoteFile[]>;
  /** The file's bytes and ETag; null when there is no such file (404). */
  get(path: string): Promise<{ bytes: Uint8Array; etag?: string } | null>;
  /**
   * Creates a file that must not exist yet (If-None-Match: *), then reads it back to verify.
   * 'exists' when another file is there; 'created' also when the file there holds exactly these
   * bytes (an earlier attempt of this same write landed before its answer was lost).
   */
  create(path: string, bytes: Uint8Array): Promise<'created' | 'exists'>;
  /**
   * Replaces a file only if unchanged since `etag` (If-Match), verified by reading back.
   * 'changed' means read it again: some servers (Apache) answer 412 to a weak ETag too.
   */
  replace(path: string, bytes: Uint8Array, etag: string): Promise<'replaced' | 'changed'>;
  /** Deletes a file; a file already gone is not an error. */
  remove(path: string): Promise<void>;
  /** Creates the folder and any missing parents; an existing folder is fine. */
  ensureDir(path: string): Promise<void>;
}

/**
 * What went wrong, in terms a person can act on:
 * - address: nothing (or no WebDAV) at the server address
 * - auth: user or app password refused (401/403)
 * - cors: the server answers, but not to this web page (no CORS headers)
 * - quota: the storage is full (507) or refused a file this size (413)
 * - preconditions: the server overwrote a file it was told not to (ignores If-None-Match)
 * - server: the server failed (5xx) or answered something unexpected
 * - network: no answer (offline, refused, timed out)
 * - verify: a file read back differs from what was written
 */
export type RemoteErrorKind =
  | 'address'
  | 'auth'
  | 'cors'
  | 'quota'
  | 'preconditions'
  | 'server'
  | 'network'
  | 'verify';

export class RemoteError extends Error {
  override readonly name = 'RemoteError';
  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    /** The HTTP status when there was one. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isRemoteError(error: unknown, kind?: RemoteErrorKind): error is RemoteError {
  return error instanceof RemoteError && (kind === undefined || error.kind === kind);
}
