// Screenshots of catalog v2 as a user meets it: a skill screen with its new steps and level
// lines, and Today's "what changed" notice as a user of content version 1 sees it after the
// update. EN and IT, phone and laptop, light; the phone also at 200% text. After a build:
//   DIST=/tmp/x node scripts/screenshots-content.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserSession, serveBuild, setTextSize, until, VIEWPORTS } from './shot-browser.mjs';

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

try {
  for (const lang of ['en', 'it']) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const text of size === 'phone' ? [100, 200] : [100]) {
        const { page, cdp, close } = await browserSession(server.base, {
          lang,
          colorScheme: 'light',
          viewport,
        });
        try {
          await setTextSize(cdp, text);
          await onboard(page, lang);
          const name = (what) => join(out, `${what}-${lang}-${size}-${text}.png`);
          // A fresh install: no notice.
          const fresh = await page.getByTestId('content-notice').count();
          await forgetSeenNews(page);
          await page.reload();
          await setTextSize(cdp, text);
          await page.getByTestId('content-notice').waitFor();
          await page.getByTestId('content-notice').scrollIntoViewIfNeeded();
          await page.screenshot({ path: name('notice'), fullPage: true });
          // The card alone: at 200% text a whole-page PNG is too tall to read.
          await page.getByTestId('content-notice').screenshot({ path: name('notice-card') });
          for (const skill of ['cm.response', 'sh.genai']) {
            await page.goto(`/roles/skill/${skill}`);
            await setTextSize(cdp, text);
            await until(page, () => document.querySelectorAll('.checklist li').length > 0);
            await page.screenshot({ path: name(`skill-${skill}`), fullPage: true });
            await page
              .locator('section', { has: page.locator('#checklist-h') })
              .screenshot({ path: name(`checklist-${skill}`) });
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
