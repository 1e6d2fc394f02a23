import { StorageFullError } from '../data/errors';
import { fmt } from '../i18n/fmt';
import { messages } from '../i18n/index';
import { showToast } from './toast';

/**
 * The one sentence a user sees for a failed write: "storage is full" for any shape of quota
 * failure (StorageFullError, also recognised by name across module copies), else the reason.
 */
export function userMessageFor(error: unknown): string {
  const m = messages().common;
  if (
    error instanceof StorageFullError ||
    (error as { name?: unknown })?.name === 'StorageFullError'
  ) {
    return m.storageFull;
  }
  return fmt(m.saveFailed, { reason: error instanceof Error ? error.message : String(error) });
}

let watching = false;

/**
 * A write that nobody caught (e.g. a form that awaits its action without try/catch) must not
 * fail silently when the disk is full: unhandled StorageFullErrors become the same toast.
 */
export function watchUnhandledStorageErrors(): void {
  if (watching || typeof addEventListener !== 'function') return;
  watching = true;
  addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    if ((reason as { name?: unknown })?.name !== 'StorageFullError') return;
    event.preventDefault();
    showToast({ message: userMessageFor(reason), tone: 'error' });
  });
}
