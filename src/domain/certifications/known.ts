// Certifications the three roles commonly hold, to start a record from: name, issuer, the
// validity the issuer usually gives and the skills it usually evidences. Source and confidence:
// /work/shared/content/review-2026-12.md section 4 (December 2026). The validity is only ever a
// DEFAULT the form fills in and the user confirms or changes ("usual validity, check with the
// issuer"); where none was confirmed it is null and the form suggests no expiry at all.
// Names stay as the issuers write them (they are brand names, the same in Italian).
import { addMonths } from 'date-fns';
import { isDayKey, parseDay, toDayKey } from '../days';
import type { DayKey } from '../types';

export interface KnownCertification {
  /** Stable: stored as Certification.knownId. */
  readonly id: string;
  readonly name: string;
  readonly issuer: string;
  /** Months from the day earned, as usually given; null when unknown (no default expiry). */
  readonly validityMonths: number | null;
  /** Built-in skill ids it usually evidences (ids missing from the catalog are skipped). */
  readonly skillIds: readonly string[];
}

const META = 'Meta';
const GOOGLE = 'Google (Skillshop)';
const HUBSPOT = 'HubSpot Academy';

export const KNOWN_CERTIFICATIONS: readonly KnownCertification[] = [
  {
    // 2 years from the day earned (medium confidence: a copy of Meta's page).
    id: 'meta.community-manager',
    name: 'Meta Certified Community Manager',
    issuer: META,
    validityMonths: 24,
    skillIds: [
      'cm.onboarding',
      'cm.connections',
      'cm.moderation',
      'cm.deescalation',
      'cm.response',
    ],
  },
  {
    // Validity not found.
    id: 'meta.digital-marketing-associate',
    name: 'Meta Certified Digital Marketing Associate',
    issuer: META,
    validityMonths: null,
    skillIds: ['smm.paid', 'sh.platforms', 'sh.analytics'],
  },
  {
    // Has a recertification; its period was not confirmed.
    id: 'meta.media-buying',
    name: 'Meta Certified Media Buying Professional',
    issuer: META,
    validityMonths: null,
    skillIds: ['smm.paid', 'sh.analytics'],
  },
  {
    id: 'meta.media-planning',
    name: 'Meta Certified Media Planning Professional',
    issuer: META,
    validityMonths: null,
    skillIds: ['smm.paid', 'smm.comms-plan', 'sh.audience'],
  },
  {
    id: 'meta.marketing-science',
    name: 'Meta Certified Marketing Science Professional',
    issuer: META,
    validityMonths: null,
    skillIds: ['sh.analytics', 'str.audit'],
  },
  {
    id: 'meta.creative-strategy',
    name: 'Meta Certified Creative Strategy Professional',
    issuer: META,
    validityMonths: null,
    skillIds: ['smm.visual', 'smm.copywriting', 'sh.voice'],
  },
  {
    // 2 years; recertify from 6 months before expiry (high confidence: TikTok Academy).
    id: 'tiktok.media-buying',
    name: 'TikTok Media Buying Professional',
    issuer: 'TikTok Academy',
    validityMonths: 24,
    skillIds: ['smm.paid', 'sh.platforms'],
  },
  {
    // Google Ads certifications: 1 year (secondary sources: low confidence for the period).
    id: 'google.ads-search',
    name: 'Google Ads Search Certification',
    issuer: GOOGLE,
    validityMonths: 12,
    skillIds: ['smm.paid'],
  },
  {
    id: 'google.ads-display',
    name: 'Google Ads Display Certification',
    issuer: GOOGLE,
    validityMonths: 12,
    skillIds: ['smm.paid', 'smm.visual'],
  },
  {
    id: 'google.ads-video',
    name: 'Google Ads Video Certification',
    issuer: GOOGLE,
    validityMonths: 12,
    skillIds: ['smm.paid', 'smm.visual'],
  },
  {
    id: 'google.ads-measurement',
    name: 'Google Ads Measurement Certification',
    issuer: GOOGLE,
    validityMonths: 12,
    skillIds: ['sh.analytics', 'str.ecosystem'],
  },
  {
    // HubSpot certificates expire (HubSpot e-mails before); the period varies: no default.
    id: 'hubspot.social-media',
    name: 'HubSpot Social Media Marketing Certification',
    issuer: HUBSPOT,
    validityMonths: null,
    skillIds: ['smm.comms-plan', 'smm.copywriting', 'sh.listening', 'str.strategy'],
  },
  {
    id: 'hubspot.content-marketing',
    name: 'HubSpot Content Marketing Certification',
    issuer: HUBSPOT,
    validityMonths: null,
    skillIds: ['smm.calendar', 'smm.copywriting', 'sh.voice'],
  },
  {
    id: 'hubspot.inbound-marketing',
    name: 'HubSpot Inbound Marketing Certification',
    issuer: HUBSPOT,
    validityMonths: null,
    skillIds: ['sh.audience', 'str.strategy'],
  },
];

export function knownCertification(id: string | undefined): KnownCertification | undefined {
  return id === undefined ? undefined : KNOWN_CERTIFICATIONS.find((k) => k.id === id);
}

/**
 * The expiry a known certification's usual validity suggests for a day earned: a default the
 * form shows for the user to confirm, never a fact. Null without a validity or a valid day.
 */
export function suggestedExpiry(earnedOn: string, validityMonths: number | null): DayKey | null {
  if (validityMonths === null || !isDayKey(earnedOn)) return null;
  return toDayKey(addMonths(parseDay(earnedOn), validityMonths));
}
