import type { Page } from 'playwright-core';
import { appReady, waitUntil } from './harness';
import { emptyDoc, seedDoc } from './seed-data';

export { SCREENS } from './screen-list';

/** Welcome is checked first, on the fresh profile, before seed() completes the first run. */
export const WELCOME = { name: 'welcome', path: '/welcome' } as const;

/**
 * Fills the app through its own restore screen (the path a new phone takes), which works on a
 * fresh profile and on one already filled: each language starts from the same data.
 */
export async function seed(page: Page, lang: 'en' | 'it', empty = false): Promise<void> {
  await page.goto('/settings/restore');
  await page.locator('input[type=file]').setInputFiles({
    name: 'sample.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(empty ? emptyDoc(lang) : seedDoc(lang))),
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
