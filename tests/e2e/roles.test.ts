import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type OpenApp, openApp } from './harness';

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TEXT = {
  en: {
    welcome: 'Welcome',
    assess: 'Self-assessment',
    cm: 'Community Manager',
    smm: 'Social Media Manager',
    start: 'Start',
    roles: 'Roles',
    confident: /Confident/,
    note: 'What shows it',
    link: 'Link (optional)',
    add: 'Add evidence',
    progress: 'Progress',
  },
  it: {
    welcome: 'Ti diamo il benvenuto',
    assess: 'Autovalutazione',
    cm: 'Community Manager',
    smm: 'Social Media Manager',
    start: 'Inizia',
    roles: 'Ruoli',
    confident: /In autonomia/,
    note: 'Cosa lo dimostra',
    link: 'Link (facoltativo)',
    add: 'Aggiungi prova',
    progress: 'Progressi',
  },
} as const;

async function readiness(app: OpenApp, roleId: string): Promise<string | null> {
  return app.page
    .getByTestId(`role-card-${roleId}`)
    .getByRole('progressbar')
    .getAttribute('aria-valuetext');
}

describe.each(['en', 'it'] as const)('roles and skills in real Chromium (%s)', (lang) => {
  it('onboards with two roles, rates a shared skill once, and keeps it all offline', async () => {
    const t = TEXT[lang];
    app = await openApp({ lang });
    const { page, context } = app;
    // Fail at the step that is wrong, with its locator, rather than at the test timeout.
    page.setDefaultTimeout(15_000);
    await page.getByRole('heading', { level: 1, name: t.welcome }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/welcome');
    await expectNoAxeViolations(page, '/welcome');
    await page.getByLabel(t.cm).check();
    await page.getByLabel(t.smm).check();
    await page.getByRole('button', { name: t.start }).click();
    await page.getByRole('heading', { level: 1, name: t.assess }).waitFor();
    await page.goto('/roles');
    await page.getByRole('heading', { level: 1, name: t.roles }).waitFor();
    // Nothing rated yet: a dash (and what to do), not 0%.
    expect(await readiness(app, 'cm')).toBe('–');
    expect(await readiness(app, 'smm')).toBe('–');
    await expectNoAxeViolations(page, '/roles');

    await page.goto('/roles/cm');
    await page.locator('a[href="/roles/skill/sh.voice"]').waitFor();
    await expectNoAxeViolations(page, '/roles/cm');

    await page.goto('/roles/skill/sh.voice');
    await page.getByRole('radio', { name: t.confident }).check();
    await page.getByTestId('history').waitFor();
    const steps = page.locator('.checklist input[type=checkbox]');
    await steps.first().check();
    await page.getByLabel(t.note).fill('Wrote the tone of voice guide');
    await page.getByLabel(t.link).fill('https://example.com/voice');
    await page.getByRole('button', { name: t.add }).click();
    await page.getByRole('link', { name: 'https://example.com/voice' }).waitFor();
    await expectNoAxeViolations(page, '/roles/skill/sh.voice');

    await page.goto('/roles');
    const cm = await readiness(app, 'cm');
    const smm = await readiness(app, 'smm');
    expect(cm).toMatch(/^[1-9]\d*%$/);
    expect(smm).toMatch(/^[1-9]\d*%$/);

    await page.goto('/progress');
    await page.getByRole('heading', { level: 1, name: t.progress }).waitFor();
    await expectNoAxeViolations(page, '/progress');

    await context.setOffline(true);
    await page.goto('/roles/skill/sh.voice');
    await page.reload();
    await page.getByRole('link', { name: 'https://example.com/voice' }).waitFor();
    expect(await page.getByRole('radio', { name: t.confident }).isChecked()).toBe(true);
    expect(await steps.first().isChecked()).toBe(true);
    await page.goto('/roles');
    expect(await readiness(app, 'cm')).toBe(cm);
    expect(await readiness(app, 'smm')).toBe(smm);
    expect(app.errors).toEqual([]);
  }, 150_000);
});
