import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type OpenApp, onboard, openApp } from './harness';

// Today's "what changed in the skills you follow" notice in real Chromium, in both languages: a
// person whose data predates catalog v2 sees it once; a new install never does.

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TEXT = {
  en: {
    title: 'What’s new in your skills',
    smm: /^Social Media Manager: 3 new skills: “Generative AI in content work”, /,
    dismiss: 'Got it',
    today: 'Today',
  },
  it: {
    title: 'Novità nelle competenze che segui',
    smm: /^Social Media Manager: 3 competenze nuove: «IA generativa nel lavoro sui contenuti», /,
    dismiss: 'Ho capito',
    today: 'Oggi',
  },
} as const;

/** Leaves the database as content version 1 left it: no record of seen news. */
async function forgetSeenNews(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('self-training-tracker');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete('contentNoticeSeen');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** What the database records as the last news seen (undefined: none). */
function seenNews(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('self-training-tracker');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('contentNoticeSeen');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

describe.each(['en', 'it'] as const)('the content notice on Today (%s)', (lang) => {
  const t = TEXT[lang];

  it('shows once to data from before the update, never to a new install', async () => {
    app = await openApp({ lang, controlled: false });
    const { page } = app;
    page.setDefaultTimeout(8000);
    await onboard(page, lang);
    const notice = page.getByTestId('content-notice');
    // A new install: Today is read in full and shows no notice.
    await page.getByRole('heading', { level: 1, name: t.today }).waitFor();
    await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    expect(await notice.count()).toBe(0);

    await forgetSeenNews(page);
    await page.reload();
    await notice.getByRole('heading', { name: t.title }).waitFor();
    const lines = await notice.getByRole('listitem').allInnerTexts();
    expect(lines.some((l) => t.smm.test(l))).toBe(true);
    await expectNoAxeViolations(page, '/ (content notice)');

    await notice.getByRole('button', { name: t.dismiss }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Hidden at once, stored a moment later: reload once it is kept (a loaded machine is slow).
    await expect.poll(() => seenNews(page)).not.toBeUndefined();
    await page.reload();
    await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await notice.count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 120_000);
});
