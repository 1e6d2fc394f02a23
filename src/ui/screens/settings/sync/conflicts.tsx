import { useEffect, useState } from 'preact/hooks';
import { fmt } from '../../../../i18n/fmt';
import type { SyncMessages } from '../../../../i18n/sync';
import {
  type ConflictChoice,
  loadSyncConflicts,
  settleSyncConflict,
  syncConflicts,
} from '../../../../state/sync';
import { BEFORE_SYNC, type ConflictItem, conflictList } from '../../../../state/sync-conflicts';
import { conflictValueText } from './conflict-value';
import { actionErrorText, syncTime } from './words';

// Side by side where there is room, one under the other on a phone at 200% text.
const SIDES = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
  gap: '0.75rem',
};
const SIDE = {
  border: '1px solid var(--border)',
  borderRadius: '10px',
  padding: '0.75rem',
  minWidth: 0,
};

/** Every conflict side by side: each value with its device and time, and the choice. */
export function SyncConflicts({ m }: { m: SyncMessages }) {
  const count = syncConflicts.value;
  useEffect(() => void loadSyncConflicts().catch(() => {}), [count]);
  const list = conflictList.value;
  if (list.length === 0) return null;
  return (
    <section class="card" aria-labelledby="sync-conflicts-h">
      <h2 id="sync-conflicts-h" tabIndex={-1}>
        {m.conflicts.heading}
      </h2>
      <p>{m.conflicts.intro}</p>
      <ul class="snapshot-list">
        {list.map((c) => (
          <ConflictRow key={c.id} m={m} c={c} />
        ))}
      </ul>
    </section>
  );
}

function ConflictRow({ m, c }: { m: SyncMessages; c: ConflictItem }) {
  const k = m.conflicts;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const kinds = k.kinds as Record<string, string>;
  const fields = k.fields as Record<string, string>;
  const kind = kinds[c.store] ?? c.store;
  const title = c.name ? fmt(k.record, { kind, name: c.name }) : kind;
  const field = c.field ? (fields[c.field] ?? c.field) : null;
  const choose = async (keep: ConflictChoice) => {
    setBusy(true);
    setProblem(null);
    try {
      await settleSyncConflict(c.id, keep);
    } catch (error) {
      setProblem(actionErrorText(m, error));
      setBusy(false);
    }
  };
  const side = (which: 'kept' | 'other') => {
    const s = c[which];
    const by = which === 'kept' ? c.keptBy : c.otherBy;
    const deleted = c.kind === 'deleted' && which === 'other';
    return (
      <div
        data-side={which}
        style={{ ...SIDE, ...(which === 'kept' ? { borderColor: 'var(--primary)' } : {}) }}
      >
        <p class="badge">{which === 'kept' ? k.inUse : k.notUsed}</p>
        <p class="snapshot__date">
          <bdi>
            {deleted
              ? k.deletedSide
              : c.kind === 'deleted'
                ? k.keepEdit
                : conflictValueText(m, c.store, c.field ?? null, s.value)}
          </bdi>
        </p>
        <p class="muted">
          <bdi>
            {by === null
              ? fmt(k.fromHere, { time: syncTime(s.at) })
              : by === BEFORE_SYNC
                ? fmt(k.fromBeforeSync, { time: syncTime(s.at) })
                : fmt(k.from, { device: by, time: syncTime(s.at) })}
          </bdi>
        </p>
        {c.kind === 'field' && (
          <button
            type="button"
            class="btn btn--secondary btn--small"
            disabled={busy}
            onClick={() => void choose(which)}
          >
            {k.keepThis}
          </button>
        )}
      </div>
    );
  };
  return (
    <li class="snapshot" data-testid="sync-conflict">
      <h3>
        <bdi>{title}</bdi>
        {field && <span class="muted"> · {field}</span>}
      </h3>
      {c.kind === 'deleted' && <p class="muted">{k.deletedIntro}</p>}
      <div style={SIDES}>
        {side('kept')}
        {side('other')}
      </div>
      <div class="restore-actions">
        {c.kind === 'field' && c.store === 'activities' && (
          <button
            type="button"
            class="btn btn--secondary btn--small"
            disabled={busy}
            onClick={() => void choose('both')}
          >
            {k.keepBoth}
          </button>
        )}
        {c.kind === 'deleted' && (
          <>
            <button
              type="button"
              class="btn btn--secondary btn--small"
              disabled={busy}
              onClick={() => void choose('kept')}
            >
              {k.keepEdit}
            </button>
            <button
              type="button"
              class="btn btn--ghost btn--small"
              disabled={busy}
              onClick={() => void choose('other')}
            >
              {k.keepDeleted}
            </button>
          </>
        )}
      </div>
      {problem && <p class="note note--warn">{problem}</p>}
    </li>
  );
}
