import type { Change, SyncCrypto } from './ports';

// What a segment or snapshot holds once decrypted. It was encrypted with our key, so it was
// written by one of the person's devices, but maybe by an older or newer version: its shape is
// checked before anything of it is applied.

export interface SyncFileBody {
  readonly v: 1;
  readonly device: string;
  readonly seq: number;
  readonly snapshot: boolean;
  /** The device's name as its person typed it (shown beside conflicts). */
  readonly name: string;
  readonly changes: readonly Change[];
}

const isText = (v: unknown): v is string => typeof v === 'string';

function isChange(v: unknown): v is Change {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    isText(c.store) &&
    isText(c.id) &&
    isText(c.device) &&
    isText(c.hlc) &&
    (c.fields === undefined || (typeof c.fields === 'object' && c.fields !== null)) &&
    (c.deleted === undefined || c.deleted === true)
  );
}

/** The body, if it is the file it claims to be (device, number and kind), else null. */
export function checkBody(
  value: unknown,
  expected: { device: string; seq: number; snapshot: boolean },
): SyncFileBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const b = value as Record<string, unknown>;
  const ok =
    b.v === 1 &&
    b.device === expected.device &&
    b.seq === expected.seq &&
    b.snapshot === expected.snapshot &&
    isText(b.name) &&
    Array.isArray(b.changes) &&
    b.changes.every(isChange);
  return ok ? (value as SyncFileBody) : null;
}

/** Decrypts and checks a file; null when it cannot be read as what it should be. */
export async function openBody(
  crypto: SyncCrypto,
  key: CryptoKey,
  path: string,
  bytes: Uint8Array,
  expected: { device: string; seq: number; snapshot: boolean },
): Promise<SyncFileBody | null> {
  try {
    return checkBody(await crypto.openFile(key, path, bytes), expected);
  } catch {
    return null;
  }
}
