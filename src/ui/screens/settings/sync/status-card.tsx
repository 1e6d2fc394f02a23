import { fmt, plural } from '../../../../i18n/format';
import type { SyncMessages } from '../../../../i18n/sync';
import {
  clockSkewMs,
  lastReceived,
  lastSyncedAt,
  syncConflicts,
  syncNow,
  syncSetup,
  syncStatus,
} from '../../../../state/sync';
import { problemText, syncTime } from './words';

/** Where sync stands, always at the top of the page, with "Sync now" when it is on. */
export function SyncStatusCard({ m }: { m: SyncMessages }) {
  const status = syncStatus.value;
  const at = lastSyncedAt.value;
  const on = syncSetup.value?.enabled === true;
  const line =
    status.kind === 'off'
      ? m.status.off
      : status.kind === 'syncing'
        ? m.status.syncing
        : status.kind === 'offline'
          ? m.status.offline
          : status.kind === 'error'
            ? fmt(m.status.error, { message: problemText(m, status.problem) })
            : at
              ? fmt(m.status.synced, { time: syncTime(at) })
              : m.status.never;
  const showLast = at && status.kind !== 'synced' && status.kind !== 'off';
  return (
    <section class="card sync-status" aria-labelledby="sync-status-h" data-testid="sync-status">
      <h2 id="sync-status-h">{m.status.heading}</h2>
      <p
        role="status"
        class={status.kind === 'error' ? 'note note--warn' : undefined}
        data-kind={status.kind}
        data-synced-at={at ?? ''}
      >
        {line}
      </p>
      {showLast && <p class="muted">{fmt(m.status.lastSynced, { time: syncTime(at) })}</p>}
      {status.kind === 'synced' && lastReceived.value > 0 && (
        <p class="muted">{plural(m.status.received, lastReceived.value)}</p>
      )}
      {clockSkewMs.value !== null && (
        <p class="note">{fmt(m.status.skew, { n: Math.round(clockSkewMs.value / 60_000) })}</p>
      )}
      {syncConflicts.value > 0 && (
        <p>
          <a class="link-action" href="#sync-conflicts-h">
            {plural(m.status.conflicts, syncConflicts.value)}
          </a>
        </p>
      )}
      {on && (
        <button
          type="button"
          class="btn"
          disabled={status.kind === 'syncing'}
          onClick={() => void syncNow()}
        >
          {m.syncNow}
        </button>
      )}
    </section>
  );
}
