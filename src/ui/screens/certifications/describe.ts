import {
  type CertificationStatus,
  certificationStatus,
  expiringWindow,
} from '../../../domain/certifications/status';
import { daysBetween } from '../../../domain/days';
import type { Certification, Reminder } from '../../../domain/types';
import { fmt, formatDay, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';

/** A certification's status as of `today`, with its renewal reminder's window. */
export function statusOf(cert: Certification, reminders: readonly Reminder[], today: string) {
  return certificationStatus(cert, today, expiringWindow(cert.id, reminders));
}

/** "Expires in 30 days, on 31 Dec 2026", "Expired on …", "Expires on …", or nothing. */
export function expiryLine(
  cert: Certification,
  status: CertificationStatus,
  today: string,
): string {
  const c = messages().certifications;
  if (!cert.expiresOn) return '';
  const day = formatDay(cert.expiresOn);
  if (status === 'expired') return fmt(c.expiredOn, { day });
  if (status === 'expiring') {
    const left = daysBetween(today, cert.expiresOn);
    return left === 0 ? c.expiresToday : plural(c.expiresIn, left, { day });
  }
  return fmt(c.expiresOn, { day });
}
