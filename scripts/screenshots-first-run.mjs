// Screenshots of the first run for review: Welcome, the self-assessment (first, middle and last
// skill) and the Today it ends on, at 390x844 and 1280x800, EN and IT, light and dark, with text
// at 100% and at 200% (Chrome's font-size setting). Run after `vite build` (DIST=folder for
// another build):  node scripts/screenshots-first-run.mjs [outDir=/tmp/shots/first-run]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserSession, serveBuild, setTextSize, until, VIEWPORTS } from './shot-browser.mjs';

const out = process.argv[2] ?? '/tmp/shots/first-run';
mkdirSync(out, { recursive: true });
const server = await serveBuild();
const START = { en: 'Start', it: 'Inizia' };

async function run(lang, scheme, size, text) {
  const { page, cdp, close } = await browserSession(server.base, {
    lang,
    colorScheme: scheme,
    viewport: VIEWPORTS[size],
  });
  if (text === 200) await setTextSize(cdp, 200);
  const name = (what) => join(out, `${what}-${lang}-${scheme}-${size}-${text}.png`);
  const shot = async (what) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: name(what) });
  };
  await page.goto('/');
  await page.locator('main h1').first().waitFor();
  await until(page, () => document.querySelector('.prerender') === null);
  await shot('welcome');
  await page.getByLabel('Community Manager').check();
  await page.getByLabel('Social Media Manager').check();
  await page.getByRole('button', { name: START[lang] }).click();
  await page.waitForURL('**/assess');
  await page.locator('.level-picker__item button').first().waitFor();
  await shot('assess-1');
  const buttons = page.locator('.level-picker__item button');
  const progress = () =>
    page.evaluate(() => document.querySelector('[data-testid=assess-progress]')?.textContent ?? '');
  for (let i = 0; ; i++) {
    const before = await progress();
    if (!before) break;
    if (i === 9) await shot('assess-10');
    await buttons.nth(i % 3 === 0 ? 1 : i % 3 === 1 ? 2 : 3).click();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await progress().catch(() => '')) === before) {
      await page.waitForTimeout(50);
    }
  }
  await page.locator('#today-start').waitFor();
  await shot('today');
  await page.screenshot({ path: name('today-full'), fullPage: true });
  await close();
}

for (const lang of ['en', 'it']) {
  for (const scheme of ['light', 'dark']) {
    for (const size of ['phone', 'laptop']) {
      for (const text of [100, 200]) {
        await run(lang, scheme, size, text).catch((e) =>
          console.error(lang, scheme, size, text, e.message),
        );
      }
    }
  }
}
await server.close();
console.log(`screenshots in ${out}`);
