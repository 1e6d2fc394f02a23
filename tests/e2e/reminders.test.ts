import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenApp, openApp, waitUntil } from './harness';

// Reminders in real Chromium with notifications allowed. Time: Playwright's fake clock
// (installed through CDP, so our CSP does not get in the way) is moved forward past the
// reminder's minute, which fires the page's timer exactly as the real minute would.

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN = { welcome: 'Welcome', start: 'Start', assess: 'Self-assessment' };
const IT = { welcome: 'Ti diamo il benvenuto', start: 'Inizia', assess: 'Autovalutazione' };

interface Shown {
  title: string;
  body: string;
  tag: string;
  url: unknown;
}

/**
 * Records every notification the page hands to Chromium (after Chromium accepted it), in the
 * page: what the app asked for, exactly, including what it did not ask for. The real call still
 * goes through; Chromium's own list is checked too, but only after a beat (see displayed()).
 */
async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: unknown[] = [];
    (window as unknown as { shownNotifications: unknown[] }).shownNotifications = shown;
    const original = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = async function (title, options) {
      await original.call(this, title, options);
      shown.push({
        title,
        body: options?.body,
        tag: options?.tag,
        url: (options?.data as { url?: unknown } | undefined)?.url,
      });
    };
  });
}

/**
 * What Chromium lists as on screen. Read it a beat after showNotification resolved: under CI
 * load, a getNotifications() racing the display pruned the new notification for good (seen:
 * shown, then five seconds of []).
 */
async function displayed(page: Page): Promise<Shown[]> {
  await page.waitForTimeout(500);
  const read = () =>
    page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return (await reg.getNotifications()).map((n) => ({
        title: n.title,
        body: n.body,
        tag: n.tag,
        url: (n.data as { url?: unknown } | null)?.url,
      }));
    });
  const deadline = Date.now() + 5000;
  let list = await read();
  while (list.length === 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    list = await read();
  }
  return list;
}

function notifications(page: Page): Promise<Shown[]> {
  return page.evaluate(
    () => (window as unknown as { shownNotifications: Shown[] }).shownNotifications,
  );
}

/**
 * Waits until the page's checks are done (queued and running: none) and so its timer is armed.
 * Before the jump: a check that ran after it would list the reminder silently instead.
 */
function remindersSettled(page: Page): Promise<void> {
  return waitUntil(page, () => document.documentElement.dataset.reminderChecks === '0');
}

/** Moves the fake clock past the reminder's minute; returns what the page then showed. */
async function jumpPastReminder(page: Page): Promise<Shown[]> {
  await remindersSettled(page);
  await page.clock.fastForward('04:00');
  // The timer's check is queued inside fastForward, so "settled" now means it has finished.
  await remindersSettled(page);
  return notifications(page);
}

/** Opens the app with notifications allowed, a fake clock at `start`, and onboards. */
async function start(startAt: Date, lang: 'en' | 'it' = 'en'): Promise<OpenApp> {
  const opened = await openApp({ lang });
  const { page, context, baseURL } = opened;
  page.setDefaultTimeout(15_000);
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await recordNotifications(page);
  await page.clock.install({ time: startAt });
  await page.reload();
  const t = lang === 'it' ? IT : EN;
  await page.getByRole('heading', { level: 1, name: t.welcome }).waitFor();
  await page.getByLabel('Community Manager').check();
  await page.getByRole('button', { name: t.start }).click();
  await page.getByRole('heading', { level: 1, name: t.assess }).waitFor();
  return opened;
}

/** Creates a weekly reminder for today's weekday at `time` through the form. */
async function createWeekly(
  page: Page,
  now: Date,
  opts: { label: string; time: string; goal?: string; skill?: boolean },
): Promise<string | null> {
  await page.goto('/reminders/new');
  await page.getByRole('heading', { level: 1, name: 'New reminder' }).waitFor();
  for (const name of ['Monday', 'Thursday']) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('checkbox', { name: DAYS[now.getDay()] }).check();
  await page.getByLabel(/^Label/).fill(opts.label);
  let skill: string | null = null;
  if (opts.skill) {
    skill = await page.locator('#r-skill option').nth(1).getAttribute('value');
    await page.getByLabel('Skill to log (optional)').selectOption(skill ?? '');
  }
  if (opts.goal) await page.getByLabel('Linked goal (optional)').selectOption({ label: opts.goal });
  await page.getByLabel('Time').fill(opts.time);
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
  await page.locator('.reminder-row__name', { hasText: opts.label }).waitFor();
  return skill;
}

/** A clock time a few minutes after `at` (and the same day: tests start at 10:00). */
function hhmm(at: Date, plusMinutes: number): string {
  const t = new Date(at.getTime() + plusMinutes * 60_000);
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}

function todayAt10(): Date {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 10, 0, 0);
}

