// Every fixture tests/fixtures/db-v<N>.json is a device as an older app left it. Opening it with
// today's db() must climb the upgrade ladder and lose or alter no record. When version N+1
// changes a record's shape, its step is tested by adding an `expected` transform here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBackupDoc } from '../../src/data/backup/export';
import { parseBackup } from '../../src/data/backup/parse';
import { DB_VERSION, db } from '../../src/data/db';
import { createDbFromFixture, type DbFixture } from './fixture-db';

const dir = join(import.meta.dirname, '../fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => /^db-v\d+\.json$/.test(f))
  .map((f) => ({ file: f, fixture: JSON.parse(readFileSync(join(dir, f), 'utf8')) as DbFixture }));

describe('database migrations from fixtures', () => {
  it('has a fixture for every schema version up to the current one', () => {
    const versions = fixtures.map((f) => f.fixture.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('the newest fixture has exactly the schema a fresh install gets', async () => {
    const newest = fixtures.find((f) => f.fixture.version === DB_VERSION)?.fixture;
    const database = await db();
    const tx = database.transaction([...database.objectStoreNames], 'readonly');
    const schema = Object.fromEntries(
      [...database.objectStoreNames].sort().map((name) => {
        const store = tx.objectStore(name);
        const indexes = [...store.indexNames].sort().map((i) => {
          const index = store.index(i);
          return [i, index.keyPath, index.multiEntry];
        });
        return [name, { keyPath: store.keyPath, indexes }];
      }),
    );
    const fromFixture = Object.fromEntries(
      Object.entries(newest?.stores ?? {})
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, spec]) => {
          const indexes = [...spec.indexes]
            .sort((a, b) => (a.name < b.name ? -1 : 1))
            .map((i) => [i.name, i.keyPath, i.multiEntry ?? false]);
          return [name, { keyPath: spec.keyPath, indexes }];
        }),
    );
    expect(fromFixture).toEqual(schema);
  });

  for (const { file, fixture } of fixtures) {
    describe(file, () => {
      it('keeps every record of every store, unchanged, after opening with db()', async () => {
        await createDbFromFixture(fixture);
        const database = await db();
        expect(database.version).toBe(DB_VERSION);
        for (const [name, spec] of Object.entries(fixture.stores)) {
          const store = name as Parameters<typeof database.getAll>[0];
          if (spec.keyPath === null) {
            for (const { key, value } of spec.records as { key: string; value: unknown }[]) {
              expect(await database.get(store, key), `${name}/${key}`).toEqual(value);
            }
          } else {
            const stored = await database.getAll(store);
            const keyOf = (r: unknown) =>
              String((r as Record<string, unknown>)[spec.keyPath ?? '']);
            const sorted = [...spec.records].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
            expect(stored, name).toEqual(sorted);
          }
        }
      });

      it('still answers the screens’ index queries', async () => {
        await createDbFromFixture(fixture);
        const database = await db();
        const activities = fixture.stores.activities?.records as {
          day: string;
          skillIds: string[];
        }[];
        const first = activities[0];
        if (!first) throw new Error('fixture needs activities');
        const byDay = await database.getAllFromIndex('activities', 'byDay', first.day);
        expect(byDay.length).toBe(activities.filter((a) => a.day === first.day).length);
        const skill = first.skillIds[0] ?? '';
        const bySkill = await database.getAllFromIndex('activities', 'bySkill', skill);
        expect(bySkill.length).toBe(activities.filter((a) => a.skillIds.includes(skill)).length);
      });

      it('exports a backup that validates, and its snapshots still parse', async () => {
        await createDbFromFixture(fixture);
        const doc = await currentBackupDoc({ now: new Date('2026-11-26T10:00:00Z') });
        const parsed = parseBackup(JSON.stringify(doc));
        expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
        const snaps = await (await db()).getAll('snapshots');
        for (const s of snaps) expect(parseBackup(s.json).ok, s.id).toBe(true);
      });
    });
  }
});
