import { render } from 'preact';
import { syncMessages } from '../../i18n/sync';
import { startSync, syncConflicts, syncStatus } from '../../state/sync';

/** Where sync is on: a small status in the top bar, leading to Settings → Sync. */
export function SyncShellStatus() {
  const m = syncMessages();
  const status = syncStatus.value;
  if (!m || status.kind === 'off') return null;
  const kind = syncConflicts.value > 0 && status.kind === 'synced' ? 'conflicts' : status.kind;
  // Quiet when all is well (a cloud, its word for screen readers); said in words otherwise.
  const quiet = kind === 'synced' || kind === 'syncing';
  const alarm = kind === 'error' || kind === 'conflicts';
  // Inline styles (set through the DOM, which the CSP allows): no stylesheet for one icon.
  return (
    <a
      class="link-action"
      href="/settings/sync"
      data-kind={kind}
      data-testid="sync-pill"
      title={m.shell[kind]}
      style={{
        gap: '0.375rem',
        padding: '0 0.5rem',
        color: alarm ? 'var(--danger)' : quiet ? 'var(--primary)' : 'var(--muted)',
        fontSize: '0.8125rem',
        textDecoration: 'none',
        minWidth: '2.75rem',
        justifyContent: 'center',
      }}
    >
      <svg
        width="24"
        height="24"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d={CLOUD} />
        <path d={MARK[kind]} />
      </svg>
      <span class={quiet ? 'visually-hidden' : undefined} style={{ color: 'var(--text)' }}>
        {m.shell[kind]}
      </span>
    </a>
  );
}

// A cloud (the storage) with what is happening inside it: a tick, three dots (at work), a dash
// (waiting for the network), an exclamation mark (a stop, conflicts to see).
const CLOUD = 'M7 19a5 5 0 0 1-.9-9.9A6 6 0 0 1 17.7 8 4.5 4.5 0 0 1 17.5 19z';
const MARK = {
  synced: 'M9.5 13.5l2 2 3.5-4',
  syncing: 'M8.5 14h.01M12 14h.01M15.5 14h.01',
  offline: 'M9.5 14h5',
  error: 'M12 11v2.5M12 16h.01',
  conflicts: 'M12 11v2.5M12 16h.01',
} as const;

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
