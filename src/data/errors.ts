// Storage errors the user can act on. Browsers report a full disk (or an origin over its quota)
// in several shapes: a QuotaExceededError thrown by put(), the same error on the request or the
// transaction, or an AbortError whose cause is the quota. Writers wrap their work in
// withStorageErrors() so the UI sees one error with one message key, whatever the shape.

/** The message key the UI translates ("Your device storage is full..."). */
export const STORAGE_FULL_KEY = 'storage.full';

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  readonly messageKey = STORAGE_FULL_KEY;
  constructor(cause?: unknown) {
    super('The device storage is full: nothing was saved. Free some space and try again.', {
      cause,
    });
  }
}

function named(x: unknown): { name?: unknown; code?: unknown } | null {
  return typeof x === 'object' && x !== null ? (x as { name?: unknown; code?: unknown }) : null;
}

/**
 * True when the error, or what it wraps (cause, a request's or transaction's error, an event's
 * target), says the quota was exceeded. Code 22 is the legacy DOMException code for it.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  const e = named(error);
  if (!e || depth > 4) return false;
  if (e instanceof StorageFullError) return true;
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.code === 22 && typeof DOMException !== 'undefined' && e instanceof DOMException) {
    return true;
  }
  const inner = error as { cause?: unknown; error?: unknown; target?: { error?: unknown } | null };
  return (
    isQuotaError(inner.cause, depth + 1) ||
    isQuotaError(inner.error, depth + 1) ||
    isQuotaError(inner.target?.error, depth + 1)
  );
}

/** Runs a write and turns any shape of quota failure into a StorageFullError; rethrows the rest. */
export async function withStorageErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StorageFullError) throw error;
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/** Another tab restored a backup after this tab read its data: nothing was written. */
export class DataChangedElsewhereError extends Error {
  override readonly name = 'DataChangedElsewhereError';
  constructor() {
    super('The data changed in another tab: reload to see it. Nothing was saved.');
  }
}

/** The record being edited was deleted, or changed by another tab, since it was read. */
export class RecordConflictError extends Error {
  override readonly name = 'RecordConflictError';
  constructor(readonly conflict: 'missing' | 'changed' | 'goal-missing') {
    super(`The record is ${conflict} since it was read: nothing was saved.`);
  }
}
