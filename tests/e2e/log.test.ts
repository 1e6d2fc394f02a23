import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type OpenApp, openApp } from './harness';

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TEXT = {
  en: {
    cm: 'Community Manager',
    start: 'Start',
    assess: 'Self-assessment',
    today: 'Today',
    quickLog: 'Log an activity',
    webinar: 'Webinar',
    practice: 'Practice',
    min45: '45 min',
    min60: '60 min',
    save: 'Save',
    skill: 'Onboarding',
    target: 'Number',
    browse: 'Choose from your roles’ skills',
    starts: 'Starts',
    saveGoal: 'Save goal',
    progress0: '0 of 2 sessions',
    progress1: '1 of 2 sessions',
    roleCount: 'Community Manager: 1 session',
    log: 'Log',
    allActivities: 'All activities',
    edit: 'Edit activity',
    del: 'Delete activity',
    undo: 'Undo',
  },
  it: {
    cm: 'Community Manager',
    start: 'Inizia',
    assess: 'Autovalutazione',
    today: 'Oggi',
    quickLog: 'Registra un’attività',
    webinar: 'Webinar',
    practice: 'Pratica',
    min45: '45 min',
    min60: '60 min',
    save: 'Salva',
    skill: 'Onboarding dei nuovi membri',
    target: 'Numero',
    browse: 'Scegli tra le competenze dei tuoi ruoli',
    starts: 'Inizio',
    saveGoal: 'Salva obiettivo',
    progress0: '0 su 2 sessioni',
    progress1: '1 su 2 sessioni',
    roleCount: 'Community Manager: 1 sessione',
    log: 'Registra',
    allActivities: 'Tutte le attività',
    edit: 'Modifica attività',
    del: 'Elimina attività',
    undo: 'Annulla',
  },
} as const;

function weekAgo(): string {
  const d = new Date();
  d.setDate(d.getDate() - 7);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

describe.each(['en', 'it'] as const)('learning log in real Chromium (%s)', (lang) => {
  it('logs offline from Today in a few taps, updates goal and role counts, edits, deletes, undoes', async () => {
    const t = TEXT[lang];
    app = await openApp({ lang });
    const { page, context } = app;
    page.setDefaultTimeout(8000);
    await page.waitForURL(/\/welcome$/);
    await page.getByLabel(t.cm).check();
    await page.getByRole('button', { name: t.start }).click();
    await page.getByRole('heading', { level: 1, name: t.assess }).waitFor();

    // A weekly goal of 2 sessions, started last week so this week asks for the whole target.
    await page.goto('/goals/new');
    await page.getByLabel(t.target, { exact: true }).fill('2');
    await page.getByLabel(t.starts, { exact: true }).fill(weekAgo());
    await page.getByRole('button', { name: t.saveGoal }).click();
    await page.getByText(t.progress0).waitFor();
    await expectNoAxeViolations(page, '/goals');

    await context.setOffline(true);
    await page.getByRole('navigation').getByRole('link', { name: t.today }).click();
    await page.getByText(t.progress0).waitFor();
    await expectNoAxeViolations(page, '/');

    // Quick log: button, type, minutes, (skill: 2 taps, for the role count), Save.
    await page.getByRole('link', { name: t.quickLog }).click();
    await page.getByLabel(t.webinar, { exact: true }).check();
    await expectNoAxeViolations(page, '/log/new');
    await page.getByLabel(t.min45).check();
    // The followed roles' skills are one tap away, grouped under the role's name.
    await page.getByText(t.browse).click();
    await page.getByLabel(t.skill, { exact: true }).check();
    await page.getByRole('button', { name: t.save, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t.today }).waitFor();
    await page.getByText(t.progress1).waitFor();
    await page.getByText(t.roleCount).waitFor();

    await page.reload();
    await page.getByText(t.progress1).waitFor();
    expect(await page.getByText(t.roleCount).count()).toBe(1);

    // Edit it from the log: the Log tab opens the form, the list is one link away.
    await page.getByRole('navigation').getByRole('link', { name: t.log }).click();
    await page.getByRole('link', { name: t.allActivities }).click();
    await expectNoAxeViolations(page, '/log');
    await page
      .getByRole('link', { name: new RegExp(t.webinar) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: t.edit }).waitFor();
    await page.getByLabel(t.practice, { exact: true }).check();
    await page.getByLabel(t.min60).check();
    await page.getByRole('button', { name: t.save, exact: true }).click();
    await page
      .getByText(/60 min/)
      .first()
      .waitFor();

    // Delete, then undo.
    await page
      .getByRole('link', { name: new RegExp(t.practice) })
      .first()
      .click();
    await page.getByRole('button', { name: t.del }).click();
    await page.getByRole('button', { name: t.undo }).click();
    await page
      .getByText(/60 min/)
      .first()
      .waitFor();
    await page.reload();
    await page
      .getByText(/60 min/)
      .first()
      .waitFor();
    expect(app.errors).toEqual([]);
  }, 180_000);
});
