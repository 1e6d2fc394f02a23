import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { daysSinceBackup, isBackupNudgeDue } from '../../../state/backup';
import { settings } from '../../../state/settings';
import '../restore/restore.css';

/**
 * A gentle reminder (Today, Settings): shown when the last backup is 14+ days old and data
 * changed since, or when there was never one and the oldest record is 14+ days old. It links
 * to Settings, where the backup is one tap; nothing here loads the backup code itself.
 */
export function BackupNudge() {
  const m = messages().backup.nudge;
  const [due, setDue] = useState(false);
  const last = settings.value.lastBackupAt;
  useEffect(() => {
    let live = true;
    void isBackupNudgeDue()
      .then((d) => live && setDue(d))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [last]);
  if (!due) return null;
  const days = daysSinceBackup(last, new Date());
  return (
    <section class="card backup-nudge" aria-labelledby="backup-nudge-h" data-testid="backup-nudge">
      <h2 id="backup-nudge-h">{m.title}</h2>
      <p>{days === null ? m.never : plural(m.stale, days)}</p>
      <a class="btn btn--secondary btn--small" href="/settings#backup">
        {m.action}
      </a>
    </section>
  );
}
