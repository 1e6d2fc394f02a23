// Consistency score: a forgiving measure of how regularly the user trains, 0..100.
// Modelled on Loop Habit Tracker's habit strength (an exponential moving average).
//
// ## Consistency score (formula)
//
// Let N be the user's aim in active days per week (1..7, default 3). The score walks the
// calendar day by day, from the first day with an activity (or `from`) to today:
//
// - Paused days are skipped: the score stands still and they are left out of the timeline.
// - a(d) = 1 if at least one activity was logged on day d, else 0 (two sessions on one day
//   count once: this measures regularity, not volume).
// - c(d) = the sum of a over the last 7 days of the timeline, d included.
// - x(d) = min(1, c(d) / N): the share of the weekly aim met in the 7 days ending on d, so
//   each active day credits itself and the next 6 days by 1/N, and anyone who keeps N active
//   days in every 7 gets full credit every day, whichever days they pick.
// - m = 0.5 ^ (sqrt(N / 7) / 13): the daily decay. Half-life H = 13 / sqrt(N / 7) days:
//   13 days at 7/7, about 20 days at 3/7, about 34 days at 1/7 (slower aims move slower).
// - s(d) = s(d-1) * m + x(d) * (1 - m), with s = 0 before the first day.
// - score = 100 * s, shown rounded to a whole number.
//
// A week with no activity keeps at least m^7 of the score (about 78% at 3/7): missed days
// lower it, they never zero it at once, and steady training brings it back at the same pace.

import { addDays as addDaysToDate } from 'date-fns';
import { parseDay, toDayKey } from '../days';
import type { DayKey, Pause } from '../types';
import { isPaused } from './periods';

export interface ConsistencyOptions {
  /** Active days per week the user aims for, 1..7 (rounded and clamped). Default 3. */
  readonly daysPerWeek?: number;
  /** Spans during which the score stands still (from inclusive, to exclusive, or open). */
  readonly pauses?: readonly Pause[];
  /** First day scored; default: the first day with an activity. */
  readonly from?: DayKey;
}

export interface ConsistencyPoint {
  readonly day: DayKey;
  /** 0..100, unrounded (round for display). */
  readonly score: number;
  readonly paused: boolean;
}

export const DEFAULT_DAYS_PER_WEEK = 3;

/** The daily decay factor m for an aim of N active days per week. */
export function decayFor(daysPerWeek: number): number {
  return 0.5 ** (Math.sqrt(daysPerWeek / 7) / 13);
}

/** The score for every day from the first scored day to today, for a chart. */
export function consistencySeries(
  activities: readonly { readonly day: DayKey }[],
  today: DayKey,
  opts: ConsistencyOptions = {},
): ConsistencyPoint[] {
  const aim = Math.min(7, Math.max(1, Math.round(opts.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK)));
  const m = decayFor(aim);
  const pauses = opts.pauses ?? [];
  const active = new Set<DayKey>();
  let first: DayKey | undefined;
  for (const a of activities) {
    if (a.day > today) continue;
    active.add(a.day);
    if (first === undefined || a.day < first) first = a.day;
  }
  const start = opts.from ?? first;
  const points: ConsistencyPoint[] = [];
  if (start === undefined || start > today) return points;

  const window = [0, 0, 0, 0, 0, 0, 0]; // a(d) of the last 7 timeline days, as a ring
  let slot = 0;
  let sum = 0;
  let s = 0;
  const last = parseDay(today);
  for (let date = parseDay(start); date <= last; date = addDaysToDate(date, 1)) {
    const day = toDayKey(date);
    if (isPaused(pauses, day)) {
      points.push({ day, score: 100 * s, paused: true });
      continue;
    }
    const a = active.has(day) ? 1 : 0;
    sum += a - (window[slot] ?? 0);
    window[slot] = a;
    slot = (slot + 1) % 7;
    s = s * m + Math.min(1, sum / aim) * (1 - m);
    points.push({ day, score: 100 * s, paused: false });
  }
  return points;
}

/** Today's consistency score, a whole number 0..100 (0 with no activity yet). */
export function consistencyScore(
  activities: readonly { readonly day: DayKey }[],
  today: DayKey,
  opts: ConsistencyOptions = {},
): number {
  const series = consistencySeries(activities, today, opts);
  return Math.round(series[series.length - 1]?.score ?? 0);
}
