import { addDays } from '../days';
import type { Certification, DayKey, Reminder } from '../types';

// Whether a certification is still valid, about to lapse or lapsed, as of a local day. Derived,
// never stored: renewing (a new expiry date) changes it at once.

/** 'none': no expiry date (it does not expire, or the user does not know). */
export type CertificationStatus = 'valid' | 'expiring' | 'expired' | 'none';

/**
 * Days before its expiry from which a certification reads "expiring": long enough to book and
 * pass a renewal exam. Its renewal reminder, when it asks earlier than that, widens the window.
 */
export const EXPIRING_DAYS = 60;

/**
 * `expiresOn` is the last day it is valid: on that day it is still "expiring" (it expires
 * today), from the next one "expired".
 */
export function certificationStatus(
  cert: Pick<Certification, 'expiresOn'>,
  today: DayKey,
  windowDays: number = EXPIRING_DAYS,
): CertificationStatus {
  if (cert.expiresOn === undefined) return 'none';
  if (cert.expiresOn < today) return 'expired';
  return cert.expiresOn <= addDays(today, Math.max(EXPIRING_DAYS, windowDays))
    ? 'expiring'
    : 'valid';
}

/** The "expiring" window of each certification: 60 days, or its renewal reminder's days. */
export function expiringWindow(certId: string, reminders: readonly Reminder[]): number {
  let days = EXPIRING_DAYS;
  for (const r of reminders) {
    if (r.kind === 'renewal' && r.enabled && r.certificationId === certId) {
      days = Math.max(days, r.daysBefore);
    }
  }
  return days;
}

export interface CertificationSummary {
  readonly expiring: readonly Certification[];
  readonly expired: readonly Certification[];
}

/** Expiring (soonest first) and expired (latest first) certifications: what Today and Progress show. */
export function summariseCertifications(
  certs: readonly Certification[],
  reminders: readonly Reminder[],
  today: DayKey,
): CertificationSummary {
  const byStatus = (s: CertificationStatus) =>
    certs.filter((c) => certificationStatus(c, today, expiringWindow(c.id, reminders)) === s);
  const byExpiry = (a: Certification, b: Certification) =>
    (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '');
  return {
    expiring: byStatus('expiring').sort(byExpiry),
    expired: byStatus('expired').sort((a, b) => byExpiry(b, a)),
  };
}
