import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { certificationsCsv } from '../../src/data/backup/csv';
import { currentBackupDoc, exportBackup } from '../../src/data/backup/export';
import { applyRestore, parseBackup } from '../../src/data/backup/restore';
import {
  allCertifications,
  type CertificationInput,
  deleteCertification,
  restoreCertification,
  saveCertification,
} from '../../src/data/certifications';
import { resetDbForTests } from '../../src/data/db';
import { RecordConflictError, StorageFullError } from '../../src/data/errors';
import { allReminders } from '../../src/data/reminders';
import { InvalidRecordError } from '../../src/data/storable';
import { checkRemindersInWorker } from '../../src/sw/reminder-check';

const meta: CertificationInput = {
  name: ' Meta Certified Community Manager ',
  issuer: 'Meta',
  earnedOn: '2025-01-10',
  expiresOn: '2027-01-10',
  credential: 'https://www.credly.com/badges/abc',
  skillIds: ['cm.moderation', 'cm.moderation', 'cm.response'],
  note: '',
  knownId: 'meta.community-manager',
};
const monthBefore = { daysBefore: 30, time: '09:00' };

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
type Put = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
const realPut = IDBObjectStore.prototype.put as Put;

/** Makes the nth put() from now on fail, the way a browser does it (as tests/data/quota.test.ts). */
function failNthPut(n: number, how: 'throw' | 'request') {
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    calls++;
    if (calls !== n) return realPut.call(this, value, key);
    if (how === 'throw') throw quota();
    const tx = this.transaction as unknown as {
      _execRequestAsync(r: { operation: () => never; source: unknown }): IDBRequest;
    };
    return tx._execRequestAsync({
      operation: () => {
        throw quota();
      },
      source: this,
    });
  });
}
afterEach(() => vi.restoreAllMocks());

