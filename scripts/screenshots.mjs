// Screenshots of the real app for review: every screen of tests/e2e/screen-list.ts plus
// Welcome, EN and IT, at phone (390x844) and laptop (1280x800) size, light, dark and light with
// Chrome's text size at 200%, filled with the e2e sample data (restored as a backup). Plus the
// two store screenshots the manifest points at (public/screenshots). Run after `vite build`:
//   node scripts/screenshots.mjs [outDir=/tmp/shots/review] [--store]
//     [--langs=en,it] [--sizes=phone,laptop] [--modes=light,dark,text200] [--only=today,roles]
// Files: <screen>-<lang>-<size>-<mode>[-part].png, one per screenful, up to six.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { browserSession, serveBuild, setTextSize, VIEWPORTS } from './shot-browser.mjs';

const args = process.argv.slice(2);
const out = args[0] && !args[0].startsWith('--') ? args[0] : '/tmp/shots/review';
const option = (name, all) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')[1]
    .split(',') ?? all;
const store = args.includes('--store');
const langs = option('langs', ['en', 'it']);
const sizes = option('sizes', ['phone', 'laptop']);
const modes = option('modes', ['light', 'dark', 'text200']);
const only = option('only', null);
mkdirSync(out, { recursive: true });

// The screen list and the sample data are TypeScript shared with the e2e tests: Vite reads them.
const loader = await createServer({
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
});
const { SCREENS } = await loader.ssrLoadModule('/tests/e2e/screen-list.ts');
const { seedDoc } = await loader.ssrLoadModule('/tests/e2e/seed-data.ts');
const docs = Object.fromEntries(langs.map((l) => [l, JSON.stringify(seedDoc(l))]));
await loader.close();

const server = await serveBuild();
const base = server.base;

async function session(lang, colorScheme) {
  return browserSession(base, { lang, colorScheme });
}

/** Fills the app through its restore screen, as the e2e layout tests do. */
async function seed(page, lang) {
  await page.goto('/settings/restore');
  await page.locator('input[type=file]').setInputFiles({
    name: 'sample.json',
    mimeType: 'application/json',
    buffer: Buffer.from(docs[lang]),
  });
  await page.locator('.restore-actions button:not([disabled])').click();
  await page.getByTestId('restore-done').waitFor();
}

let textSize = 100;

/**
 * The page screen by screen, as a user scrolls it (file, file-2, …): viewport screenshots,
 * because a full-page one re-emulates the window and loses Chrome's text size.
 */
async function shoot(page, cdp, path, file, all = true) {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await setTextSize(cdp, textSize);
  await page.waitForTimeout(400);
  const { view, height } = await page.evaluate(() => ({
    view: innerHeight,
    height: document.documentElement.scrollHeight,
  }));
  const parts = all ? Math.min(6, Math.ceil(height / view)) : 1;
  for (let part = 1; part <= parts; part++) {
    await page.evaluate((y) => scrollTo(0, y), (part - 1) * view);
    await page.waitForTimeout(100);
    await page.screenshot({ path: part === 1 ? file : file.replace(/\.png$/, `-${part}.png`) });
  }
}

const screens = [{ name: 'welcome', path: '/welcome' }, ...SCREENS].filter(
  (s) => !only || only.includes(s.name.replaceAll(' ', '-')),
);
let count = 0;
for (const lang of langs) {
  for (const mode of modes) {
    const s = await session(lang, mode === 'dark' ? 'dark' : 'light');
    textSize = mode === 'text200' ? 200 : 100;
    // Welcome as a first visit sees it, then the sample data for every other screen.
    for (const size of sizes) {
      await s.page.setViewportSize(VIEWPORTS[size]);
      if (screens[0]?.name === 'welcome') {
        await shoot(s.page, s.cdp, '/welcome', join(out, `welcome-${lang}-${size}-${mode}.png`));
        count++;
      }
    }
    await s.page.setViewportSize(VIEWPORTS.phone);
    await seed(s.page, lang);
    for (const size of sizes) {
      await s.page.setViewportSize(VIEWPORTS[size]);
      for (const screen of screens.filter((x) => x.name !== 'welcome')) {
        const file = join(out, `${screen.name.replaceAll(' ', '-')}-${lang}-${size}-${mode}.png`);
        await shoot(s.page, s.cdp, screen.path, file).catch((e) =>
          console.error(screen.name, e.message),
        );
        count++;
      }
    }
    await s.close();
  }
}
if (store) {
  const s = await session('en', 'light');
  await seed(s.page, 'en');
  textSize = 100;
  await shoot(s.page, s.cdp, '/', 'public/screenshots/narrow.png', false);
  await s.page.setViewportSize(VIEWPORTS.laptop);
  await shoot(s.page, s.cdp, '/roles', 'public/screenshots/wide.png', false);
  await s.close();
}
await server.close();
console.log(`${count} screenshots in ${out}`);
