import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { backupDoc } from './backup-docs';
import { type OpenApp, openApp } from './harness';

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const T = '2026-03-01T08:00:00.000Z';
const P = XSS_PAYLOADS;

function localDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() - offset);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Every payload as an activity title and note, an evidence note, a custom skill and role name. */
function hostileBackup(): string {
  const skillId = (i: number) => `xss-skill-${i}`;
  return backupDoc({
    activities: P.length,
    title: (i) => P[i] ?? '',
    note: (i) => P[(i + 1) % P.length],
    day: (i) => localDay(i % 2),
    skillIds: (i) => [skillId(i), 'cm.onboarding'],
    followedRoleIds: ['cm', 'xss-role'],
    skillStates: [
      {
        id: 'cm.onboarding',
        createdAt: T,
        updatedAt: T,
        rating: 3,
        checked: [],
        evidence: P.map((note, i) => ({ id: `ev${i}`, note, day: localDay(0) })),
      },
    ],
    customSkills: P.map((name, i) => ({
      id: skillId(i),
      createdAt: T,
      updatedAt: T,
      custom: true,
      name,
      description: P[(i + 2) % P.length],
      checklist: [{ id: 's1', text: P[(i + 3) % P.length] }],
      exampleGoals: [P[(i + 4) % P.length]],
    })),
    customRoles: [
      {
        id: 'xss-role',
        createdAt: T,
        updatedAt: T,
        custom: true,
        name: P[0],
        summary: P[2],
        areas: [{ id: 'a1', name: P[4] }],
        links: P.map((_, i) => ({
          skillId: skillId(i),
          areaId: 'a1',
          core: i % 2 === 0,
          target: 2,
        })),
      },
    ],
  });
}

async function expectInert(page: Page, path: string, mustShow: readonly string[]): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 300)); // let any onerror/onload have its chance
  const state = await page.evaluate(() => ({
    xss: (window as { __xss?: unknown }).__xss,
    text: document.querySelector('main')?.textContent ?? '',
    badLinks: [...document.querySelectorAll('a[href], iframe, object, embed')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.tagName)
      .filter((h) => !/^(\/|https?:|#)/.test(h)),
  }));
  expect(state.xss, `window.__xss set on ${path}`).toBeUndefined();
  expect(state.badLinks, `non-web links or frames on ${path}`).toEqual([]);
  for (const text of mustShow) expect(state.text, `${path} shows ${text}`).toContain(text);
}

describe('hostile text in real Chromium', () => {
  it(`renders ${P.length} payloads as plain text on every screen and runs none of them`, async () => {
    expect(P.length).toBeGreaterThanOrEqual(30);
    app = await openApp({ path: '/settings/restore' });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostileBackup()),
    });
    await page.getByTestId('restore-preview').waitFor();
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByTestId('restore-done').waitFor();

    await expectInert(page, '/', []);
    await expectInert(page, '/log', P.slice(0, 10));
    await expectInert(page, '/roles', [P[0] ?? '']);
    await expectInert(page, '/roles/xss-role', P);
    await expectInert(page, '/roles/skill/cm.onboarding', P);
    for (const i of [0, 2, 5, 6, 21, 31]) {
      await expectInert(page, `/roles/skill/xss-skill-${i}`, [
        P[i] ?? '',
        P[(i + 2) % P.length] ?? '',
      ]);
    }
    await expectInert(page, '/progress', []);
    await expectInert(page, '/goals', []);
    await expectInert(page, '/settings', []);
    // The edit form shows the title in an input: as its value, verbatim.
    await page.goto('/log/act-2/edit');
    expect(await page.locator('#log-title').inputValue()).toBe(P[2]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('refuses javascript: links, typed in the app or carried by a backup file', async () => {
    app = await openApp({ path: '/settings/restore' });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const doc = JSON.parse(backupDoc({ activities: 1 }));
    doc.data.activities[0].link = 'javascript:window.__xss=1';
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'link.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    // Named as the user knows it (its title and day), not by its place in the file.
    expect(await page.getByTestId('restore-error').textContent()).toMatch(
      /the activity “[^”]+” of [^,]+, field “link”/,
    );

    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'ok.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupDoc({ activities: 1 })),
    });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByTestId('restore-done').waitFor();
    await page.goto('/roles/skill/cm.onboarding');
    await page.getByLabel('What shows it').fill('Ran the onboarding call');
    await page.getByLabel('Link (optional)').fill('javascript:window.__xss=1');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page
      .getByText('Only web links starting with https:// or http:// can be saved.')
      .waitFor();
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });
  it('a right-to-left override in a name reverses nothing beside it', async () => {
    app = await openApp({ path: '/settings/restore' });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const doc = backupDoc({
      activities: 1,
      title: () => '\u202eWebinar',
      day: () => localDay(0),
      skillIds: () => ['my-rtl', 'cm.onboarding'],
      customSkills: [
        {
          id: 'my-rtl',
          createdAt: T,
          updatedAt: T,
          custom: true,
          name: '\u202eEvil name',
          description: '',
          checklist: [],
          exampleGoals: [],
        },
      ],
    });
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'rtl.json',
      mimeType: 'application/json',
      buffer: Buffer.from(doc),
    });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByTestId('restore-done').waitFor();
    await page.goto('/log');
    await page.locator('.activity-row__skills').first().waitFor();
    // Where the browser draws the first and last letters of the text after the override: in
    // reading order (left to right) only if the override stayed inside its own name.
    const order = await page.evaluate(() => {
      const ltr = (root: Element, word: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent?.indexOf(word) ?? -1;
          if (at < 0) continue;
          const box = (i: number) => {
            const r = document.createRange();
            r.setStart(n as Text, i);
            r.setEnd(n as Text, i + 1);
            return r.getBoundingClientRect().left;
          };
          return box(at) < box(at + word.length - 1);
        }
        return null;
      };
      const row = document.querySelector('.activity-row') as Element;
      return {
        nextSkill: ltr(row.querySelector('.activity-row__skills') as Element, 'Onboarding'),
        minutes: ltr(row.querySelector('.activity-row__meta') as Element, 'min'),
      };
    });
    expect(order).toEqual({ nextSkill: true, minutes: true });
  });

  it('the Back arrow never leaves the app, whatever ?from= says', async () => {
    app = await openApp({ path: '/settings/restore' });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'onboarded.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupDoc({ activities: 1 })),
    });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByTestId('restore-done').waitFor();
    const origin = new URL(page.url()).origin;
    for (const from of [
      '/%5Cevil.example',
      '//evil.example',
      '/%5C/evil.example',
      '%2F%2Fevil.example',
      '/%09/evil.example',
      'javascript:alert(1)',
      'https://evil.example/',
    ]) {
      await page.goto(`/log/new?from=${from}`);
      const back = page.getByRole('link', { name: 'Back' });
      await back.waitFor();
      const href = await back.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).origin, from).toBe(origin);
      await back.click();
      await page.locator('main h1').first().waitFor();
      expect(new URL(page.url()).origin, from).toBe(origin);
    }
  });

  it('a backup whose ids hold line breaks is refused in plain words', async () => {
    app = await openApp({ path: '/settings/restore' });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const doc = JSON.parse(backupDoc({ activities: 1 }));
    doc.data.activities[0].id = 'act-0\r\nEND:VEVENT';
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'ids.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    const text = await page.getByTestId('restore-error').textContent();
    expect(text).toMatch(/field “id”: an id holds characters the app never writes/);
    expect(text).toMatch(/Nothing was changed/);
  });
});
