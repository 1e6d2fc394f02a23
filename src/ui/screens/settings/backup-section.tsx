import { useState } from 'preact/hooks';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import type { BackupCounts, RestoreCounts } from '../../../state/backup';
import {
  backUpNow,
  daysSinceBackup,
  exportActivitiesCsv,
  exportCertificationsCsv,
  takeRestoreNotice,
} from '../../../state/backup';
import { userMessageFor } from '../../../state/errors';
import { settings } from '../../../state/settings';
import { countsSummary } from '../restore/format';
import { SnapshotList } from '../restore/snapshots';
import '../restore/restore.css';

/** Back up, restore, CSV export and the snapshots kept before each replace. */
export function BackupSection() {
  const m = messages().backup;
  // Set by a restore just before it reloaded the app; shown once.
  const [restoredNow] = useState(takeRestoreNotice);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; warn?: boolean } | null>(null);
  const days = daysSinceBackup(settings.value.lastBackupAt, new Date());
  const last = days === null ? m.lastNever : days === 0 ? m.lastToday : plural(m.lastAgo, days);

  const run = async (action: () => Promise<{ text: string; warn?: boolean } | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ text: userMessageFor(error), warn: true });
    } finally {
      setBusy(false);
    }
  };

  const backup = () =>
    run(async () => {
      const out = await backUpNow();
      if (out.delivery === 'cancelled') return { text: m.shareCancelled };
      if (out.notRecorded) return { text: out.notRecorded, warn: true };
      if (out.problem) return { text: fmt(m.problem, { place: out.problem }), warn: true };
      return { text: fmt(m.saved, { file: out.fileName }) };
    });

  const csv = () =>
    run(async () => {
      const file = await exportActivitiesCsv();
      return file ? { text: fmt(m.csv.saved, { file }) } : null;
    });

  const certCsv = () =>
    run(async () => {
      const file = await exportCertificationsCsv();
      return file ? { text: fmt(messages().certifications.csv.saved, { file }) } : null;
    });

  return (
    <section class="card backup" id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{m.heading}</h2>
      {restoredNow && (
        <p class="note backup__done" role="status" data-testid="restore-done">
          {m.restore.done} {countsSummary(restoredCounts(restoredNow))}
        </p>
      )}
      <p>{m.intro}</p>
      <p class="backup__last" data-testid="last-backup">
        {last}
      </p>
      <div class="restore-actions">
        <button type="button" class="btn" disabled={busy} onClick={() => void backup()}>
          {m.backUpNow}
        </button>
        <a class="btn btn--secondary" href="/settings/restore">
          {m.restoreLink}
        </a>
      </div>
      <p aria-live="polite" class={status?.warn ? 'note note--warn' : 'backup__status'}>
        {busy ? m.working : (status?.text ?? '')}
      </p>
      <div class="backup__csv">
        <button type="button" class="btn btn--secondary" disabled={busy} onClick={() => void csv()}>
          {m.csv.button}
        </button>
        <button
          type="button"
          class="btn btn--secondary"
          disabled={busy}
          onClick={() => void certCsv()}
        >
          {messages().certifications.csv.button}
        </button>
        <p class="muted">{m.csv.hint}</p>
      </div>
      <SnapshotList />
    </section>
  );
}

/** What the device holds after the restore: the file's records (new + changed + same + kept). */
function restoredCounts(counts: RestoreCounts): BackupCounts {
  const out = {} as Record<keyof RestoreCounts, number>;
  for (const k of Object.keys(counts) as (keyof RestoreCounts)[]) {
    const c = counts[k];
    out[k] = c.new + c.changed + c.identical + c.kept;
  }
  return out;
}
