import { afterEach, describe, expect, it } from 'vitest';
import { type OpenApp, openApp } from './harness';
import { seed } from './seed';

// The numbers a person reads on Roles, a role, Progress and Today (issue 11, items 2-4), in
// both languages, on a phone and on a laptop. The clock is fixed on Friday 4 December 2026,
// 10:00, so "this week" (from Monday 30 November) already has days behind it.

const FRIDAY = new Date(2026, 11, 4, 10, 0);
const iso = (d: Date) => d.toISOString();

const TEXT = {
  en: {
    nothingRated: 'Nothing rated yet',
    meaning: 'how close your levels are to what this role asks',
    area: /\d+ of \d+ skills? at target/,
    since: 'From your first rating',
    heatSince: 'since your first activity',
    goal: '3 of 3 sessions',
    met: 'Met',
    week: 'This week: 90 minutes in 3 sessions.',
    days: '3 of 3 days this week',
    aimMet: 'Aim met',
    habit: 'Habit: building.',
  },
  it: {
    nothingRated: 'Ancora nessuna valutazione',
    meaning: 'quanto i tuoi livelli si avvicinano a ciò che il ruolo richiede',
    area: /\d+ su \d+ competenz[ae] all’obiettivo/,
    since: 'Dalla tua prima valutazione',
    heatSince: 'dalla prima attività',
    goal: '3 su 3 sessioni',
    met: 'Raggiunto',
    week: 'Questa settimana: 90 minuti in 3 sessioni.',
    days: '3 su 3 giorni questa settimana',
    aimMet: 'Obiettivo raggiunto',
    habit: 'Abitudine: in crescita.',
  },
} as const;

/** A decimal number such as "1.7" or "3,3": no average of levels may show. */
const DECIMAL = /\d[.,]\d/;
/** "0%" on its own (not the end of "50%"). */
const ZERO = /(^|[^\d])0\s?%/;

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens a screen and waits until it shows `ready` (screens load their data after the h1). */
async function show(path: string, ready: string | RegExp): Promise<string> {
  if (!app) throw new Error('no app');
  await app.page.goto(path);
  await app.page.locator('main', { hasText: ready }).waitFor();
  return (await app.page.locator('main').textContent()) ?? '';
}

describe.each(['en', 'it'] as const)('numbers at a glance (%s)', (lang) => {
  const t = TEXT[lang];
  it.each(SIZES)(
    'reads right from a new user to a few weeks of data at $width x $height',
    async (viewport) => {
      app = await openApp({ lang, viewport, path: '/welcome', controlled: false });
      const { page } = app;
      await page.clock.install({ time: FRIDAY });
      await page.reload();
      await page.locator('main h1').first().waitFor();

      // A new user who follows two roles and rated nothing: a dash and what to do, no 0%.
      await seed(page, {}, lang);
      let roles = await show('/roles', t.nothingRated);
      const cmMeter = page.getByTestId('role-card-cm').getByRole('progressbar');
      expect(await cmMeter.getAttribute('aria-valuetext')).toBe('–');
      expect(roles).not.toMatch(ZERO);
      expect(roles).not.toMatch(DECIMAL);
      let progress = await show('/progress', t.nothingRated);
      expect(progress).not.toMatch(ZERO);

      // Ratings from 20 November, sessions on Monday to Wednesday (before the goal existed), a
      // "3 sessions per week" goal and a Thursday 18:30 reminder, both created this morning.
      const created = iso(new Date(2026, 11, 4, 9, 0));
      await seed(
        page,
        {
          ratings: [
            ['sh.voice', 3, '2026-11-20'],
            ['cm.onboarding', 2, '2026-11-20'],
            ['sh.listening', 2, '2026-11-20'],
            ['smm.calendar', 'na', '2026-11-20'],
          ],
          activities: [
            ['2026-11-30', 30, ['cm.onboarding']],
            ['2026-12-01', 30, []],
            ['2026-12-02', 30, ['sh.voice']],
          ],
          goals: [
            {
              id: 'g-week',
              kind: 'period',
              title: lang === 'it' ? '3 sessioni a settimana' : '3 sessions per week',
              period: 'week',
              measure: 'sessions',
              target: 3,
              skillIds: [],
              roleIds: [],
              start: '2026-12-04',
              pauses: [],
              archived: false,
              createdAt: created,
              updatedAt: created,
            },
          ],
          reminders: [
            {
              id: 'r-thu',
              kind: 'weekly',
              enabled: true,
              label: 'Thursday study',
              days: [4],
              time: '18:30',
              createdAt: created,
              updatedAt: created,
            },
          ],
        },
        lang,
      );

      // Roles: whole skills at target per area, the meaning beside the percentage, no decimals.
      roles = await show('/roles', t.area);
      const card = page.getByTestId('role-card-cm');
      expect(await card.textContent()).toMatch(t.area);
      expect(await card.textContent()).toContain(t.meaning);
      expect(await card.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/^\d+%$/);
      expect(roles).not.toMatch(DECIMAL);

      // A role: the same meaning; a skill set aside says it is left out.
      const role = await show('/roles/smm', t.meaning);
      expect(role).toContain(t.meaning);
      expect(await page.getByTestId('left-out').count()).toBe(1);

      // Progress: readiness history from the first rating (November and today, not 12 months),
      // activity charts from the first activity, under the one Progress tab.
      progress = await show('/progress', t.heatSince);
      expect(progress).toContain(t.since);
      expect(progress).toContain(t.heatSince);
      const months = page.locator('#time-h ~ .visually-hidden table tbody tr');
      expect(await months.count()).toBe(2);

      // Today: the goal created today counts the week's earlier sessions, agrees with the week
      // line, is shown met in word and icon; the aim is met at once; the reminder is not overdue.
      await show('/', t.days);
      const goal = page.locator('.today-goal', { hasText: t.goal });
      await goal.waitFor();
      expect(await goal.locator('.goal-status--met').textContent()).toContain(t.met);
      expect(await goal.locator('.goal-status--met svg').count()).toBe(1);
      expect(await page.locator('.today-week').textContent()).toContain(t.week);
      const consistency = (await page.getByTestId('consistency').textContent()) ?? '';
      expect(consistency).toContain(t.days);
      expect(consistency).toContain(t.aimMet);
      expect(consistency).toContain(t.habit);
      expect(consistency).not.toContain('/ 100');
      expect(await page.getByTestId('due-reminder').count()).toBe(0);
      expect(app.errors).toEqual([]);
    },
  );
});
