// Screenshots of levels that come up for review: Today's quick check (and with "Changed" open),
// a skill to re-confirm and one confirmed today, the full list, Progress's line and the setting,
// at 390x844 and 1280x800, EN and IT, light and dark, with text at 200% (Chrome's font-size
// setting). Run after `vite build` (DIST=folder for another build):
//   node scripts/screenshots-review.mjs [outDir=/tmp/shots/review] [--text=100]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserSession, serveBuild, setTextSize, until, VIEWPORTS } from './shot-browser.mjs';

const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/shots/review';
const text = Number(process.argv.find((a) => a.startsWith('--text='))?.slice(7) ?? 200);
mkdirSync(out, { recursive: true });
const server = await serveBuild();

function ago(months) {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const RATINGS = [
  ['sh.crisis', 3, ago(24)],
  ['cm.moderation', 4, ago(22)],
  ['sh.voice', 3, ago(20)],
  ['cm.onboarding', 3, ago(19)],
  ['smm.calendar', 2, ago(14)],
];

/** The app's database, once it made it: follow CM and SMM, rate long ago. */
async function seed(page, lang) {
  await page.evaluate(
    async ({ lang, ratings }) => {
      for (let i = 0; i < 100; i++) {
        if ((await indexedDB.databases()).some((d) => d.name === 'self-training-tracker')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const open = indexedDB.open('self-training-tracker');
      const db = await new Promise((ok, ko) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      const tx = db.transaction(['settings', 'skillStates', 'assessments'], 'readwrite');
      const now = new Date().toISOString();
      tx.objectStore('settings').put(
        {
          lang,
          theme: 'system',
          followedRoleIds: ['cm', 'smm'],
          onboarded: true,
          weekStartsOn: null,
          showStreak: true,
          calendarSequence: 0,
          persistAsked: true,
          updatedAt: now,
        },
        'app',
      );
      ratings.forEach(([id, rating, day], n) => {
        const at = `${day}T08:00:00.000Z`;
        tx.objectStore('skillStates').put({
          id,
          rating,
          checked: [],
          evidence: [],
          createdAt: at,
          updatedAt: at,
        });
        tx.objectStore('assessments').put({
          id: `shot-${n}`,
          skillId: id,
          rating,
          day,
          createdAt: at,
          updatedAt: at,
        });
      });
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    },
    { lang, ratings: RATINGS },
  );
}

const WORDS = {
  en: { stillTrue: 'Still true', changed: 'Changed' },
  it: { stillTrue: 'Ancora valido', changed: 'È cambiato' },
};

async function run(lang, scheme, size) {
  const { page, cdp, close } = await browserSession(server.base, {
    lang,
    colorScheme: scheme,
    viewport: VIEWPORTS[size],
  });
  const name = (what) => join(out, `${what}-${lang}-${scheme}-${size}-${text}.png`);
  const open = async (path, ready) => {
    await page.goto(path);
    await setTextSize(cdp, text);
    await page.locator(ready).first().waitFor();
    await until(page, () => document.querySelector('.prerender') === null);
  };
  /** The viewport with `selector` scrolled to the top, as a person would see it. */
  const shot = async (what, selector) => {
    if (selector)
      await page
        .locator(selector)
        .first()
        .evaluate((el) => el.scrollIntoView());
    await page.waitForTimeout(300);
    await page.screenshot({ path: name(what) });
  };
  await open('/welcome', 'main h1');
  await seed(page, lang);
  await open('/', '[data-testid=today-review]');
  await shot('today', '[data-testid=today-review]');
  const card = page.getByTestId('today-review');
  await card.getByRole('button', { name: WORDS[lang].changed }).first().click();
  await shot('today-changed', '[data-testid=today-review] .level-picker');
  await card.getByRole('button', { name: WORDS[lang].changed }).first().click();
  await card.getByRole('button', { name: WORDS[lang].stillTrue }).first().click();
  await page.waitForTimeout(500);
  await shot('today-after', '[data-testid=today-review]');
  await open('/roles/skill/sh.voice', '[data-testid=review-due]');
  await shot('skill-due', '[data-testid=review-due]');
  await open('/roles/skill/sh.crisis', '[data-testid=review-confirmed]');
  await shot('skill-confirmed', '[data-testid=review-confirmed]');
  await open('/roles/review', 'main h1');
  await shot('list');
  await open('/progress', '[data-testid=current-levels]');
  await shot('progress', '[data-testid=current-levels]');
  await open('/settings', 'input[name=level-review]');
  await shot('settings', 'fieldset:has(input[name=level-review])');
  await close();
}

const only = process.env.ONLY?.split(',');
for (const lang of ['en', 'it']) {
  for (const scheme of ['light', 'dark']) {
    for (const size of ['phone', 'laptop']) {
      if (only && !only.includes(`${lang}-${scheme}-${size}`)) continue;
      await run(lang, scheme, size).catch((e) => console.error(lang, scheme, size, e.message));
    }
  }
}
await server.close();
console.log(`screenshots in ${out}`);
