import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/ics/calendar';
import { dueReminders, nextDueAt, overdueReminders } from '../../src/domain/schedule/due';
import { renewalOccurrence } from '../../src/domain/schedule/occurrences';
import type { Certification, RenewalReminder } from '../../src/domain/types';
import { notificationText } from '../../src/reminders/notification-text';
import { local, useTimeZone, wall } from './schedule.fixtures';

// Renewal reminders: N days before a certification's expiry, at a local wall-clock time, in
// every layer (the due-check the page and the worker share, and the calendar file).

const cert = (o: Partial<Certification> = {}): Certification => ({
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  id: 'c1',
  name: 'Meta Certified Community Manager',
  issuer: 'Meta',
  expiresOn: '2027-01-10',
  skillIds: [],
  ...o,
});
const renewal = (o: Partial<RenewalReminder> = {}): RenewalReminder => ({
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  id: 'r1',
  kind: 'renewal',
  enabled: true,
  label: '',
  certificationId: 'c1',
  daysBefore: 30,
  time: '09:00',
  ...o,
});
const input = (reminders: RenewalReminder[], certifications: Certification[], now: Date) => ({
  reminders,
  goals: [],
  certifications,
  now,
  isGoalMet: () => false,
});

describe('renewal reminders across DST in Europe/Rome', () => {
  useTimeZone('Europe/Rome');

  it('fires at 09:00 wall-clock both before and after the spring and autumn changes', () => {
    // Expiry 2026-04-05, 7 days before: Sunday 29 March 2026, the spring change (02:00 -> 03:00).
    const spring = renewalOccurrence(renewal({ daysBefore: 7 }), cert({ expiresOn: '2026-04-05' }));
    expect(wall(spring)).toBe('2026-03-29 09:00');
    expect(spring?.toISOString()).toBe('2026-03-29T07:00:00.000Z'); // CEST, UTC+2
    const before = renewalOccurrence(renewal({ daysBefore: 8 }), cert({ expiresOn: '2026-04-05' }));
    expect(before?.toISOString()).toBe('2026-03-28T08:00:00.000Z'); // CET, UTC+1
    // Autumn: Sunday 25 October 2026 (03:00 -> 02:00).
    const autumn = renewalOccurrence(renewal({ daysBefore: 1 }), cert({ expiresOn: '2026-10-26' }));
    expect(wall(autumn)).toBe('2026-10-25 09:00');
    expect(autumn?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('moves a time the spring change skips to the moment the clocks jump', () => {
    const at = renewalOccurrence(
      renewal({ daysBefore: 7, time: '02:30' }),
      cert({ expiresOn: '2026-04-05' }),
    );
    expect(wall(at)).toBe('2026-03-29 03:00');
  });

  it('is shown once by checks every 30 minutes across the change, then listed until dismissed', () => {
    const rules = [renewal({ daysBefore: 7 })];
    const certs = [cert({ expiresOn: '2026-04-05' })];
    const keys: string[] = [];
    let last = local('2026-03-27 12:00');
    for (let now = last; now < local('2026-03-31 12:00'); ) {
      now = new Date(now.getTime() + 30 * 60_000);
      for (const due of dueReminders({ ...input(rules, certs, now), lastCheck: last })) {
        keys.push(due.key);
        expect(due.url).toBe('/progress/certifications/c1');
        expect(due.certificationId).toBe('c1');
      }
      last = now;
    }
    expect(keys).toEqual(['r1@2026-03-29T07:00:00.000Z']);
    const listed = overdueReminders({
      ...input(rules, certs, local('2026-03-30 10:00')),
      dismissed: new Set(),
    });
    expect(listed.map((d) => d.key)).toEqual(keys);
    expect(nextDueAt(input(rules, certs, local('2026-03-27 12:00')))).toEqual(
      local('2026-03-29 09:00'),
    );
  });

  it('follows a renewed expiry date, and stays quiet without a certification or a date', () => {
    const rules = [renewal()];
    const now = local('2026-12-01 08:00');
    expect(wall(nextDueAt(input(rules, [cert()], now)))).toBe('2026-12-11 09:00');
    expect(wall(nextDueAt(input(rules, [cert({ expiresOn: '2029-01-10' })], now)))).toBe(
      null, // beyond the 400-day look-ahead of the page's timer
    );
    expect(wall(nextDueAt(input(rules, [cert({ expiresOn: '2027-06-10' })], now)))).toBe(
      '2027-05-11 09:00',
    );
    expect(nextDueAt(input(rules, [], now))).toBeNull();
    expect(nextDueAt(input(rules, [cert({ expiresOn: undefined })], now))).toBeNull();
  });

  it('set up when its moment has passed but the certification is still valid, is due at once', () => {
    // Expiring in 30 days, a reminder 30 days before at 09:00, made at 14:00 that day.
    const made = local('2026-12-01 14:00');
    const rule = renewal({ createdAt: made.toISOString() });
    const certs = [cert({ expiresOn: '2026-12-31' })];
    expect(renewalOccurrence(rule, certs[0] as Certification)).toEqual(made);
    const due = dueReminders({
      ...input([rule], certs, local('2026-12-01 14:05')),
      lastCheck: local('2026-12-01 13:00'),
    });
    expect(due.map((d) => wall(d.dueAt))).toEqual(['2026-12-01 14:00']);
    // Made after the expiry: nothing to renew in time, no reminder (Today shows "expired").
    expect(renewalOccurrence(rule, cert({ expiresOn: '2026-11-30' }))).toBeNull();
  });

  it('words its notification with the certification and its expiry day, in both languages', () => {
    const [due] = overdueReminders({
      ...input([renewal()], [cert()], local('2026-12-11 10:00')),
      dismissed: new Set(),
    });
    if (!due) throw new Error('expected a due renewal');
    expect(notificationText(due, [], 'en', [cert()])).toEqual({
      title: 'Certification to renew',
      body: '“Meta Certified Community Manager” expires on 10 January 2027: time to renew it.',
    });
    expect(notificationText(due, [], 'it', [cert()]).body).toBe(
      '«Meta Certified Community Manager» scade il 10 gennaio 2027: è il momento di rinnovarla.',
    );
  });
});

describe('renewal in the calendar file, read by ical.js', () => {
  useTimeZone('Europe/Rome');
  const pad = (n: number) => String(n).padStart(2, '0');
  const icalWall = (t: ICAL.Time) =>
    `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;

  async function renewalEvent(lang: 'en' | 'it', reminders: RenewalReminder[]) {
    const ics = await buildCalendar({
      reminders,
      goals: [],
      certifications: [cert(), cert({ id: 'c2', name: 'No expiry', expiresOn: undefined })],
      lang,
      sequence: 2,
      appUrl: 'https://example.org/app/',
      now: local('2026-12-01 10:00'),
    });
    return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
  }

  it('puts an all-day event on the expiry day with an alarm 30 days ahead at 09:00', async () => {
    const [event, ...others] = await renewalEvent('en', [
      renewal(),
      renewal({ id: 'r2', certificationId: 'c2' }),
    ]);
    expect(others).toEqual([]); // a certification with no expiry date has no event
    if (!event) throw new Error('no event');
    expect(event.getFirstPropertyValue('uid')).toBe('cert-c1@self-training-tracker');
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Expires: Meta Certified Community Manager',
    );
    expect(event.getFirstPropertyValue('url')).toBe(
      'https://example.org/app/progress/certifications/c1',
    );
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2027-01-10');
    const alarms = event.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    const trigger = alarms[0]?.getFirstProperty('trigger');
    expect(trigger?.getParameter('related') ?? 'START').toBe('START');
    const at = start.clone();
    at.isDate = false;
    at.addDuration(trigger?.getFirstValue() as ICAL.Duration);
    expect(icalWall(at)).toBe('2026-12-11 09:00');
    expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('leaves out a disabled renewal reminder and writes Italian words', async () => {
    expect(await renewalEvent('en', [renewal({ enabled: false })])).toEqual([]);
    const [event] = await renewalEvent('it', [renewal()]);
    expect(event?.getFirstPropertyValue('summary')).toBe('Scade: Meta Certified Community Manager');
  });
});
