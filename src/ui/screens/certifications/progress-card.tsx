import { useEffect } from 'preact/hooks';
import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { certifications, loadCertifications } from '../../../state/certifications';
import { today } from '../../../state/log';
import { loadReminders, reminders } from '../../../state/reminders';
import { statusOf } from './describe';

/** Progress's card: how many certifications, how many valid, expiring soon, expired. */
export function ProgressCertifications() {
  useEffect(() => {
    void Promise.all([loadCertifications(), loadReminders()]).catch(() => {});
  }, []);
  const c = messages().certifications;
  const p = c.progress;
  const list = certifications.value;
  const now = today();
  const counts = { valid: 0, expiring: 0, expired: 0, none: 0 };
  for (const cert of list) counts[statusOf(cert, reminders.value, now)] += 1;
  const parts = [
    counts.valid > 0 && plural(p.valid, counts.valid),
    counts.expiring > 0 && plural(p.expiring, counts.expiring),
    counts.expired > 0 && plural(p.expired, counts.expired),
    counts.none > 0 && plural(p.noExpiry, counts.none),
  ].filter(Boolean);
  return (
    <section class="card" aria-labelledby="cert-progress-h" data-testid="certifications-progress">
      <h2 id="cert-progress-h">{p.heading}</h2>
      {list.length === 0 ? (
        <p class="note">{p.none}</p>
      ) : (
        <>
          <p>
            <strong>{plural(p.count, list.length)}</strong>: {parts.join(' · ')}
          </p>
          {counts.expiring > 0 && <p class="note">{p.meaning}</p>}
        </>
      )}
      <a class="btn btn--small btn--secondary" href="/progress/certifications">
        {list.length === 0 ? c.add : p.open}
      </a>
    </section>
  );
}
