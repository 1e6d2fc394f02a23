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
    reachLevel: 'Reach a level',
    deliver: 'Deliver something',
    chosen: 'Chosen:',
    level: /: level \d$/,
    by: 'By',
    saveGoal: 'Save goal',
    deliverName: 'What will you deliver?',
    deliverMissing: 'Say what you will deliver.',
    deliverable: 'Editorial calendar for March',
    removeOnboarding: 'Remove Onboarding',
    search: 'Search skills',
    moderation: 'Guidelines and moderation',
    removeModeration: 'Remove Guidelines and moderation',
    selected: /selected/,
    following: 'Following',
    follow: 'Follow',
    unfollowed: 'You no longer follow Community Manager.',
    undo: 'Undo',
  },
  it: {
    logTab: 'Registra',
    goalsTab: 'Obiettivi',
    logForm: 'Registra un’attività',
    allActivities: 'Tutte le attività',
    logList: 'Diario',
    reminders: 'Promemoria',
    subTabs: 'Obiettivi e promemoria',
    reachLevel: 'Raggiungere un livello',
    deliver: 'Consegnare qualcosa',
    chosen: 'Scelta:',
    level: /: livello \d$/,
    by: 'Entro il',
    saveGoal: 'Salva obiettivo',
    deliverName: 'Che cosa consegnerai?',
    deliverMissing: 'Scrivi che cosa consegnerai.',
    deliverable: 'Piano editoriale di marzo',
    removeOnboarding: 'Togli Onboarding dei nuovi membri',
    search: 'Cerca competenze',
    moderation: 'Netiquette e moderazione',
    removeModeration: 'Togli Netiquette e moderazione',
    selected: /selezionat/,
    following: 'Segui già',
    follow: 'Segui',
    unfollowed: 'Non segui più Community Manager.',
    undo: 'Annulla',
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

  it('"Reach a level" starts on the suggested skill; a deliverable needs its name first', async () => {
    app = await openApp({ lang, controlled: false });
    const { page } = app;
    page.setDefaultTimeout(8000);
    await onboard(page, lang);

    await page.goto('/goals/new');
    await page.getByLabel(t.reachLevel).check();
    const chosen = page.locator('.skill-picker__chosen');
    await chosen.waitFor();
    const skill = ((await chosen.locator('strong').textContent()) ?? '').trim();
    expect(skill.length).toBeGreaterThan(2);
    const name = page.getByLabel(/^(Name|Nome)/);
    // The name it will get unless typed: "<skill>: level N", never ": level 3".
    const placeholder = (await name.getAttribute('placeholder')) ?? '';
    expect(placeholder.startsWith(skill)).toBe(true);
    expect(placeholder).toMatch(t.level);
    await page.getByLabel(t.by, { exact: true }).fill('2027-03-01');
    await page.getByRole('button', { name: t.saveGoal }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${skill}`) }).waitFor();

    await page.goto('/goals/new');
    await page.getByLabel(t.deliver).check();
    await expectNoAxeViolations(page, '/goals/new (deliverable)');
    await page.getByLabel(t.by, { exact: true }).fill('2027-03-01');
    await page.getByRole('button', { name: t.saveGoal }).click();
    await page.getByText(t.deliverMissing).waitFor();
    // Focus moves to the field once the message is shown (an effect after the render).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('g-title');
    await page.getByLabel(t.deliverName).fill(t.deliverable);
    await page.getByRole('button', { name: t.saveGoal }).click();
    await page.getByRole('heading', { level: 2, name: t.deliverable }).waitFor();
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('the skill picker shows a preselected skill by name and finds another by search', async () => {
    app = await openApp({ lang, controlled: false });
    const { page } = app;
    page.setDefaultTimeout(8000);
    await onboard(page, lang);
    await page.goto(`/log/new?skill=cm.onboarding&from=${encodeURIComponent('/')}`);
    await page.getByRole('button', { name: t.removeOnboarding }).waitFor();
    expect(await page.getByText(t.selected).count()).toBe(0);
    await page.getByLabel(t.search).fill(t.moderation.slice(-10).toUpperCase());
    await page.getByLabel(t.moderation).check();
    await page.getByRole('button', { name: t.removeModeration }).waitFor();
    await expectNoAxeViolations(page, '/log/new (picker)');
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('unfollowing a role can be undone from the toast, and the undo is stored', async () => {
    app = await openApp({ lang, controlled: false });
    const { page } = app;
    page.setDefaultTimeout(8000);
    await onboard(page, lang);
    await page.goto('/roles/cm');
    await page.getByRole('button', { name: t.following, exact: true }).click();
    await page.getByText(t.unfollowed).waitFor();
    await page.getByRole('button', { name: t.follow, exact: true }).waitFor();
    await page.getByRole('button', { name: t.undo }).click();
    await page.getByRole('button', { name: t.following, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: t.following, exact: true }).waitFor();
    expect(app.errors).toEqual([]);
  }, 120_000);
});
