import type { Certification, RenewalReminder } from '../domain/types';
import { db, newId, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration, expectUnchanged } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, type RecordWrite, writeRecords } from './sync/hook';

// The certifications a person holds (a few, tens at most: read whole), each with at most one
// renewal reminder in the reminders store. A certification and its reminder are written, deleted
// and put back together, in one transaction, so neither is ever left without the other.

/** What the form fills: everything but the stamps. */
export type CertificationInput = Omit<Certification, 'id' | 'createdAt' | 'updatedAt'>;

/** The renewal reminder the form asks for: days before expiry and a time, or none. */
export interface RenewalChoice {
  readonly daysBefore: number;
  readonly time: string;
}

export interface SavedCertification {
  readonly certification: Certification;
  readonly reminder: RenewalReminder | null;
}

export async function allCertifications(): Promise<Certification[]> {
  const list = await (await db()).getAll('certifications');
  return list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/**
 * Creates a certification (no id) or replaces one (id given, createdAt kept), and sets its
 * renewal reminder to `renewal` (null removes it; one without an expiry date gets none). An
 * edit names the stamp of the copy the form showed: one deleted or edited since is not written
 * (RecordConflictError). The reminder keeps its id and createdAt across edits.
 */
export async function saveCertification(
  input: CertificationInput,
  renewal: RenewalChoice | null,
  id?: string,
  readUpdatedAt?: string,
): Promise<SavedCertification> {
  return withStorageErrors(async () => {
    const at = now();
    const certId = id ?? newId();
    const draft: Certification = { ...clean(input), id: certId, createdAt: at, updatedAt: at };
    const wanted = renewal && draft.expiresOn ? renewal : null;
    const draftRule = wanted ? renewalRule(certId, wanted, newId(), at) : null;
    await assertStorable('certifications', draft);
    if (draftRule) await assertStorable('reminders', draftRule);
    const tx = (await db()).transaction(
      ['certifications', 'reminders', ...CHANGE_STORES],
      'readwrite',
    );
    const store = tx.objectStore('certifications');
    const rules = tx.objectStore('reminders');
    const [, found, allRules] = await Promise.all([
      checkGeneration(tx),
      id ? store.get(id) : undefined,
      rules.getAll(),
    ]);
    const current = id ? expectUnchanged(found, readUpdatedAt) : undefined;
    const certification: Certification = { ...draft, createdAt: current?.createdAt ?? at };
    const existing = allRules.filter(
      (r): r is RenewalReminder => r.kind === 'renewal' && r.certificationId === certId,
    );
    const [kept, ...extra] = existing;
    const reminder =
      wanted && draftRule
        ? kept
          ? {
              ...kept,
              enabled: true,
              daysBefore: wanted.daysBefore,
              time: wanted.time,
              updatedAt: at,
            }
          : draftRule
        : null;
    const dropped = reminder ? extra : existing;
    // The certification, its reminder, their clocks and outgoing changes: one transaction.
    const writes: RecordWrite[] = [
      { store: 'certifications', before: current, after: certification },
      ...(reminder ? [{ store: 'reminders', before: kept, after: reminder } as const] : []),
      ...dropped.map((r) => ({ store: 'reminders', before: r, after: undefined }) as const),
    ];
    await commitWrites(tx, writeRecords(tx, writes, at));
    return { certification, reminder };
  });
}

/** What deleting a certification took away, so that undo can put all of it back. */
export interface RemovedCertification {
  readonly certification: Certification;
  /** Its renewal reminders: deleted with it (they have nothing left to count back from). */
  readonly reminders: readonly RenewalReminder[];
}

/** Deletes a certification and its renewal reminder in one transaction (null if already gone). */
export async function deleteCertification(id: string): Promise<RemovedCertification | null> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(
      ['certifications', 'reminders', ...CHANGE_STORES],
      'readwrite',
    );
    const store = tx.objectStore('certifications');
    const rules = tx.objectStore('reminders');
    const [, found, allRules] = await Promise.all([
      checkGeneration(tx),
      store.get(id),
      rules.getAll(),
    ]);
    if (!found) {
      await tx.done;
      return null;
    }
    const reminders = allRules.filter(
      (r): r is RenewalReminder => r.kind === 'renewal' && r.certificationId === id,
    );
    const writes: RecordWrite[] = [
      { store: 'certifications', before: found, after: undefined },
      ...reminders.map((r) => ({ store: 'reminders', before: r, after: undefined }) as const),
    ];
    await commitWrites(tx, writeRecords(tx, writes, now()));
    return { certification: found, reminders };
  });
}

/** Puts back a deleted certification and its reminders exactly as they were (undo). */
export async function restoreCertification(removed: RemovedCertification): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction(
      ['certifications', 'reminders', ...CHANGE_STORES],
      'readwrite',
    );
    const rules = tx.objectStore('reminders');
    const [, cert, ...stored] = await Promise.all([
      checkGeneration(tx),
      tx.objectStore('certifications').get(removed.certification.id),
      ...removed.reminders.map((r) => rules.get(r.id)),
    ]);
    const writes: RecordWrite[] = [
      { store: 'certifications', before: cert, after: removed.certification },
      ...removed.reminders.map(
        (r, i) => ({ store: 'reminders', before: stored[i], after: r }) as const,
      ),
    ];
    await commitWrites(tx, writeRecords(tx, writes, now()));
  });
}

function renewalRule(
  certificationId: string,
  choice: RenewalChoice,
  id: string,
  at: string,
): RenewalReminder {
  const { daysBefore, time } = choice;
  return {
    id,
    createdAt: at,
    updatedAt: at,
    kind: 'renewal',
    enabled: true,
    label: '',
    certificationId,
    daysBefore,
    time,
  };
}

/** Trims texts, drops empty optional fields and repeated skills. */
function clean(input: CertificationInput): CertificationInput {
  const { earnedOn, expiresOn, credential, note, knownId, ...rest } = input;
  return {
    ...rest,
    name: rest.name.trim(),
    issuer: rest.issuer.trim(),
    skillIds: [...new Set(rest.skillIds)],
    ...(earnedOn ? { earnedOn } : {}),
    ...(expiresOn ? { expiresOn } : {}),
    ...(credential?.trim() ? { credential: credential.trim() } : {}),
    ...(note?.trim() ? { note: note.trim() } : {}),
    ...(knownId ? { knownId } : {}),
  };
}
