import { skillById } from '../../../domain/catalog/index';
import { knownCertification, suggestedExpiry } from '../../../domain/certifications/known';
import type { Catalog, Certification, RenewalReminder } from '../../../domain/types';

// The certification form's values (strings, as the fields hold them) and what picking a known
// certification or changing the day earned does to them. No DOM: the rules read on their own.

export interface FormValues {
  readonly knownId: string;
  readonly name: string;
  readonly issuer: string;
  readonly earnedOn: string;
  readonly expiresOn: string;
  /** The expiry shown is the usual validity's default, not a date the user typed. */
  readonly expirySuggested: boolean;
  readonly credential: string;
  readonly skillIds: readonly string[];
  readonly note: string;
  readonly remind: boolean;
  readonly daysBefore: string;
  readonly time: string;
}

export const DEFAULT_DAYS_BEFORE = 30;
export const DEFAULT_TIME = '09:00';

export function valuesOf(cert?: Certification, rule?: RenewalReminder): FormValues {
  return {
    knownId: cert?.knownId ?? '',
    name: cert?.name ?? '',
    issuer: cert?.issuer ?? '',
    earnedOn: cert?.earnedOn ?? '',
    expiresOn: cert?.expiresOn ?? '',
    expirySuggested: false,
    credential: cert?.credential ?? '',
    skillIds: cert?.skillIds ?? [],
    note: cert?.note ?? '',
    // A new certification gets a reminder by default; an existing one keeps what it has.
    remind: cert ? rule?.enabled === true : true,
    daysBefore: String(rule?.daysBefore ?? DEFAULT_DAYS_BEFORE),
    time: rule?.time ?? DEFAULT_TIME,
  };
}

/**
 * Starts from a known certification: its name, issuer and the skills it usually evidences (those
 * the catalog has), and, from its usual validity and the day earned, a default expiry marked as
 * suggested. An expiry the user typed is never replaced; an unknown validity suggests none.
 */
export function pickKnown(v: FormValues, knownId: string, catalog: Catalog): FormValues {
  const known = knownCertification(knownId);
  if (!known) return { ...v, knownId: '' };
  const skillIds = known.skillIds.filter((id) => skillById(catalog, id));
  const next = { ...v, knownId, name: known.name, issuer: known.issuer, skillIds };
  return withSuggestedExpiry(next);
}

/** The day earned changed: a suggested expiry follows it. */
export function changeEarned(v: FormValues, earnedOn: string): FormValues {
  return withSuggestedExpiry({ ...v, earnedOn });
}

function withSuggestedExpiry(v: FormValues): FormValues {
  if (v.expiresOn && !v.expirySuggested) return v;
  const validity = knownCertification(v.knownId)?.validityMonths ?? null;
  const suggested = suggestedExpiry(v.earnedOn, validity);
  return suggested
    ? { ...v, expiresOn: suggested, expirySuggested: true }
    : { ...v, expiresOn: v.expirySuggested ? '' : v.expiresOn, expirySuggested: false };
}
