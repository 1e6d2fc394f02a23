import { StorageFullError } from '../data/errors';
import { fmt } from '../i18n/fmt';
import { messages } from '../i18n/index';
import { showToast } from './toast';

/** Refusals the user can act on; matched by name too, across module copies. */
const KNOWN = new Set([
  'StorageFullError',
  'DataChangedElsewhereError',
  'RecordConflictError',
  'VersionError',
]);

function nameOf(error: unknown): unknown {
  return (error as { name?: unknown } | null)?.name;
}

/** A full disk, in any of the shapes browsers report it. */
export function isStorageFull(error: unknown): boolean {
  return error instanceof StorageFullError || nameOf(error) === 'StorageFullError';
}

/**
 * The one sentence a user sees for a failed write: "storage is full" for any shape of quota
 * failure, "changed in another tab" for a stale write, else the reason (never an empty one).
 */
export function userMessageFor(error: unknown): string {
  const m = messages().common;
  const name = nameOf(error);
  if (isStorageFull(error)) return m.storageFull;
  // VersionError: a newer version of the app upgraded the database under this tab.
  if (name === 'DataChangedElsewhereError' || name === 'VersionError') return m.changedElsewhere;
  if (name === 'RecordConflictError') {
    const conflict = (error as { conflict?: unknown }).conflict;
    return conflict === 'missing' || conflict === 'goal-missing' || conflict === 'changed'
      ? m.conflict[conflict]
      : m.changedElsewhere;
  }
  const reason =
    error instanceof Error
      ? error.message || (error.name === 'Error' ? '' : error.name)
      : String(error ?? '');
  return fmt(m.saveFailed, { reason: reason.trim() || m.unknownReason });
}

let watching = false;

/**
 * A write that nobody caught (e.g. a form that awaits its action without try/catch) must not
 * fail silently when the disk is full or another tab changed the data: such unhandled
 * rejections become the same toast.
 */
export function watchUnhandledStorageErrors(): void {
  if (watching || typeof addEventListener !== 'function') return;
  watching = true;
  addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    if (!KNOWN.has(nameOf(reason) as string)) return;
    event.preventDefault();
    showToast({ message: userMessageFor(reason), tone: 'error' });
  });
}
