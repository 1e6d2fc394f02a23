import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type OpenApp, onboard, openApp } from './harness';

// Where to learn, in the built app in real Chromium: start a resource from a skill and find it
// on the log with its link; save one to learn and find it in the To learn list; mark one done;
// add one's own; and a backup carries the person's resources and marks to a new phone.

let apps: OpenApp[] = [];
afterEach(async () => {
  for (const app of apps) await app.close().catch(() => {});
  apps = [];
});

const TEXT = {
  en: {
    heading: 'Where to learn',
    start: 'Start',
    save: 'Save to learn',
    saved: 'Saved',
    markDone: 'Mark done',
    doneOn: /Done on/,
    add: 'Add your own resource',
    name: 'Name',
    addSave: 'Add resource',
    list: 'Your To learn list',
    toLearn: 'To learn',
    savedHeading: 'Saved',
    save30: 'Save',
    log: 'All activities',
    yours: 'Added by you',
  },
  it: {
    heading: 'Dove imparare',
    start: 'Avvia',
    save: 'Salva da studiare',
    saved: 'Salvata',
    markDone: 'Segna come fatta',
    doneOn: /Fatta il/,
    add: 'Aggiungi una tua risorsa',
    name: 'Nome',
    addSave: 'Aggiungi risorsa',
    list: 'La tua lista «Da studiare»',
    toLearn: 'Da studiare',
    savedHeading: 'Salvate',
    save30: 'Salva',
    log: 'Tutte le attività',
    yours: 'Aggiunta da te',
  },
} as const;

const ACADEMY = 'Discord Moderator Academy';
const FORMEZ = 'Vademecum «Pubblica amministrazione e social media» (2011)';

function resource(page: Page, name: string) {
  return page.locator('li.resource').filter({ has: page.getByText(name, { exact: true }) });
}

