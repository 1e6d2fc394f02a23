import { signal } from '@preact/signals';
import {
  allCertifications,
  type CertificationInput,
  deleteCertification,
  type RenewalChoice,
  restoreCertification,
  saveCertification,
} from '../data/certifications';
import { summariseCertifications } from '../domain/certifications/status';
import type { Certification, RenewalReminder } from '../domain/types';
import { messages } from '../i18n/index';
import { inBackground } from './background';
import { today } from './log';
import { refreshReminders, reminders } from './reminders';
import { noteRecordSaved } from './settings';
import { showToast } from './toast';

// The certifications a person holds: all in a signal (they are few). Their status (valid,
// expiring, expired) is derived from today and the renewal reminders, never stored.

export type { CertificationInput, RenewalChoice } from '../data/certifications';

export const certifications = signal<readonly Certification[]>([]);

/**
 * Expiring and expired ones as of today, for Today's line. A function, not a computed value: a
 * screen left open past midnight reads the new day on its next render.
 */
export function certificationSummary() {
  return summariseCertifications(certifications.value, reminders.value, today());
}

let loaded: Promise<void> | null = null;

export function loadCertifications(): Promise<void> {
  loaded ??= allCertifications().then((list) => {
    certifications.value = list;
  });
  return loaded;
}

/** After other devices' changes (state/sync-refresh.ts): read the list again on next use. */
export function invalidateCertifications(): void {
  loaded = null;
}

function put(cert: Certification): void {
  const others = certifications.value.filter((c) => c.id !== cert.id);
  certifications.value = [...others, cert].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/** The renewal reminder of a certification, if it has one. */
export function renewalOf(certId: string): RenewalReminder | undefined {
  return reminders.value.find(
    (r): r is RenewalReminder => r.kind === 'renewal' && r.certificationId === certId,
  );
}

/**
 * Creates or edits a certification and sets its renewal reminder (null: none). The reminders
 * model reads its rules again, so every reminder layer (Today, badge, timer) follows at once.
 */
export async function submitCertification(
  input: CertificationInput,
  renewal: RenewalChoice | null,
  id?: string,
  readUpdatedAt?: string,
): Promise<Certification> {
  const saved = await saveCertification(input, renewal, id, readUpdatedAt);
  put(saved.certification);
  await refreshRules();
  inBackground(noteRecordSaved);
  return saved.certification;
}

/** Deletes a certification with its renewal reminder, and offers "Undo" for both. */
export async function removeCertification(id: string): Promise<void> {
  const removed = await deleteCertification(id);
  certifications.value = certifications.value.filter((c) => c.id !== id);
  if (!removed) return;
  if (removed.reminders.length > 0) await refreshRules();
  const m = messages();
  showToast({
    message:
      removed.reminders.length > 0
        ? m.certifications.deletedWithReminder
        : m.certifications.deleted,
    action: {
      label: m.common.undo,
      run: async () => {
        await restoreCertification(removed);
        put(removed.certification);
        if (removed.reminders.length > 0) await refreshRules();
      },
    },
  });
}

function refreshRules(): Promise<void> {
  return refreshReminders();
}
