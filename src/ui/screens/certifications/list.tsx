import { skillById } from '../../../domain/catalog/index';
import { webLink } from '../../../domain/links';
import type { Certification } from '../../../domain/types';
import { fmt, formatDay, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog } from '../../../state/catalog';
import { certifications, removeCertification, renewalOf } from '../../../state/certifications';
import { userMessageFor } from '../../../state/errors';
import { today } from '../../../state/log';
import { reminders } from '../../../state/reminders';
import { showToast } from '../../../state/toast';
import { EmptyState, Screen } from '../../components/screen';
import { t } from '../roles/helpers';
import { expiryLine, statusOf } from './describe';

const BADGE = {
  valid: 'badge badge--core',
  expiring: 'badge badge--warn',
  expired: 'badge badge--warn',
  none: 'badge',
};

/** Every certification, soonest expiry first, each with its status, reminder, edit and delete. */
export function CertificationList() {
  const m = messages();
  const c = m.certifications;
  const list = [...certifications.value].sort(
    (a, b) =>
      (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999') || a.name.localeCompare(b.name),
  );
  const add = (
    <a class="btn btn--small" href="/progress/certifications/new">
      {c.add}
    </a>
  );
  return (
    // No back button: "Certificazioni" needs the whole width at 200% text (Progress stays lit).
    <Screen title={c.title} actions={add}>
      <p class="muted">{c.intro}</p>
      {list.length === 0 ? (
        <EmptyState title={c.empty}>
          <p>{c.emptyHint}</p>
        </EmptyState>
      ) : (
        <ul class="card list">
          {list.map((cert) => (
            <CertificationRow key={cert.id} cert={cert} />
          ))}
        </ul>
      )}
    </Screen>
  );
}

function CertificationRow({ cert }: { cert: Certification }) {
  const c = messages().certifications;
  const now = today();
  const status = statusOf(cert, reminders.value, now);
  const rule = renewalOf(cert.id);
  const href = cert.credential ? webLink(cert.credential) : null;
  const skills = cert.skillIds
    .map((id) => skillById(catalog.value, id))
    .flatMap((s) => (s ? [t(s.name)] : []));
  const remove = () =>
    void removeCertification(cert.id).catch((error: unknown) =>
      showToast({ message: userMessageFor(error), tone: 'error' }),
    );
  // Global classes only (the CSS budget is full): a row-link head, two paragraphs, a button row.
  const details = [
    rule?.enabled && cert.expiresOn
      ? plural(c.remindsOn, rule.daysBefore, { time: rule.time })
      : '',
    skills.join(' · '),
  ].filter(Boolean);
  return (
    <li data-testid="certification-row" data-status={status}>
      <div class="row-link">
        <strong>{cert.name}</strong>
        <span class={BADGE[status]}>{c.status[status]}</span>
      </div>
      <p>
        <span class="muted">
          {fmt(c.issuedBy, { issuer: cert.issuer })}
          {cert.earnedOn && ` · ${fmt(c.earnedOn, { day: formatDay(cert.earnedOn) })}`}
        </span>
        {cert.expiresOn && (
          <>
            <br />
            {expiryLine(cert, status, now)}
          </>
        )}
      </p>
      {(details.length > 0 || cert.credential || cert.note) && (
        <p class="note">
          {details.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))}
          {cert.credential && (
            <span>
              {c.credential}:{' '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {href}
                </a>
              ) : (
                cert.credential
              )}
              <br />
            </span>
          )}
          {cert.note}
        </p>
      )}
      <div class="button-row">
        <a
          class="btn btn--small btn--secondary"
          href={`/progress/certifications/${encodeURIComponent(cert.id)}`}
        >
          {c.edit}
          <span class="visually-hidden">: {cert.name}</span>
        </a>
        <button type="button" class="btn btn--small btn--ghost" onClick={remove}>
          {c.delete}
          <span class="visually-hidden">: {cert.name}</span>
        </button>
      </div>
    </li>
  );
}
