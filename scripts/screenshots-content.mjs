// Screenshots of catalog v2 as a user meets it: a skill screen with its new steps and level
// lines, and Today's "what changed" notice as a user of content version 1 sees it after the
// update. EN and IT, phone and laptop, light; the phone also at 200% text. After a build:
//   DIST=/tmp/x node scripts/screenshots-content.mjs [outDir]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveBuild, until, VIEWPORTS } from './shot-browser.mjs';

const out = process.argv[2] ?? 'screenshots-content';
mkdirSync(out, { recursive: true });
const server = await serveBuild();

/** Onboards with CM and SMM, skipping the first assessment. */
async function onboard(page, lang) {
  await page.goto('/welcome');
  await page.getByLabel('Community Manager').check();
  await page.getByLabel('Social Media Manager').check();
  await page.getByRole('button', { name: lang === 'it' ? 'Inizia' : 'Start' }).click();
  await page.waitForURL('**/assess');
  await page
    .getByRole('link', { name: lang === 'it' ? 'Continua più tardi' : 'Finish later' })
    .click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Makes the database look as content version 1 left it: no record of seen news. */
async function forgetSeenNews(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('self-training-tracker');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete('contentNoticeSeen');
          tx.oncomplete = () => {
            open.result.close();
            resolve(undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/**
 * A fresh profile whose Chrome text size is `text` % (the profile's own font-size preference, as
 * a user sets it: it holds across navigations and full-page shots, unlike a CDP override).
 */
async function session(lang, viewport, text) {
  const profile = mkdtempSync(join(tmpdir(), 'stt-content-shot-'));
  mkdirSync(join(profile, 'Default'));
  const k = text / 100;
  const prefs = {
    webkit: { webprefs: { default_font_size: 16 * k, default_fixed_font_size: 13 * k } },
  };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
    locale: lang === 'it' ? 'it-IT' : 'en-GB',
    colorScheme: 'light',
    viewport,
    deviceScaleFactor: 1,
    baseURL: server.base,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page: context.pages()[0], close };
}

try {
  for (const lang of ['en', 'it']) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const text of size === 'phone' ? [100, 200] : [100]) {
        const { page, close } = await session(lang, viewport, text);
        try {
          await onboard(page, lang);
          const name = (what) => join(out, `${what}-${lang}-${size}-${text}.png`);
          // A fresh install: no notice, once Today has read everything.
          await until(page, () => !document.querySelector('main [aria-busy="true"]'));
          await page.waitForTimeout(1000);
          const fresh = await page.getByTestId('content-notice').count();
          await forgetSeenNews(page);
          await page.reload();
          await page.getByTestId('content-notice').waitFor();
          const shot = async (what, locator) => {
            if (locator) await locator.screenshot({ path: name(what) });
            else await page.screenshot({ path: name(what), fullPage: true });
          };
          // The card alone too: at 200% text a whole-page PNG is too tall to read.
          await shot('notice-card', page.getByTestId('content-notice'));
          await shot('notice');
          for (const skill of ['cm.response', 'sh.genai']) {
            await page.goto(`/roles/skill/${skill}`);
            await until(page, () => document.querySelectorAll('.checklist li').length > 0);
            await shot(
              `checklist-${skill}`,
              page.locator('section', { has: page.locator('#checklist-h') }),
            );
            await shot(`skill-${skill}`);
          }
          console.log(`${lang} ${size} ${text}%: notice on a fresh install: ${fresh}`);
        } finally {
          await close();
        }
      }
    }
  }
} finally {
  await server.close();
}