async function openSkill(page: Page, heading: string): Promise<void> {
  await page.goto('/roles/skill/cm.moderation');
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

describe.each(['en', 'it'] as const)('where to learn in real Chromium (%s)', (lang) => {
  it('starts, saves, marks done and adds resources from a skill, and lists them', async () => {
    const t = TEXT[lang];
    const app = await openApp({ lang });
    apps.push(app);
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await onboard(page, lang);
    await openSkill(page, t.heading);
    await expectNoAxeViolations(page, `skill screen with resources (${lang})`);

    // The link opens the publisher's page safely, in a new tab; the app never fetched it.
    const link = resource(page, ACADEMY).locator('.resource__name a');
    expect(await link.getAttribute('href')).toBe('https://discord.com/moderation');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');

    // Start: the log form, prefilled; the person saves it; back on the skill.
    await resource(page, ACADEMY)
      .getByRole('link', { name: new RegExp(`^${t.start}`) })
      .click();
    await page.waitForURL(/\/log\/new\?/);
    expect(await page.locator('#log-title').inputValue()).toBe(ACADEMY);
    expect(await page.locator('#log-link').inputValue()).toBe('https://discord.com/moderation');
    await page.getByRole('button', { name: t.save30, exact: true }).click();
    await page.waitForURL(/\/roles\/skill\/cm\.moderation$/);
    // On the log, with its link.
    await page.goto('/log');
    await page
      .getByRole('link', { name: new RegExp(ACADEMY) })
      .first()
      .click();
    await page.waitForURL(/\/log\/.+\/edit/);
    expect(await page.locator('#log-link').inputValue()).toBe('https://discord.com/moderation');
    expect(await page.locator('#log-title').inputValue()).toBe(ACADEMY);

    // Save to learn, mark another done, add one's own.
    await openSkill(page, t.heading);
    await resource(page, ACADEMY)
      .getByRole('button', { name: new RegExp(`^${t.save}`) })
      .click();
    await resource(page, ACADEMY)
      .getByRole('button', { name: new RegExp(`^${t.saved}`) })
      .waitFor();
    await resource(page, FORMEZ)
      .getByRole('button', { name: new RegExp(`^${t.markDone}`) })
      .click();
    await resource(page, FORMEZ).getByText(t.doneOn).waitFor();
    await page.getByRole('button', { name: t.add }).click();
    await page.getByLabel(t.name, { exact: true }).fill('Playbook di moderazione del team');
    await page.locator('#res-link').fill('https://example.org/playbook');
    await page.getByRole('button', { name: t.addSave }).click();
    await resource(page, 'Playbook di moderazione del team').getByText(t.yours).waitFor();
    await resource(page, 'Playbook di moderazione del team')
      .getByRole('button', { name: new RegExp(`^${t.save}`) })
      .click();
    await resource(page, 'Playbook di moderazione del team')
      .getByRole('button', { name: new RegExp(`^${t.saved}`) })
      .waitFor();

    // The To learn list, reached from the skill screen (and the Goals tab).
    await page.getByRole('link', { name: new RegExp(t.list) }).click();
    await page.getByRole('heading', { level: 1, name: t.toLearn }).waitFor();
    const saved = page.getByTestId('to-learn-saved');
    await saved.getByText(ACADEMY, { exact: true }).waitFor();
    await saved.getByText('Playbook di moderazione del team', { exact: true }).waitFor();
    const done = page.getByTestId('to-learn-done');
    await done.getByText(FORMEZ, { exact: true }).waitFor();
    expect(await saved.getByText(FORMEZ, { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, `To learn list (${lang})`);

    // Done from the list moves it to Done; it stays after a reload (stored, not only shown).
    await saved
      .locator('li.resource')
      .filter({ hasText: ACADEMY })
      .getByRole('button', { name: new RegExp(`^${t.markDone}`) })
      .click();
    await done.getByText(ACADEMY, { exact: true }).waitFor();
    await page.reload();
    await page.getByTestId('to-learn-done').getByText(ACADEMY, { exact: true }).waitFor();
    expect(app.errors).toEqual([]);
  });
});

describe('a backup carries the person’s resources and marks', () => {
  it('restores own resources and To learn marks on a new phone', async () => {
    const t = TEXT.en;
    const first = await openApp();
    apps.push(first);
    const { page } = first;
    page.setDefaultTimeout(15_000);
    await onboard(page);
    await openSkill(page, t.heading);
    await page.getByRole('button', { name: t.add }).click();
    await page.getByLabel(t.name, { exact: true }).fill('Team playbook');
    await page.getByRole('button', { name: t.addSave }).click();
    await resource(page, 'Team playbook')
      .getByRole('button', { name: /^Save to learn/ })
      .click();
    await resource(page, ACADEMY)
      .getByRole('button', { name: /^Mark done/ })
      .click();
    await resource(page, ACADEMY).getByText(t.doneOn).waitFor();
    await page.goto('/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    const file = readFileSync((await download.path()) as string);
    const data = JSON.parse(file.toString()).data;
    expect(data.customResources).toHaveLength(1);
    expect(data.resourceMarks).toHaveLength(2);

    // A new phone: restore the file, then the list and the skill show everything.
    const second = await openApp();
    apps.push(second);
    const other = second.page;
    other.setDefaultTimeout(15_000);
    await other.goto('/settings/restore');
    await other.getByLabel('Choose a backup file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: file,
    });
    await other.getByTestId('restore-preview').waitFor();
    await other.getByRole('button', { name: 'Replace my data' }).click();
    await other.getByTestId('restore-done').waitFor();
    await other.goto('/goals/to-learn');
    await other.getByTestId('to-learn-saved').getByText('Team playbook', { exact: true }).waitFor();
    await other.getByTestId('to-learn-done').getByText(ACADEMY, { exact: true }).waitFor();
    await openSkill(other, t.heading);
    await resource(other, 'Team playbook')
      .getByRole('button', { name: /^Saved/ })
      .waitFor();
    await resource(other, ACADEMY).getByText(t.doneOn).waitFor();
  });
});
