import { useEffect } from 'preact/hooks';
import { fmt, formatDay, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { certificationSummary, loadCertifications } from '../../../state/certifications';
import { loadReminders } from '../../../state/reminders';

/**
 * Today's word on certifications: nothing while all are valid; else one line for what expires
 * soon and one for what expired (never a list), and the way to the certifications.
 */
export function TodayCertifications() {
  useEffect(() => {
    void Promise.all([loadCertifications(), loadReminders()]).catch(() => {});
  }, []);
  const { expiring, expired } = certificationSummary();
  if (expiring.length === 0 && expired.length === 0) return null;
  const c = messages().certifications;
  const line = (message: typeof c.today.expiring, list: typeof expiring) => {
    const first = list[0];
    if (!first?.expiresOn) return null;
    const text =
      list.length === 1
        ? fmt(message.one, { name: first.name, day: formatDay(first.expiresOn) })
        : plural(message, list.length, { day: formatDay(first.expiresOn) });
    return <p>{text}</p>;
  };
  return (
    <section class="card" aria-labelledby="cert-today-h" data-testid="certifications-today">
      <h2 id="cert-today-h">{c.title}</h2>
      {line(c.today.expiring, expiring)}
      {line(c.today.expired, expired)}
      <a class="btn btn--small btn--secondary" href="/progress/certifications">
        {c.today.open}
      </a>
    </section>
  );
}
