import { format, startOfDay } from 'date-fns';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarInput } from '../../src/domain/ics/calendar';
import { nextOccurrences } from '../../src/domain/schedule/occurrences';
import type { LevelGoal } from '../../src/domain/types';
import { deadline, deliverable, local, useTimeZone, weekly } from './schedule.fixtures';

const pad = (n: number) => String(n).padStart(2, '0');
const icalWall = (t: ICAL.Time) =>
  `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;

const study = weekly({
  id: 'rem-1',
  label: 'Analytics practice',
  days: [1, 4],
  skillId: 'st.analytics',
});
const audit = deliverable({ id: 'goal-1', title: 'Community audit' });
const threeDaysBefore = deadline({ goalId: 'goal-1', daysBefore: 3, time: '09:00' });

const input = (o: Partial<CalendarInput> = {}): CalendarInput => ({
  reminders: [study, threeDaysBefore],
  goals: [audit],
  lang: 'en',
  sequence: 1,
  appUrl: 'https://example.org/app/',
  now: local('2026-03-20 10:00'),
  ...o,
});

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
}
function eventByUid(ics: string, uid: string): ICAL.Component {
  const found = events(ics).find((e) => e.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

const ZONES = [
  { tz: 'Europe/Rome', beforeSpring: '2026-03-24 10:00' },
  { tz: 'America/New_York', beforeSpring: '2026-03-03 10:00' },
  { tz: 'Australia/Sydney', beforeSpring: '2026-09-29 10:00' },
] as const;

describe.each(ZONES)('calendar file read by a real parser in $tz', ({ tz, beforeSpring }) => {
  useTimeZone(tz);

  it("repeats on the same days and wall-clock times as the app's own schedule across DST", async () => {
    const now = local(beforeSpring);
    const ics = await buildCalendar(input({ now }));
    const event = new ICAL.Event(eventByUid(ics, 'rem-1@self-training-tracker'));
    const it = event.iterator();
    const fromCalendar: string[] = [];
    for (let t = it.next(); t && fromCalendar.length < 10; t = it.next()) {
      fromCalendar.push(icalWall(t));
    }
    const fromApp = nextOccurrences(study, startOfDay(now), 10);
    expect(fromCalendar).toEqual(fromApp.map((d) => format(d, 'yyyy-MM-dd HH:mm')));
    expect(fromCalendar.every((w) => w.endsWith('18:30'))).toBe(true);
    // The span really crosses the change: the app's instants are not all at one UTC offset.
    expect(new Set(fromApp.map((d) => d.getTimezoneOffset())).size).toBe(2);
  });

  it('writes DTSTART in floating local time: no TZID, no Z, the same in every zone', async () => {
    const ics = await buildCalendar(input());
    const vevent = eventByUid(ics, 'rem-1@self-training-tracker');
    const dtstart = vevent.getFirstProperty('dtstart');
    expect(dtstart?.getParameter('tzid')).toBeUndefined();
    expect(ics).toMatch(/^DTSTART:20260323T183000\r?$/m);
    expect(ics).not.toMatch(/^DTSTART[^\n]*Z\r?$/m);
    const dtend = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(icalWall(dtend)).toBe('2026-03-23 18:45');
    expect(String(vevent.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  });
});

describe('calendar export (Europe/Rome)', () => {
  useTimeZone('Europe/Rome');

  it('keeps UIDs across exports and raises SEQUENCE so calendars update, not duplicate', async () => {
    const first = await buildCalendar(input({ sequence: 3 }));
    const second = await buildCalendar(input({ sequence: 4, now: local('2026-05-02 08:00') }));
    const uids = (ics: string) => events(ics).map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(second)).toEqual(uids(first));
    expect(uids(first)).toEqual([
      'rem-1@self-training-tracker',
      'goal-goal-1@self-training-tracker',
    ]);
    const seq = (ics: string) => events(ics).map((e) => e.getFirstPropertyValue('sequence'));
    expect(seq(first)).toEqual([3, 3]);
    expect(seq(second)).toEqual([4, 4]);
  });

  it('rings at the start of each weekly session and links to the log for its skill', async () => {
    const vevent = eventByUid(await buildCalendar(input()), 'rem-1@self-training-tracker');
    const [alarm] = vevent.getAllSubcomponents('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT0S');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Analytics practice');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://example.org/app/log/new?skill=st.analytics',
    );
  });

  it('puts a goal deadline on its day, all day, ringing at 09:00 and 3 days before', async () => {
    const vevent = eventByUid(await buildCalendar(input()), 'goal-goal-1@self-training-tracker');
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-04-10');
    const rings = vevent.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstProperty('trigger');
      expect(trigger?.getParameter('related') ?? 'START').toBe('START');
      const at = start.clone();
      at.isDate = false;
      at.addDuration(trigger?.getFirstValue() as ICAL.Duration);
      return icalWall(at);
    });
    expect(rings).toEqual(['2026-04-07 09:00', '2026-04-10 09:00']);
  });

  it('leaves out disabled reminders and done or archived goals', async () => {
    const level: LevelGoal = {
      ...audit,
      id: 'goal-2',
      kind: 'level',
      archived: true,
      skillId: 'x',
      level: 3,
    };
    const ics = await buildCalendar(
      input({
        reminders: [{ ...study, enabled: false }],
        goals: [{ ...audit, doneOn: '2026-04-01' }, level],
      }),
    );
    expect(events(ics)).toEqual([]);
  });

  it('writes the goal summary in the user language', async () => {
    const summary = async (lang: 'en' | 'it') =>
      eventByUid(
        await buildCalendar(input({ lang })),
        'goal-goal-1@self-training-tracker',
      ).getFirstPropertyValue('summary');
    expect(await summary('en')).toBe('Due: Community audit');
    expect(await summary('it')).toBe('Scadenza: Community audit');
    const unnamed = await buildCalendar(
      input({ lang: 'it', reminders: [{ ...study, label: ' ' }] }),
    );
    expect(
      eventByUid(unnamed, 'rem-1@self-training-tracker').getFirstPropertyValue('summary'),
    ).toBe('Promemoria di formazione');
  });
});
