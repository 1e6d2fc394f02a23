// Nothing a record holds can add a line to the calendar file: ids (in UIDs and URLs), labels
// and titles with CR, LF, other control characters or a whole forged event inside are written
// as data of their own property, and the file parses to exactly the events the app made.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarInput } from '../../src/domain/ics/calendar';
import { deadline, deliverable, local, weekly } from './schedule.fixtures';

const FORGED =
  'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:Forged\r\nURL:https://evil.example';
const HOSTILE = [
  FORGED,
  'a\nURL:https://evil.example',
  'b\rATTACH:https://evil.example',
  'c\u0000\u0007\u001b[31m',
  'd\u2028e\u2029f\u0085g',
  'h;i,j\\k:l',
];

const input = (id: string, text: string): CalendarInput => ({
  reminders: [
    weekly({ id: `r-${id}`, label: text, days: [1], skillId: `s-${id}` }),
    deadline({ id: `d-${id}`, goalId: `g-${id}`, label: text, daysBefore: 1, time: '09:00' }),
  ],
  goals: [deliverable({ id: `g-${id}`, title: text })],
  lang: 'en',
  sequence: 1,
  appUrl: 'https://example.org/app/',
  now: local('2026-03-20 10:00'),
});

const ALLOWED = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'NAME',
  'X-WR-CALNAME',
  'UID',
  'SEQUENCE',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'RRULE',
  'SUMMARY',
  'DESCRIPTION',
  'URL',
  'ACTION',
  'TRIGGER',
  'X-MICROSOFT-CDO-ALLDAYEVENT',
  'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT',
]);

describe('calendar export: no record can add a line', () => {
  for (const [i, text] of HOSTILE.entries()) {
    it(`hostile text and ids no. ${i + 1}`, async () => {
      const ics = await buildCalendar(input(text, text));
      const lines = ics.split('\r\n').filter(Boolean);
      // Every physical line is a folded continuation (leading space) or a known property.
      for (const line of lines) {
        if (line.startsWith(' ')) continue;
        expect(ALLOWED.has(line.split(/[:;]/)[0] ?? ''), line).toBe(true);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
        expect(line, 'no bare control character').not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      }
      const vevents = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents(
        'vevent',
      );
      expect(vevents).toHaveLength(2); // the weekly reminder and the deliverable's due date
      const uids = vevents.map((e) => String(e.getFirstPropertyValue('uid')));
      expect(uids.some((u) => u.includes('forged'))).toBe(uids.every((u) => u.includes('forged')));
      for (const e of vevents) {
        expect(e.getAllProperties('url')).toHaveLength(1);
        expect(String(e.getFirstPropertyValue('url'))).toMatch(/^https:\/\/example\.org\/app\//);
        expect(e.getAllProperties('attach')).toHaveLength(0);
        expect(String(e.getFirstPropertyValue('uid'))).toMatch(/^[\w.%~@-]+$/);
      }
    });
  }
});
