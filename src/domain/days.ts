// Day keys ('yyyy-MM-dd') are the user's local calendar days. Every helper here goes through
// date-fns on local Date objects (setDate/getDate under the hood), never through UTC or
// "+ 86 400 000 ms" arithmetic, so a 23- or 25-hour day around a DST change is still one day.
// Keys of the same format sort and compare correctly as plain strings ('<', '>', sort()).

import {
  addDays as addDaysToDate,
  differenceInCalendarDays,
  endOfMonth,
  formatISO,
  getISODay,
  isValid,
  parseISO,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import type { DayKey, IsoWeekday } from './types';

/** First day of the week: 0 = Sunday, 1 = Monday, 6 = Saturday (as in date-fns). */
export type WeekStartsOn = 0 | 1 | 6;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** The first and last days a key can hold (four-digit years). */
export const FIRST_DAY: DayKey = '0000-01-01';
export const LAST_DAY: DayKey = '9999-12-31';

/**
 * The local calendar day of an instant (the day the user sees on their phone). Past year 9999
 * (the week after a goal starting 9999-12-31) it stays on the last day a key can hold, so
 * arithmetic on odd stored dates never produces a key that then throws.
 */
export function toDayKey(date: Date): DayKey {
  const year = date.getFullYear();
  if (year > 9999) return LAST_DAY;
  if (year < 0) return FIRST_DAY;
  return formatISO(date, { representation: 'date' });
}

/** Today's key. Takes `now` so callers (and tests) decide what "now" is. */
export function todayKey(now: Date): DayKey {
  return toDayKey(now);
}

/**
 * True for a well-formed key of a real calendar day ('2026-02-30' is not). Plain arithmetic,
 * no Date parsing: a backup check runs it on every record (60,000 times for 20,000 activities).
 */
export function isDayKey(value: string): boolean {
  if (!DAY_KEY.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Local midnight of a day key. Throws on a malformed key: a bad key is a bug, not data. */
export function parseDay(day: DayKey): Date {
  const date = DAY_KEY.test(day) ? parseISO(day) : new Date(Number.NaN);
  if (!isValid(date)) throw new RangeError(`Not a day key: ${day}`);
  return date;
}

/** The day `n` calendar days after (or before, if negative) `day`. */
export function addDays(day: DayKey, n: number): DayKey {
  return toDayKey(addDaysToDate(parseDay(day), n));
}

/** Calendar days from `from` to `to` (positive when `to` is later): DST-proof. */
export function daysBetween(from: DayKey, to: DayKey): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

/** The first day of the week containing `day`. */
export function weekStart(day: DayKey, weekStartsOn: WeekStartsOn): DayKey {
  return toDayKey(startOfWeek(parseDay(day), { weekStartsOn }));
}

/** The first day of the month containing `day`. */
export function monthStart(day: DayKey): DayKey {
  return toDayKey(startOfMonth(parseDay(day)));
}

/** The last day of the month containing `day`. */
export function monthEnd(day: DayKey): DayKey {
  return toDayKey(endOfMonth(parseDay(day)));
}

/** ISO weekday of a day: 1 = Monday ... 7 = Sunday (matches reminder rules). */
export function isoWeekday(day: DayKey): IsoWeekday {
  return getISODay(parseDay(day)) as IsoWeekday;
}

/** Every day key from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: DayKey, to: DayKey): DayKey[] {
  const days: DayKey[] = [];
  const last = parseDay(to);
  for (let d = parseDay(from); d <= last; d = addDaysToDate(d, 1)) days.push(toDayKey(d));
  return days;
}

/** The earlier / later of two keys (string order is calendar order). */
export function minDay(a: DayKey, b: DayKey): DayKey {
  return a < b ? a : b;
}
export function maxDay(a: DayKey, b: DayKey): DayKey {
  return a > b ? a : b;
}
