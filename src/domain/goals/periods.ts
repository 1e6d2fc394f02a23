// Calendar periods (weeks and months) as ranges of day keys, end inclusive.

import { addDays, monthEnd, monthStart, type WeekStartsOn, weekStart } from '../days';
import type { DayKey, Lang, Pause } from '../types';

export type Period = 'week' | 'month';

/** A run of calendar days, both ends included. */
export interface DayRange {
  readonly start: DayKey;
  readonly end: DayKey;
}

/** The week or month that contains `day`. A week is always 7 day keys, DST or not. */
export function periodOf(day: DayKey, period: Period, weekStartsOn: WeekStartsOn): DayRange {
  if (period === 'month') return { start: monthStart(day), end: monthEnd(day) };
  const start = weekStart(day, weekStartsOn);
  return { start, end: addDays(start, 6) };
}

/** The consecutive periods from the one containing `from` to the one containing `to`. */
export function periodsBetween(
  from: DayKey,
  to: DayKey,
  period: Period,
  weekStartsOn: WeekStartsOn,
): DayRange[] {
  const ranges: DayRange[] = [];
  if (to < from) return ranges;
  let range = periodOf(from, period, weekStartsOn);
  while (range.start <= to) {
    ranges.push(range);
    const next = periodOf(addDays(range.end, 1), period, weekStartsOn);
    if (next.start <= range.start) break; // the last day a key can hold: nothing comes after
    range = next;
  }
  return ranges;
}

/**
 * Index of the range containing `day`, by binary search over sorted, contiguous ranges (as
 * periodsBetween returns them). The caller makes sure `day` is inside the ranges.
 */
export function rangeIndexOf(ranges: readonly DayRange[], day: DayKey): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges[mid]?.start ?? '') <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The week start a language implies when the user has not chosen one. With a full locale tag
 * (navigator.language, e.g. 'en-GB') we ask Intl.Locale's week info, so a British user gets
 * Monday; where the runtime lacks week info (Firefox, older Safari) or reports a day we do not
 * offer, we fall back to Monday for Italian and Sunday for English.
 */
export function defaultWeekStart(lang: Lang, localeTag?: string): WeekStartsOn {
  const fromIntl = intlFirstDay(localeTag ?? lang);
  if (fromIntl !== undefined) return fromIntl;
  return lang === 'it' ? 1 : 0;
}

type WeekInfo = { readonly firstDay?: number };
type LocaleWithWeekInfo = Intl.Locale & {
  readonly weekInfo?: WeekInfo;
  getWeekInfo?: () => WeekInfo;
};

function intlFirstDay(tag: string): WeekStartsOn | undefined {
  try {
    const locale = new Intl.Locale(tag) as LocaleWithWeekInfo;
    // getWeekInfo() is the standard name; the weekInfo getter is the older one (Chromium, Node).
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const first = info?.firstDay; // ISO: 1 = Monday ... 7 = Sunday
    if (first === 1) return 1;
    if (first === 7) return 0;
    if (first === 6) return 6;
    return undefined;
  } catch {
    return undefined;
  }
}

/** True when `day` falls inside one of the pauses (from inclusive, to exclusive, or open). */
export function isPaused(pauses: readonly Pause[], day: DayKey): boolean {
  for (const p of pauses) {
    if (day >= p.from && (p.to === undefined || day < p.to)) return true;
  }
  return false;
}
