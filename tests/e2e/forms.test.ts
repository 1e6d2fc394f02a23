import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type OpenApp, onboard, openApp } from './harness';

// Forms and navigation (issue 11, item 5) in real Chromium, in both languages.

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TEXT = {
  en: {
    logTab: 'Log',
    goalsTab: 'Goals',
    logForm: 'Log an activity',
    allActivities: 'All activities',
    logList: 'Log',
    reminders: 'Reminders',
    subTabs: 'Goals and reminders',
  },
  it: {
    logTab: 'Registra',
    goalsTab: 'Obiettivi',
    logForm: 'Registra un’attività',
    allActivities: 'Tutte le attività',
    logList: 'Diario',
    reminders: 'Promemoria',
    subTabs: 'Obiettivi e promemoria',
  },
} as const;

/** The names of the bottom-bar tabs that are lit (aria-current set). */
async function litTabs(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: /^(Main|Principale)$/ })
    .locator('a[aria-current]')
    .allInnerTexts();
}

describe.each(['en', 'it'] as const)('forms and navigation in real Chromium (%s)', (lang) => {
  const t = TEXT[lang];

  it('the Log tab opens the log form; Reminders are reached under Goals, which stays lit', async () => {
    app = await openApp({ lang, controlled: false });
    const { page } = app;
    page.setDefaultTimeout(8000);
    await onboard(page, lang);
    const nav = page.getByRole('navigation', { name: /^(Main|Principale)$/ });

    await nav.getByRole('link', { name: t.logTab, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t.logForm }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/log/new');
    expect(await litTabs(page)).toEqual([t.logTab]);
    await page.getByRole('link', { name: t.allActivities }).click();
    await page.getByRole('heading', { level: 1, name: t.logList }).waitFor();
    expect(await litTabs(page)).toEqual([t.logTab]);

    await nav.getByRole('link', { name: t.goalsTab, exact: true }).click();
    await page
      .getByRole('navigation', { name: t.subTabs })
      .getByRole('link', { name: t.reminders })
      .click();
    await page.getByRole('heading', { level: 1, name: t.reminders }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reminders');
    expect(await litTabs(page)).toEqual([t.goalsTab]);
    await expectNoAxeViolations(page, '/reminders');
    expect(app.errors).toEqual([]);
  }, 120_000);
});
