import type { Page } from 'playwright-core';

// Writes records straight into the app's IndexedDB, for tests that need history the UI cannot
// make in a test's time (sessions earlier this week, a rating a month ago). The app must have
// opened its database first (any screen does); reload or navigate afterwards so it reads them.

export interface SeedData {
  /** Settings fields over the defaults; onboarded with CM and SMM unless told otherwise. */
  settings?: Record<string, unknown>;
  /** [skillId, rating, day] */
  ratings?: [string, number | 'na', string][];
  /** [day, minutes, skillIds] */
  activities?: [string, number, string[]][];
  goals?: Record<string, unknown>[];
  reminders?: Record<string, unknown>[];
}

const STORES = ['settings', 'skillStates', 'assessments', 'activities', 'goals', 'reminders'];

export async function seed(page: Page, data: SeedData, lang: 'en' | 'it'): Promise<void> {
  await page.evaluate(
    async ({ data, lang, stores }) => {
      // Never create the database ourselves (it would have no stores): wait for the app's.
      for (let i = 0; i < 100; i++) {
        const names = (await indexedDB.databases()).map((d) => d.name);
        if (names.includes('self-training-tracker')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const open = indexedDB.open('self-training-tracker');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(stores, 'readwrite');
      const at = (day: string) => `${day}T08:00:00.000Z`;
      const current = await new Promise<Record<string, unknown> | undefined>((resolve) => {
        const r = tx.objectStore('settings').get('app');
        r.onsuccess = () => resolve(r.result as Record<string, unknown> | undefined);
      });
      tx.objectStore('settings').put(
        {
          theme: 'system',
          weekStartsOn: null,
          showStreak: true,
          calendarSequence: 0,
          persistAsked: true,
          ...current,
          lang,
          followedRoleIds: ['cm', 'smm'],
          onboarded: true,
          updatedAt: new Date().toISOString(),
          ...data.settings,
        },
        'app',
      );
      let n = 0;
      for (const [skillId, rating, day] of data.ratings ?? []) {
        const stamp = at(day);
        tx.objectStore('skillStates').put({
          id: skillId,
          rating,
          checked: [],
          evidence: [],
          createdAt: stamp,
          updatedAt: stamp,
        });
        tx.objectStore('assessments').put({
          id: `seed-as-${n++}`,
          skillId,
          rating,
          day,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      for (const [day, minutes, skillIds] of data.activities ?? []) {
        const stamp = at(day);
        tx.objectStore('activities').put({
          id: `seed-act-${n++}`,
          day,
          minutes,
          type: 'practice',
          title: `Practice ${n}`,
          skillIds,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      for (const g of data.goals ?? []) tx.objectStore('goals').put(g);
      for (const r of data.reminders ?? []) tx.objectStore('reminders').put(r);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { data, lang, stores: STORES },
  );
}
