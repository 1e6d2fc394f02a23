// Two tabs of one browser (two pages of one persistent context): tab B restores a backup with
// Replace while tab A still shows the old data. A's saves must be refused, say why, and leave
// the restored data exactly as restored.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDoc } from './backup-docs';
import { navigateInApp, type OpenApp, openApp } from './harness';

let apps: OpenApp[] = [];
afterEach(async () => {
  for (const app of apps) await app.close().catch(() => {});
  apps = [];
});

const T = '2026-03-01T08:00:00.000Z';
const OLD_GOAL = {
  id: 'goal-old',
  createdAt: T,
  updatedAt: T,
  kind: 'period',
  title: 'Old goal',
  start: '2026-11-02',
  pauses: [],
  archived: false,
  period: 'week',
  measure: 'sessions',
  target: 3,
  skillIds: [],
  roleIds: [],
};
const OLD_REMINDER = {
  id: 'rem-old',
  createdAt: T,
  updatedAt: T,
  kind: 'weekly',
  enabled: true,
  label: 'Old reminder',
  days: [2],
  time: '18:30',
  goalId: 'goal-old',
};

/** The old data (one goal, one reminder, CM followed) or the restored one (none, SMM). */
function doc(which: 'old' | 'restored'): string {
  const old = which === 'old';
  const d = JSON.parse(
    backupDoc({
      activities: 1,
      title: () => (old ? 'Old title' : 'Restored title'),
      followedRoleIds: old ? ['cm'] : ['smm'],
    }),
  );
  d.data.goals = old ? [OLD_GOAL] : [];
  d.data.reminders = old ? [OLD_REMINDER] : [];
  return JSON.stringify(d);
}

async function restore(page: Page, body: string): Promise<void> {
  await page.goto('/settings/restore');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await page.getByTestId('restore-done').waitFor();
}

/** The stored records, read with raw IndexedDB (not through the app). */
function onDisk(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ titles: string[]; goals: number; reminders: number; followed: string[] }>(
        (resolve, reject) => {
          const open = indexedDB.open('self-training-tracker');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['activities', 'goals', 'reminders', 'settings']);
            const acts = tx.objectStore('activities').getAll();
            const goals = tx.objectStore('goals').count();
            const rems = tx.objectStore('reminders').count();
            const settings = tx.objectStore('settings').get('app');
            tx.oncomplete = () => {
              db.close();
              resolve({
                titles: (acts.result as { title: string }[]).map((a) => a.title),
                goals: goals.result,
                reminders: rems.result,
                followed: (settings.result as { followedRoleIds: string[] }).followedRoleIds,
              });
            };
            tx.onerror = () => reject(tx.error);
          };
        },
      ),
  );
}

const REFUSED = 'Your data changed in another tab: reload to see it. Nothing was saved.';

describe('a stale tab after a restore in another tab', () => {
  it('refuses the edit, the removed goal and reminder, and Follow; the restored data stays', async () => {
    const app = await openApp({ path: '/settings/restore' });
    apps.push(app);
    const a = app.page;
    a.setDefaultTimeout(20_000);
    await restore(a, doc('old'));
    // Tab A has read the old goals and reminders, then opened the activity to edit it.
    await a.goto('/reminders');
    await a.getByText('Old reminder', { exact: true }).waitFor();
    await navigateInApp(a, '/log/act-0/edit');
    const title = a.locator('#log-title');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Old title');

    // Tab B restores the other data set with Replace.
    const b = await app.context.newPage();
    await restore(b, doc('restored'));
    await a.getByRole('alert').filter({ hasText: 'restored in another tab' }).waitFor();

    // A saves the edit it had open: refused, said in the form, what was typed still there.
    await title.fill('Old title, edited');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await a.getByText(REFUSED).waitFor();
    expect(await title.inputValue()).toBe('Old title, edited');
    expect(new URL(a.url()).pathname).toBe('/log/act-0/edit');

    // A edits the goal the restore removed (its list is stale): refused.
    await navigateInApp(a, '/goals/goal-old/edit');
    await a.locator('main form button[type="submit"]').click();
    await a.getByText(REFUSED).first().waitFor();

    // A saves the reminder the restore removed (from its stale list): refused.
    await navigateInApp(a, '/reminders');
    await a.getByText('Old reminder', { exact: true }).waitFor();
    await navigateInApp(a, '/reminders/rem-old/edit');
    await a.locator('main form button[type="submit"]').click();
    await a.getByText(REFUSED).first().waitFor();

    // A follows a role from its stale list (CM followed, SMM not): refused.
    await navigateInApp(a, '/roles');
    await a.getByRole('button', { name: /Follow Social Media Strategist/ }).click();
    await a.getByText(REFUSED).first().waitFor();

    const stored = await onDisk(b);
    expect(stored).toEqual({
      titles: ['Restored title'],
      goals: 0,
      reminders: 0,
      followed: ['smm'],
    });
    // The restored data backs up without a problem (no reminder points at a missing goal).
    await b.goto('/settings');
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      b.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await b.getByRole('alert').count()).toBe(0);
  });
});
