import { addDays, getISODay, startOfDay } from 'date-fns';
import type { ICalAlarmData, ICalWeekday } from 'ical-generator';
import { dayKeyOf, parseClock } from '../schedule/clock';
import { reminderUrl } from '../schedule/due';
import type {
  Certification,
  ClockTime,
  DayKey,
  Goal,
  Lang,
  Reminder,
  RenewalReminder,
  WeeklyReminder,
} from '../types';

export interface CalendarInput {
  readonly reminders: readonly Reminder[];
  readonly goals: readonly Goal[];
  /** What renewal reminders point at: each becomes an event on its expiry day. */
  readonly certifications?: readonly Certification[];
  readonly lang: Lang;
  /** Export counter (Settings.calendarSequence): the caller increments it on each export. */
  readonly sequence: number;
  /** The installed app's address, e.g. 'https://example.org/app/': links resolve under it. */
  readonly appUrl: string;
  readonly now: Date;
}

const TEXT = {
  en: {
    calendar: 'Self-Training Tracker',
    reminder: 'Training reminder',
    due: (title: string) => `Due: ${title}`,
    open: 'Open the app to log what you did.',
    expires: (name: string) => `Expires: ${name}`,
    renew: 'Renew it before this day, then enter the new expiry date in the app.',
  },
  it: {
    calendar: 'Self-Training Tracker',
    reminder: 'Promemoria di formazione',
    due: (title: string) => `Scadenza: ${title}`,
    open: "Apri l'app per registrare cosa hai fatto.",
    expires: (name: string) => `Scade: ${name}`,
    renew: "Rinnovala entro questo giorno, poi inserisci la nuova scadenza nell'app.",
  },
} as const;

const UID_DOMAIN = 'self-training-tracker';
/** All-day deadlines ring at 09:00 on the due day (RELATED=START, +PT9H from local midnight). */
const DEADLINE_MORNING_SECONDS = 9 * 3600;

/**
 * The reminders as an iCalendar file: what makes a phone ring at 18:30 with the app closed.
 * Weekly rules become recurring events in FLOATING local time (no TZID, no Z), so 18:30 stays
 * 18:30 wherever the clocks change; UIDs come from record ids, so re-importing updates the same
 * events, and SEQUENCE (the export counter) tells calendars this copy is newer. Level and
 * deliverable goals with a due date become all-day events with a 09:00 alarm, plus one alarm per
 * enabled deadline reminder. A certification with an enabled renewal reminder becomes an
 * all-day event on its expiry day with an alarm `daysBefore` days ahead at the reminder's time
 * (floating, so 09:00 stays 09:00 across DST). Not exported: "at risk" reminders (they depend on progress a static
 * calendar cannot know). Known limit: a calendar keeps events removed from a later file.
 */
export async function buildCalendar(input: CalendarInput): Promise<string> {
  // Loaded on demand: the generator stays out of the first-load bundle.
  const {
    default: ical,
    ICalAlarmType,
    ICalEventRepeatingFreq,
    ICalWeekday: Day,
  } = await import('ical-generator');
  const isoDays = [Day.MO, Day.TU, Day.WE, Day.TH, Day.FR, Day.SA, Day.SU];
  const text = TEXT[input.lang];
  const calendar = ical({
    name: text.calendar,
    prodId: { company: UID_DOMAIN, product: 'reminders', language: input.lang.toUpperCase() },
  });
  const goals = new Map(input.goals.map((g) => [g.id, g]));

  for (const reminder of input.reminders) {
    if (reminder.kind !== 'weekly' || !reminder.enabled) continue;
    const goal = reminder.goalId === undefined ? undefined : goals.get(reminder.goalId);
    if (goal && isClosed(goal)) continue;
    const byDay = weekdays(reminder, isoDays);
    if (byDay.length === 0) continue;
    const start = floating(firstDay(reminder, input.now), reminder.time);
    const summary = oneLine(reminder.label) || text.reminder;
    const event = calendar.createEvent({
      id: uid(reminder.id),
      sequence: input.sequence,
      stamp: input.now,
      start,
      end: new Date(start.getTime() + 15 * 60_000),
      floating: true,
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay },
      summary,
      description: text.open,
      url: appLink(input.appUrl, reminderUrl(reminder)),
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: 0, description: summary });
  }

  for (const goal of input.goals) {
    if (goal.kind === 'period' || isClosed(goal)) continue;
    const summary = text.due(oneLine(goal.title));
    const event = calendar.createEvent({
      id: uid(`goal-${goal.id}`),
      sequence: input.sequence,
      stamp: input.now,
      start: floating(goal.due, '00:00'),
      allDay: true,
      summary,
      url: appLink(input.appUrl, `/goals/${encodeURIComponent(goal.id)}`),
    });
    for (const offset of alarmOffsets(goal, input.reminders)) {
      // relatesTo is set by method: ical-generator 10.2 ignores it in createAlarm's data and
      // would write a positive trigger as RELATED=END (09:00 the day AFTER an all-day event).
      event
        .createAlarm({ ...alarmAt(offset), type: ICalAlarmType.display, description: summary })
        .relatesTo('START');
    }
  }
  for (const [cert, rules] of renewals(input)) {
    const summary = text.expires(oneLine(cert.name));
    const event = calendar.createEvent({
      id: uid(`cert-${cert.id}`),
      sequence: input.sequence,
      stamp: input.now,
      start: floating(cert.expiresOn ?? '', '00:00'),
      allDay: true,
      summary,
      description: text.renew,
      url: appLink(input.appUrl, reminderUrl(rules[0] as RenewalReminder)),
    });
    for (const offset of new Set(rules.map(renewalOffset))) {
      event
        .createAlarm({ ...alarmAt(offset), type: ICalAlarmType.display, description: summary })
        .relatesTo('START');
    }
  }
  return calendar.toString();
}

