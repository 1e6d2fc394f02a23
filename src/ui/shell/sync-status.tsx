import { render } from 'preact';
import { syncMessages } from '../../i18n/sync';
import { startSync, syncConflicts, syncStatus } from '../../state/sync';

/** Where sync is on: a small status in the top bar, leading to Settings → Sync. */
export function SyncShellStatus() {
  const m = syncMessages();
  const status = syncStatus.value;
  if (!m || status.kind === 'off') return null;
  const kind = syncConflicts.value > 0 && status.kind === 'synced' ? 'conflicts' : status.kind;
  // Quiet when all is well (a dot, its word for screen readers); said in words otherwise.
  const quiet = kind === 'synced' || kind === 'syncing';
  const alarm = kind === 'error' || kind === 'conflicts';
  const dot = alarm ? 'var(--danger)' : quiet ? 'var(--primary)' : 'var(--muted)';
  // Inline styles (set through the DOM, which the CSP allows): no stylesheet for one dot.
  return (
    <a
      class="link-action"
      href="/settings/sync"
      data-kind={kind}
      data-testid="sync-pill"
      style={{
        gap: '0.375rem',
        padding: '0 0.5rem',
        color: alarm ? 'var(--text)' : 'var(--muted)',
        fontSize: '0.8125rem',
        textDecoration: 'none',
        minWidth: '2.75rem',
        justifyContent: 'center',
      }}
    >
      <span
        aria-hidden="true"
        style={{
          width: '0.625rem',
          height: '0.625rem',
          borderRadius: '50%',
          background: dot,
          flex: 'none',
        }}
      />
      <span class={quiet ? 'visually-hidden' : undefined}>{m.shell[kind]}</span>
    </a>
  );
}

/**
 * The status gets its own small root in the top bar, placed there by this lazy chunk: the
 * shell itself carries nothing of sync, so a first visit does not pay for it.
 */
function mountInTopBar(): void {
  const bar = document.querySelector('.top-bar');
  if (!bar || bar.querySelector('[data-sync-slot]')) return;
  const slot = document.createElement('div');
  slot.style.marginInlineStart = 'auto';
  slot.dataset.syncSlot = '';
  bar.insertBefore(slot, bar.lastElementChild);
  render(<SyncShellStatus />, slot);
}

/** The boot's entry where sync is on (and the Sync page's): the status, and the rounds. */
export async function showSyncStatus(): Promise<void> {
  mountInTopBar();
  await startSync();
}
