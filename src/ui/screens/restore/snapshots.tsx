import { useEffect, useState } from 'preact/hooks';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { loadSnapshots, restoreFromSnapshot, snapshots } from '../../../state/backup';
import { userMessageFor } from '../../../state/errors';
import { countsSummary, formatStamp, restoreErrorText } from './format';

/** The data kept before each replace (last 3), each restorable after an inline confirmation. */
export function SnapshotList() {
  const m = messages().backup;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSnapshots();
  }, []);

  const restore = async (id: string) => {
    setBusy(true);
    setError(null);
    try {
      const result = await restoreFromSnapshot(id);
      if (!result.ok) setError(restoreErrorText(result.error));
    } catch (e) {
      setError(userMessageFor(e));
    } finally {
      setBusy(false);
    }
  };

  const list = snapshots.value;
  return (
    <div class="snapshots" data-testid="snapshots">
      <h3>{m.snapshots.heading}</h3>
      <p class="muted">{fmt(m.snapshots.intro, { n: 3 })}</p>
      {list.length === 0 ? (
        <p class="muted">{m.snapshots.empty}</p>
      ) : (
        <ul class="snapshot-list">
          {list.map((s) => {
            const date = formatStamp(s.createdAt);
            return (
              <li key={s.id} class="snapshot">
                <p class="snapshot__date">{date}</p>
                {s.reason === 'before-sync' && <p class="muted">{m.snapshots.beforeSync}</p>}
                <p class="muted">{s.counts ? countsSummary(s.counts) : m.snapshots.unreadable}</p>
                {confirming === s.id ? (
                  <div class="restore-confirm">
                    <p>{fmt(m.snapshots.confirm, { date })}</p>
                    <div class="restore-actions">
                      <button
                        type="button"
                        class="btn btn--danger btn--small"
                        disabled={busy}
                        onClick={() => void restore(s.id)}
                      >
                        {m.restore.applyReplace}
                      </button>
                      <button
                        type="button"
                        class="btn btn--ghost btn--small"
                        disabled={busy}
                        onClick={() => setConfirming(null)}
                      >
                        {messages().common.cancel}
                      </button>
                    </div>
                  </div>
                ) : (
                  s.counts && (
                    <button
                      type="button"
                      class="btn btn--secondary btn--small"
                      onClick={() => setConfirming(s.id)}
                    >
                      {m.snapshots.restoreThis}
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p class="note note--warn" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