/** Certifications with an expiry date and their enabled renewal reminders. */
function renewals(input: CalendarInput): [Certification, RenewalReminder[]][] {
  const out = new Map<string, [Certification, RenewalReminder[]]>();
  for (const r of input.reminders) {
    if (r.kind !== 'renewal' || !r.enabled) continue;
    const cert = input.certifications?.find((c) => c.id === r.certificationId);
    if (!cert?.expiresOn) continue;
    const entry = out.get(cert.id) ?? [cert, []];
    entry[1].push(r);
    out.set(cert.id, entry);
  }
  return [...out.values()];
}

/** Seconds from the expiry day's midnight: `daysBefore` days earlier, at the reminder's time. */
function renewalOffset(r: RenewalReminder): number {
  const { hours, minutes } = parseClock(r.time);
  return -Math.max(0, Math.floor(r.daysBefore)) * 86_400 + hours * 3600 + minutes * 60;
}

/**
 * A UID from a record id. The backup schema already keeps ids to a safe alphabet; this is the
 * second lock, for whatever reaches the export: anything outside it is percent-encoded, so an
 * id can never end the line or start a property of its own (ical-generator writes UIDs as is).
 */
function uid(id: string): string {
  return `${encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}@${UID_DOMAIN}`;
}

/**
 * User text as one calendar line: line and paragraph breaks become spaces, other control
 * characters go. ical-generator escapes , ; \ and LF in text values but not CR, NUL or ESC.
 */
function oneLine(value: string): string {
  return (
    value
      .replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
  );
}

/** Done or archived goals get no more calendar entries. */
function isClosed(goal: Goal): boolean {
  return goal.archived || (goal.kind === 'deliverable' && goal.doneOn !== undefined);
}

/** BYDAY values in ISO order (Monday first), duplicates and invalid days dropped. */
function weekdays(reminder: WeeklyReminder, isoDays: readonly ICalWeekday[]): ICalWeekday[] {
  return [...new Set(reminder.days)].sort((a, b) => a - b).flatMap((d) => isoDays[d - 1] ?? []);
}

/**
 * The first day on or after today that the rule fires on: DTSTART must itself be an
 * occurrence, or calendars show an extra one.
 */
function firstDay(reminder: WeeklyReminder, now: Date): DayKey {
  const today = startOfDay(now);
  for (let i = 0; i < 7; i += 1) {
    const day = addDays(today, i);
    if ((reminder.days as readonly number[]).includes(getISODay(day))) return dayKeyOf(day);
  }
  return dayKeyOf(today);
}

/**
 * ical-generator writes a floating (or all-day) native Date with its UTC fields, so the
 * wall-clock day and time go there: the output is then the same in every time zone.
 */
function floating(day: DayKey, time: ClockTime): Date {
  const [y, m, d] = day.split('-').map(Number);
  const { hours, minutes } = parseClock(time);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hours, minutes));
}

/** Seconds from the due day's midnight: 09:00 that day, and each deadline reminder's moment. */
function alarmOffsets(goal: Goal, reminders: readonly Reminder[]): number[] {
  const offsets = new Set([DEADLINE_MORNING_SECONDS]);
  for (const r of reminders) {
    if (r.kind !== 'deadline' || !r.enabled || r.goalId !== goal.id) continue;
    const { hours, minutes } = parseClock(r.time);
    const daysBefore = Math.max(0, Math.floor(r.daysBefore));
    offsets.add(-daysBefore * 86_400 + hours * 3600 + minutes * 60);
  }
  return [...offsets].sort((a, b) => a - b);
}

/** An alarm `offset` seconds after (or before, if negative) the start of the day. */
function alarmAt(offset: number): ICalAlarmData {
  return offset >= 0 ? { triggerAfter: offset } : { triggerBefore: -offset };
}

/** An in-app path under the app's address (which may carry a base path). */
function appLink(appUrl: string, path: string): string {
  const base = appUrl.endsWith('/') ? appUrl : `${appUrl}/`;
  return new URL(path.replace(/^\//, ''), base).toString();
}
