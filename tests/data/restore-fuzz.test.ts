// Property tests over malformed and mutated backup files. Starting from a valid file, each case
// deletes keys, changes types, puts huge strings or impossible dates, adds "__proto__" keys,
// duplicates records, truncates the text, or is random JSON altogether.
//
// The split (to stay well under 20 s):
// - 10,000 cases through parseBackup only. parseBackup is pure (it never opens the database), so
//   a rejection there cannot change stored data by construction; the property checks that every
//   case is either accepted whole (the parsed document is exactly the file's JSON, nothing
//   dropped, nothing added) or refused with a known RestoreError code, never an exception, and
//   that Object.prototype is never polluted.
// - 1,000 cases through the whole import (parse, preview, apply) on a real fake-indexeddb device:
//   an accepted file leaves the database equal to what replace/merge should give (checked
//   against a small independent model); a refused one leaves every store byte-for-byte as it was.

import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../src/data/backup/format';
import { RECORD_STORES, upgradeBackup } from '../../src/data/backup/format';
import {
  applyRestore,
  parseBackup,
  previewRestore,
  type RestoreErrorCode,
} from '../../src/data/backup/restore';
import { canonical } from '../../src/data/canonical';
import { resetDbForTests } from '../../src/data/db';
import { mutatedBackupText } from '../fixtures/backup-mutations';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { dumpDb, seed } from './fixture-db';

const CODES = new Set<RestoreErrorCode>([
  'too-large',
  'not-json',
  'not-a-backup',
  'newer-version',
  'invalid',
  'dangling-reference',
]);

function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return Object.keys(Object.prototype).length === 0 && probe.polluted === undefined;
}

describe('parseBackup over 10,000 mutated files', () => {
  it('accepts a file whole or refuses it with a RestoreError, never throws', () => {
    let accepted = 0;
    const codes = new Set<string>();
    fc.assert(
      fc.property(mutatedBackupText(), ({ text, maxBytes }) => {
        const result = parseBackup(text, maxBytes === undefined ? {} : { maxBytes });
        if (result.ok) {
          accepted++;
          // An accepted file is kept whole: exactly the document, brought up to today's format.
          expect(canonical(result.doc)).toBe(canonical(upgradeBackup(JSON.parse(text))));
        } else {
          codes.add(result.error.code);
          expect(CODES.has(result.error.code)).toBe(true);
          expect(result.error.detail.length).toBeGreaterThan(0);
        }
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    // The generator must exercise both outcomes, or the property says little.
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeLessThan(9_500);
    expect([...codes].sort()).toEqual(
      ['invalid', 'newer-version', 'not-a-backup', 'not-json', 'too-large'].sort(),
    );
  }, 120_000); // a property run: time it may take on a loaded machine, not a speed goal
});

/** What the device should hold after a merge: newer updatedAt wins, ties keep the device's. */
function mergeModel(device: BackupData, file: BackupData): BackupData {
  const newer = (a: { updatedAt: string }, b: { updatedAt: string }) =>
    Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
  const out: Record<string, unknown> = {};
  for (const store of RECORD_STORES) {
    const byId = new Map<string, { id: string; updatedAt: string }>();
    for (const r of device[store]) byId.set(r.id, r);
    for (const r of file[store]) {
      const mine = byId.get(r.id);
      if (!mine || newer(r, mine)) byId.set(r.id, r);
    }
    out[store] = [...byId.values()];
  }
  const { settings: mine } = device;
  const { settings: theirs } = file;
  out.settings = mine && (!theirs || !newer(theirs, mine)) ? mine : theirs;
  return out as unknown as BackupData;
}

/** The user stores of a dump as BackupData-like sorted lists, to compare with a model. */
function userStoresOf(dump: string) {
  const all = JSON.parse(dump) as Record<string, [unknown, unknown][]>;
  const out: Record<string, unknown> = { settings: all.settings?.[0]?.[1] ?? null };
  for (const store of RECORD_STORES) out[store] = (all[store] ?? []).map(([, v]) => v);
  return out;
}
const sortedById = (data: BackupData) => {
  const out: Record<string, unknown> = { settings: data.settings };
  for (const store of RECORD_STORES) {
    out[store] = [...data[store]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
};

describe('the whole import on a real database, 1,000 mutated files', () => {
  it('writes exactly what replace/merge should, or nothing at all', async () => {
    const outcomes = { written: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        mutatedBackupText(),
        fc.constantFrom('replace', 'merge' as const),
        async ({ text, maxBytes }, mode) => {
          resetDbForTests();
          globalThis.indexedDB = new IDBFactory();
          const device = sampleData();
          await seed({ ...device, activities: device.activities.slice(1) });
          const deviceData = { ...device, activities: device.activities.slice(1) };
          const before = await dumpDb();

          const parsed = parseBackup(text, maxBytes === undefined ? {} : { maxBytes });
          const preview = parsed.ok ? await previewRestore(parsed.doc, mode) : null;
          const applied = parsed.ok ? await applyRestore(parsed.doc, mode) : null;
          const after = await dumpDb();

          if (!parsed.ok || !applied?.ok) {
            outcomes.refused++;
            expect(preview?.ok ?? false).toBe(false);
            expect(after).toBe(before);
            return;
          }
          outcomes.written++;
          expect(preview?.ok).toBe(true);
          const expected =
            mode === 'replace' ? parsed.doc.data : mergeModel(deviceData, parsed.doc.data);
          expect(canonical(userStoresOf(after))).toBe(canonical(sortedById(expected)));
          const snaps = JSON.parse(after).snapshots as unknown[];
          expect(snaps).toHaveLength(mode === 'replace' ? 1 : 0);
        },
      ),
      { numRuns: 1_000 },
    );
    expect(outcomes.written).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  }, 120_000); // a property run: time it may take on a loaded machine, not a speed goal

  it('the unmutated file is accepted by both modes (sanity check of the generator base)', async () => {
    const parsed = parseBackup(JSON.stringify(sampleDoc()));
    expect(parsed.ok && (await applyRestore(parsed.doc, 'merge')).ok).toBe(true);
  });
});
