// Screenshots of the real app at phone size, EN and IT, light and dark, for review, plus the
// two store screenshots the manifest points at (public/screenshots). Run after `vite build`:
//   node scripts/screenshots.mjs [outDir=/tmp/shots/review] [--store]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const out =
  process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '/tmp/shots/review';
const store = process.argv.includes('--store');
mkdirSync(out, { recursive: true });
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TEXT = {
  en: {
    cm: 'Community Manager',
    smm: 'Social Media Manager',
    start: 'Start',
    save: 'Save',
    level: /Confident/,
  },
  it: {
    cm: 'Community Manager',
    smm: 'Social Media Manager',
    start: 'Inizia',
    save: 'Salva',
    level: /Autonomo/,
  },
};

async function session(lang, colorScheme, viewport = { width: 390, height: 844 }) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'stt-shot-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, `--lang=${lang}`],
    locale: lang === 'it' ? 'it-IT' : 'en-GB',
    colorScheme,
    viewport,
    baseURL: base,
  });
  const page = context.pages()[0];
  await page.goto('/');
  await page.locator('main h1').first().waitFor();
  await page.getByLabel(TEXT[lang].cm).check();
  await page.getByLabel(TEXT[lang].smm).check();
  await page.getByRole('button', { name: TEXT[lang].start }).click();
  await page.waitForURL('**/roles');
  await seed(page, TEXT[lang]);
  return { context, page };
}

/** A little real data, entered through the UI, so screens show numbers rather than zeros. */
async function seed(page, t) {
  await page.goto('/roles/skill/sh.voice');
  await page.getByLabel(t.level).check();
  await page.goto('/log/new');
  await page.getByLabel('Webinar').check();
  await page.getByLabel('45 min').check();
  await page.getByRole('button', { name: t.save, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log/new'));
}

async function shoot(page, path, file, fullPage = false) {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: file, fullPage });
}

const paths = {
  today: '/',
  roles: '/roles',
  role: '/roles/cm',
  skill: '/roles/skill/sh.voice',
  log: '/log',
  logNew: '/log/new',
  goals: '/goals',
  progress: '/progress',
  settings: '/settings',
  reminders: '/reminders',
  goalNew: '/goals/new',
  reminderNew: '/reminders/new',
  roleNew: '/roles/new',
  restore: '/settings/restore',
  welcome: '/welcome',
};
for (const lang of ['en', 'it']) {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await session(lang, scheme);
    for (const [name, path] of Object.entries(paths)) {
      await shoot(page, path, join(out, `${name}-${lang}-${scheme}.png`), true).catch((e) =>
        console.error(name, e.message),
      );
    }
    await context.close();
  }
}
if (store) {
  const narrow = await session('en', 'light');
  await shoot(narrow.page, '/', 'public/screenshots/narrow.png');
  await narrow.context.close();
  const wide = await session('en', 'light', { width: 1280, height: 800 });
  await shoot(wide.page, '/roles', 'public/screenshots/wide.png');
  await wide.context.close();
}
await server.close();
console.log(`screenshots in ${out}`);