describe('certifications in storage', () => {
  it('saves a certification with its renewal reminder, tidied, in one go', async () => {
    const { certification, reminder } = await saveCertification(meta, monthBefore);
    expect(certification.name).toBe('Meta Certified Community Manager');
    expect(certification.skillIds).toEqual(['cm.moderation', 'cm.response']);
    expect('note' in certification).toBe(false);
    expect(await allCertifications()).toEqual([certification]);
    expect(await allReminders()).toEqual([reminder]);
    expect(reminder).toMatchObject({
      kind: 'renewal',
      certificationId: certification.id,
      daysBefore: 30,
      time: '09:00',
      enabled: true,
    });
  });

  it('an edit keeps the reminder (same id) with new days; no reminder or no expiry removes it', async () => {
    const first = await saveCertification(meta, monthBefore);
    const id = first.certification.id;
    const edited = await saveCertification(
      { ...meta, expiresOn: '2029-01-10' },
      { daysBefore: 60, time: '08:15' },
      id,
      first.certification.updatedAt,
    );
    expect(edited.reminder?.id).toBe(first.reminder?.id);
    expect(edited.reminder?.createdAt).toBe(first.reminder?.createdAt);
    expect(await allReminders()).toMatchObject([{ daysBefore: 60, time: '08:15' }]);
    expect(edited.certification.createdAt).toBe(first.certification.createdAt);

    const noDate = await saveCertification(
      { ...meta, expiresOn: undefined },
      monthBefore,
      id,
      edited.certification.updatedAt,
    );
    expect(noDate.reminder).toBeNull();
    expect(await allReminders()).toEqual([]);
  });

  it('refuses an edit of a copy changed since, and a name past the limit, changing nothing', async () => {
    const first = await saveCertification(meta, monthBefore);
    await expect(
      saveCertification(meta, null, first.certification.id, '2020-01-01T00:00:00.000Z'),
    ).rejects.toBeInstanceOf(RecordConflictError);
    await expect(
      saveCertification({ ...meta, name: 'x'.repeat(201) }, null),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await allCertifications()).toEqual([first.certification]);
    expect(await allReminders()).toEqual([first.reminder]);
  });

  it('deleting takes its renewal reminder along in the same transaction; undo puts both back', async () => {
    const kept = await saveCertification({ ...meta, name: 'Other' }, monthBefore);
    const gone = await saveCertification(meta, monthBefore);
    const removed = await deleteCertification(gone.certification.id);
    expect(removed?.reminders).toEqual([gone.reminder]);
    expect(await allCertifications()).toEqual([kept.certification]);
    expect(await allReminders()).toEqual([kept.reminder]);
    // Every later backup still restores: no reminder points at a missing certification.
    const doc = await currentBackupDoc();
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);

    if (!removed) throw new Error('expected the removed records');
    await restoreCertification(removed);
    expect(await allCertifications()).toHaveLength(2);
    expect((await allReminders()).map((r) => r.id).sort()).toEqual(
      [kept.reminder?.id, gone.reminder?.id].sort(),
    );
    expect(await deleteCertification('missing')).toBeNull();
  });

  it('a full disk writes nothing: no certification without its reminder, or the reverse', async () => {
    const { certification } = await saveCertification(meta, monthBefore);
    // The first put of a delete is its change stamp: a browser that throws there at once.
    failNthPut(1, 'throw');
    await expect(deleteCertification(certification.id)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    // A save whose reminder put fails later, as a request: the whole transaction aborts.
    failNthPut(3, 'request');
    await expect(saveCertification({ ...meta, name: 'New' }, monthBefore)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(await allCertifications()).toEqual([certification]);
    expect(await allReminders()).toHaveLength(1);
  });

  it('round-trips through a backup file onto an empty device, reminder included', async () => {
    const saved = await saveCertification(meta, monthBefore);
    await saveCertification({ name: 'Corso interno', issuer: 'Agenzia', skillIds: [] }, null);
    const { json } = await exportBackup();
    resetDbForTests();
    globalThis.indexedDB = new IDBFactory();
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect((await applyRestore(parsed.doc, 'replace')).ok).toBe(true);
    const back = await allCertifications();
    expect(back).toHaveLength(2);
    expect(back).toContainEqual(saved.certification);
    expect(await allReminders()).toEqual([saved.reminder]);
  });

  it('exports a CSV of certifications: soonest expiry first, status in words, skills by name', async () => {
    await saveCertification({ ...meta, name: '=HYPERLINK("x")', expiresOn: '2030-01-01' }, null);
    await saveCertification(meta, null);
    await saveCertification({ name: 'Corso, interno', issuer: 'Agenzia', skillIds: [] }, null);
    const names: Record<string, string> = {
      'cm.moderation': 'Moderazione',
      'cm.response': 'Risposte',
    };
    const csv = certificationsCsv(
      await allCertifications(),
      (id) => names[id] ?? id,
      (c) => (c.expiresOn ? 'Valida' : 'Senza scadenza'),
    );
    const rows = csv.slice(1).split('\r\n').slice(0, -1);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows).toEqual([
      'name,issuer,earned on,expires on,status,credential,skills,note',
      'Meta Certified Community Manager,Meta,2025-01-10,2027-01-10,Valida,https://www.credly.com/badges/abc,Moderazione; Risposte,',
      `"'=HYPERLINK(""x"")",Meta,2025-01-10,2030-01-01,Valida,https://www.credly.com/badges/abc,Moderazione; Risposte,`,
      '"Corso, interno",Agenzia,,,Senza scadenza,,,',
    ]);
  });
});

describe('the renewal reminder in the service worker check', () => {
  afterEach(() => vi.useRealTimers());

  it('shows it once, 30 days before the expiry, with the certification named and its screen', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 8, 0));
    const { certification } = await saveCertification(meta, monthBefore);
    const shown: { title: string; options: NotificationOptions }[] = [];
    const reg = {
      async showNotification(title: string, options: NotificationOptions = {}) {
        shown.push({ title, options });
      },
    };
    expect(await checkRemindersInWorker(reg, new Date(2026, 11, 11, 8, 30), 'it-IT')).toBe(0);
    expect(await checkRemindersInWorker(reg, new Date(2026, 11, 11, 9, 30), 'it-IT')).toBe(1);
    expect(await checkRemindersInWorker(reg, new Date(2026, 11, 11, 12, 0), 'it-IT')).toBe(0);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Certificazione da rinnovare');
    expect(shown[0]?.options.body).toBe(
      '«Meta Certified Community Manager» scade il 10 gennaio 2027: è il momento di rinnovarla.',
    );
    expect(shown[0]?.options.data).toEqual({ url: `/progress/certifications/${certification.id}` });
  });
});
