import { readFileSync } from 'node:fs';
import { addDays, addMonths, format } from 'date-fns';
import { enGB, it as itLocale } from 'date-fns/locale';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type OpenApp, onboard, openApp, waitUntil } from './harness';

// A certification expiring in 30 days, in real Chromium: started from a known one (its usual
// validity fills in the expiry), seen as expiring on Today with its renewal reminder due, and
// in the calendar file as an event on the expiry day with an alarm 30 days ahead.

let app: OpenApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WORDS = {
  en: {
    addFromProgress: 'Add a certification',
    newTitle: 'New certification',
    known: 'Start from a known certification',
    earned: /^Earned on/,
    expires: /^Expires on/,
    suggested:
      /Filled in from its usual validity, 24 months from the day earned: check the date with Meta\./,
    save: 'Save certification',
    listTitle: 'Certifications',
    expiring: 'Expiring soon',
    expiresIn: (day: string) => `Expires in 30 days, on ${day}`,
    today: (day: string) =>
      `“Meta Certified Community Manager” expires on ${day}: a good moment to plan its renewal.`,
    due: 'Renew “Meta Certified Community Manager”',
    reminders: 'Reminders',
    rule: '30 days before “Meta Certified Community Manager” expires, at 09:00',
    exportAll: 'Export all to calendar',
    summary: 'Expires: Meta Certified Community Manager',
    deleted: 'Certification deleted, with its renewal reminder',
    undo: 'Undo',
    delete: 'Delete',
  },
  it: {
    addFromProgress: 'Aggiungi una certificazione',
    newTitle: 'Nuova certificazione',
    known: 'Parti da una certificazione nota',
    earned: /^Conseguita il/,
    expires: /^Scade il/,
    suggested:
      /Compilata con la validità abituale, 24 mesi dal conseguimento: verifica la data con Meta\./,
    save: 'Salva certificazione',
    listTitle: 'Certificazioni',
    expiring: 'In scadenza',
    expiresIn: (day: string) => `Scade tra 30 giorni, il ${day}`,
    today: (day: string) =>
      `«Meta Certified Community Manager» scade il ${day}: è un buon momento per pianificarne il rinnovo.`,
    due: 'Rinnova «Meta Certified Community Manager»',
    reminders: 'Promemoria',
    rule: '30 giorni prima che scada «Meta Certified Community Manager», alle 09:00',
    exportAll: 'Esporta tutto nel calendario',
    summary: 'Scade: Meta Certified Community Manager',
    deleted: 'Certificazione eliminata, con il suo promemoria di rinnovo',
    undo: 'Annulla',
    delete: 'Elimina',
  },
} as const;

describe.each(['en', 'it'] as const)('certifications in %s', (lang) => {
  const w = WORDS[lang];

  it('expiring in 30 days: on Today with its reminder, and in the calendar file', async () => {
    app = await openApp({ lang });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    await page.addInitScript(() => {
      // What the app asked the badge to show (where the API exists).
      const calls: number[] = [];
      (window as unknown as { badgeCalls: number[] }).badgeCalls = calls;
      const nav = navigator as Navigator & { setAppBadge?: (n?: number) => Promise<void> };
      nav.setAppBadge = async (n?: number) => {
        calls.push(n ?? 0);
      };
    });
    await onboard(page, lang);
    const now = new Date();
    const expiry = addDays(now, 30);
    const expiryKey = format(expiry, 'yyyy-MM-dd');
    const earnedKey = format(addMonths(expiry, -24), 'yyyy-MM-dd');

    // From Progress, whose certifications card leads to the list, then the form.
    await page.goto('/progress');
    await page
      .getByTestId('certifications-progress')
      .getByRole('link', { name: w.addFromProgress })
      .click();
    await page.getByRole('heading', { level: 1, name: w.listTitle }).waitFor();
    await page.getByRole('link', { name: w.addFromProgress }).first().click();
    await page.getByRole('heading', { level: 1, name: w.newTitle }).waitFor();
    await expectNoAxeViolations(page, `certification form (${lang})`);
    await page.getByLabel(w.known).selectOption('meta.community-manager');
    await page.getByLabel(w.earned).fill(earnedKey);
    // The usual validity (2 years) fills in the expiry as a default, said to be one.
    expect(await page.getByLabel(w.expires).inputValue()).toBe(expiryKey);
    await page.getByText(w.suggested).waitFor();
    await page.getByRole('button', { name: w.save }).click();

    await page.getByRole('heading', { level: 1, name: w.listTitle }).waitFor();
    const row = page.getByTestId('certification-row');
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('expiring');
    await row.getByText(w.expiring, { exact: true }).waitFor();
    const shortDay = format(expiry, 'PP', { locale: lang === 'it' ? itLocale : enGB });
    await row.getByText(w.expiresIn(shortDay)).waitFor();
    await expectNoAxeViolations(page, `certification list (${lang})`);

    // Today: one line about it, and its renewal reminder due (made after its 09:00 moment).
    await page.goto('/');
    const card = page.getByTestId('certifications-today');
    await card.getByText(w.today(shortDay)).waitFor();
    const due = page.getByTestId('due-reminder').filter({ hasText: w.due });
    await due.waitFor();
    await waitUntil(page, () =>
      (window as unknown as { badgeCalls: number[] }).badgeCalls.includes(1),
    );
    await expectNoAxeViolations(page, `Today with a certification expiring (${lang})`);

    // The calendar file: an all-day event on the expiry day, an alarm 30 days ahead at 09:00.
    await page.goto('/reminders');
    await page.getByText(w.rule).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.exportAll }).click(),
    ]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
    const event = events.find((e) => e.getFirstPropertyValue('summary') === w.summary);
    if (!event) throw new Error(`no renewal event in:\n${ics}`);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(expiryKey);
    const [alarm] = event.getAllSubcomponents('valarm');
    const at = start.clone();
    at.isDate = false;
    at.addDuration(alarm?.getFirstPropertyValue('trigger') as ICAL.Duration);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(`${at.year}-${pad(at.month)}-${pad(at.day)} ${pad(at.hour)}:${pad(at.minute)}`).toBe(
      `${format(now, 'yyyy-MM-dd')} 09:00`,
    );
    expect(app.errors).toEqual([]);
  });
});