describe('reminders in real Chromium', () => {
  it('rings while the app is open, with the right title and screen, and opens it on click', async () => {
    const now = todayAt10();
    app = await start(now);
    const { page, context } = app;
    const skill = await createWeekly(page, now, {
      label: 'Moderation drill',
      time: hhmm(now, 3),
      skill: true,
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'Reminders' }).waitFor();
    expect(await notifications(page)).toEqual([]);

    const shown = await jumpPastReminder(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      title: 'Moderation drill',
      url: `/log/new?skill=${encodeURIComponent(skill ?? '')}`,
    });
    expect(shown[0]?.tag).toMatch(/@\d{4}-\d\d-\d\dT/);

    // Chromium lists it too, and the click as the worker receives it opens the screen.
    expect(await displayed(page)).toEqual(shown);
    const [worker] = context.serviceWorkers();
    expect(worker).toBeDefined();
    await worker?.evaluate(async () => {
      const scope = self as unknown as ServiceWorkerGlobalScope;
      const [notification] = await scope.registration.getNotifications();
      if (!notification) throw new Error('no notification in the worker');
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification }));
    });
    await waitUntil(page, () => location.pathname === '/log/new');
    expect(new URL(page.url()).searchParams.get('skill')).toBe(skill);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The handler closed it.
    expect(
      await page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => n.tag),
      ),
    ).toEqual([]);

    // Dismissed from Today, it stays dismissed after a reload.
    await page.goto('/');
    await page.getByRole('button', { name: 'Dismiss “Moderation drill”' }).click();
    // Gone from the list only once the dismissal is stored: reload after that, not during it.
    await waitUntil(page, () => document.querySelector('[data-testid="due-reminder"]') === null);
    await page.reload();
    await page.getByRole('link', { name: 'Reminders' }).waitFor();
    expect(await page.getByTestId('due-reminder').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('stays quiet when the linked goal is already met this week', async () => {
    const now = todayAt10();
    app = await start(now);
    const { page } = app;
    await page.goto('/goals/new');
    await page.getByLabel('Number', { exact: true }).fill('1');
    await page.getByLabel(/^Name/).fill('Weekly practice');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();

    await page.goto('/log/new');
    await page.getByLabel('Reading').check();
    await page.getByLabel(/^Title/).fill('Read a moderation guide');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/log/new');

    await createWeekly(page, now, {
      label: 'Only if behind',
      time: hhmm(now, 3),
      goal: 'Weekly practice',
    });
    await createWeekly(page, now, { label: 'Always', time: hhmm(now, 3) });
    await page.goto('/');
    const shown = await jumpPastReminder(page);
    expect(shown.map((n) => n.title)).toEqual(['Always']);
    expect(await page.getByTestId('due-reminder').allTextContents()).toEqual([
      expect.stringContaining('Always'),
    ]);
    expect(app.errors).toEqual([]);
  });

  it('reports background checks as unavailable on a page that is not installed, without errors', async () => {
    app = await openApp({ path: '/settings/reminders' });
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Reminders on this device' }).waitFor();
    await waitUntil(
      page,
      () =>
        document.querySelector('[data-testid="sync-state"]')?.textContent === 'Not available here',
    );
    expect(await page.getByTestId('notif-state').textContent()).toBe('Not asked yet');
    expect(await page.getByRole('button', { name: 'Allow notifications' }).isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('rings in Italian for an Italian user', async () => {
    const now = todayAt10();
    app = await start(now, 'it');
    const { page } = app;
    await page.goto('/reminders/new');
    await page.getByRole('heading', { level: 1, name: 'Nuovo promemoria' }).waitFor();
    const weekday = (d: Date) => new Intl.DateTimeFormat('it', { weekday: 'long' }).format(d);
    const monday = new Date(2026, 10, 23);
    const thursday = new Date(2026, 10, 26);
    for (const day of [monday, thursday]) {
      await page.getByRole('checkbox', { name: weekday(day) }).uncheck();
    }
    await page.getByRole('checkbox', { name: weekday(now) }).check();
    await page.getByLabel(/^Etichetta/).fill('Ripasso moderazione');
    await page.getByLabel('Ora').fill(hhmm(now, 3));
    await page.getByRole('button', { name: 'Salva promemoria' }).click();
    // exact: "Nuovo promemoria", the form's own heading, contains "promemoria".
    await page.getByRole('heading', { level: 1, name: 'Promemoria', exact: true }).waitFor();
    await page.locator('.reminder-row__name', { hasText: 'Ripasso moderazione' }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Oggi' }).waitFor();
    const shown = await jumpPastReminder(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      title: 'Ripasso moderazione',
      body: 'Tocca per registrare cosa hai studiato o messo in pratica.',
    });
    expect(app.errors).toEqual([]);
  });
});
