import { describe, expect, it } from 'vitest';
import { BUILTIN_SKILLS } from '../../src/domain/catalog/skills';
import {
  KNOWN_CERTIFICATIONS,
  knownCertification,
  suggestedExpiry,
} from '../../src/domain/certifications/known';
import {
  certificationStatus,
  expiringWindow,
  summariseCertifications,
} from '../../src/domain/certifications/status';
import type { Certification, RenewalReminder } from '../../src/domain/types';

const stamps = { createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' };
const cert = (o: Partial<Certification> = {}): Certification => ({
  ...stamps,
  id: 'c1',
  name: 'Meta Certified Community Manager',
  issuer: 'Meta',
  skillIds: [],
  ...o,
});
const renewal = (o: Partial<RenewalReminder> = {}): RenewalReminder => ({
  ...stamps,
  id: 'r1',
  kind: 'renewal',
  enabled: true,
  label: '',
  certificationId: 'c1',
  daysBefore: 30,
  time: '09:00',
  ...o,
});

describe('certification status', () => {
  const today = '2026-12-01';
  it('reads expiring within 60 days (the expiry day included), expired the day after', () => {
    expect(certificationStatus(cert({ expiresOn: '2027-01-30' }), today)).toBe('expiring');
    expect(certificationStatus(cert({ expiresOn: '2027-01-31' }), today)).toBe('valid');
    expect(certificationStatus(cert({ expiresOn: '2026-12-01' }), today)).toBe('expiring');
    expect(certificationStatus(cert({ expiresOn: '2026-11-30' }), today)).toBe('expired');
    expect(certificationStatus(cert(), today)).toBe('none');
  });

  it('widens the window to an earlier renewal reminder, never narrows it', () => {
    const far = cert({ expiresOn: '2027-03-01' }); // 90 days away
    expect(
      certificationStatus(far, today, expiringWindow('c1', [renewal({ daysBefore: 120 })])),
    ).toBe('expiring');
    expect(
      certificationStatus(far, today, expiringWindow('c1', [renewal({ daysBefore: 7 })])),
    ).toBe('valid');
    // A disabled reminder, or one of another certification, changes nothing.
    expect(expiringWindow('c1', [renewal({ daysBefore: 120, enabled: false })])).toBe(60);
    expect(expiringWindow('c1', [renewal({ daysBefore: 120, certificationId: 'c2' })])).toBe(60);
  });

  it('lists expiring soonest first and expired latest first, leaving valid ones out', () => {
    const list = [
      cert({ id: 'a', expiresOn: '2027-01-20' }),
      cert({ id: 'b', expiresOn: '2026-12-10' }),
      cert({ id: 'c', expiresOn: '2026-06-01' }),
      cert({ id: 'd', expiresOn: '2026-11-01' }),
      cert({ id: 'e', expiresOn: '2028-01-01' }),
      cert({ id: 'f' }),
    ];
    const summary = summariseCertifications(list, [], today);
    expect(summary.expiring.map((c) => c.id)).toEqual(['b', 'a']);
    expect(summary.expired.map((c) => c.id)).toEqual(['d', 'c']);
  });
});

describe('suggested expiry from a usual validity', () => {
  it('adds the months to the day earned, clamping to the end of a shorter month', () => {
    expect(suggestedExpiry('2025-01-10', 24)).toBe('2027-01-10');
    expect(suggestedExpiry('2026-01-31', 1)).toBe('2026-02-28');
    expect(suggestedExpiry('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('suggests nothing when the validity is unknown or the day is not a day', () => {
    expect(suggestedExpiry('2026-01-10', null)).toBeNull();
    expect(suggestedExpiry('', 12)).toBeNull();
    expect(suggestedExpiry('2026-02-30', 12)).toBeNull();
  });
});

describe('known certifications', () => {
  it('have unique ids, an issuer, and skills the built-in catalog knows', () => {
    const ids = KNOWN_CERTIFICATIONS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const skills = new Set(BUILTIN_SKILLS.map((s) => s.id));
    for (const k of KNOWN_CERTIFICATIONS) {
      expect(k.issuer.length, k.id).toBeGreaterThan(0);
      expect(k.skillIds.length, k.id).toBeGreaterThan(0);
      for (const s of k.skillIds) expect(skills.has(s), `${k.id}: ${s}`).toBe(true);
    }
  });

  it('give a validity only where the review found one (Meta CM and TikTok 2 years, Google Ads 1)', () => {
    expect(knownCertification('meta.community-manager')?.validityMonths).toBe(24);
    expect(knownCertification('tiktok.media-buying')?.validityMonths).toBe(24);
    expect(knownCertification('google.ads-search')?.validityMonths).toBe(12);
    expect(knownCertification('meta.digital-marketing-associate')?.validityMonths).toBeNull();
    expect(knownCertification('hubspot.social-media')?.validityMonths).toBeNull();
    expect(knownCertification('nope')).toBeUndefined();
  });
});
