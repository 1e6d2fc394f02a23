import type { Page } from 'playwright-core';
import type { BackupData } from '../../src/data/backup/format';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';
import { appReady, waitUntil } from './harness';

/**
 * Every screen of the app, by path: the layout, focus and accessibility checks visit each one.
 * A screen added to src/ui/app.tsx (or a sub-route of one) is one more line here. Ids are the
 * records of the sample backup (tests/fixtures/backup-sample.ts) that seed() restores.
 */
export const SCREENS: readonly { name: string; path: string }[] = [
  { name: 'today', path: '/' },
  { name: 'roles', path: '/roles' },
  { name: 'role', path: '/roles/cm' },
  { name: 'custom role', path: '/roles/custom.role.agency' },
  { name: 'skill', path: '/roles/skill/cm.moderation' },
  { name: 'new role', path: '/roles/new' },
  { name: 'edit role', path: '/roles/custom.role.agency/edit' },
  { name: 'add skill', path: '/roles/custom.role.agency/add-skill' },
  { name: 'edit skill', path: '/roles/skill/custom.tiktok-live/edit' },
  { name: 'log', path: '/log' },
  { name: 'log form', path: '/log/new' },
  { name: 'edit activity', path: '/log/ac1/edit' },
  { name: 'log stats', path: '/log/stats' },
  { name: 'goals', path: '/goals' },
  { name: 'goal form', path: '/goals/new' },
  { name: 'edit goal', path: '/goals/g1/edit' },
  { name: 'progress', path: '/progress' },
  { name: 'reminders', path: '/reminders' },
  { name: 'reminder form', path: '/reminders/new' },
  { name: 'edit reminder', path: '/reminders/r1/edit' },
  { name: 'settings', path: '/settings' },
  { name: 'restore', path: '/settings/restore' },
  { name: 'not found', path: '/no-such-screen' },
];

/** Welcome is checked first, on the fresh profile, before seed() completes the first run. */
export const WELCOME = { name: 'welcome', path: '/welcome' } as const;

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The sample data, in `lang`, with activities in the last weeks so charts have bars. */
function seedData(lang: 'en' | 'it'): BackupData {
  const data = sampleData();
  const settings = { ...data.settings, lang, theme: 'system' } as typeof data.settings;
  const activities = data.activities.flatMap((a, i) =>
    [3, 10, 24, 40].map((back, k) => ({
      ...a,
      id: k === 0 ? a.id : `${a.id}-${k}`,
      day: daysAgo(back + i),
    })),
  );
  return {
    ...data,
    settings,
    activities,
  };
}

/**
 * Fills the app through its own restore screen (the path a new phone takes), which works on a
 * fresh profile and on one already filled: each language starts from the same data.
 */
export async function seed(page: Page, lang: 'en' | 'it'): Promise<void> {
  await page.goto('/settings/restore');
  await page.locator('input[type=file]').setInputFiles({
    name: 'sample.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sampleDoc(seedData(lang)))),
  });
  await page.locator('.restore-actions button:not([disabled])').click();
  await page.getByTestId('restore-done').waitFor();
  await waitUntil(page, () => document.documentElement.lang !== '');
}

/** Resolves once the page has not changed for a moment (data read, lazy chunks in). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quiet: ReturnType<typeof setTimeout>;
        const done = () => {
          observer.disconnect();
          resolve();
        };
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, 250);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        quiet = setTimeout(done, 250);
        setTimeout(done, 5000);
      }),
  );
}

/** Loads `path` afresh and waits until the app shows it, settled. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await appReady(page);
  await settle(page);
}

/**
 * Goes to `path` the way a tap on a link in the app does (a real click on a real link, handled
 * by the router), without reloading.
 */
export async function clickTo(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    const link = document.createElement('a');
    link.href = to;
    link.textContent = to;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  await settle(page);
}
