// The year heatmap: one column per week, one cell per day, minutes logged that day.

import { addDays as addDaysToDate } from 'date-fns';
import { addDays, parseDay, toDayKey, type WeekStartsOn, weekStart } from '../days';
import type { Activity, DayKey } from '../types';

export interface HeatCell {
  readonly day: DayKey;
  readonly minutes: number;
  readonly sessions: number;
  /** After today: drawn empty, not as "nothing done". */
  readonly future: boolean;
}

export const HEATMAP_WEEKS = 53;

/**
 * 53 columns of 7 cells, oldest week first; the last column is the week containing today
 * (its later days are `future`). Cells run from the week's first day, so row 0 is Monday or
 * Sunday as the user chose. Activities outside the grid or after today are ignored.
 */
export function heatmap52(
  activities: readonly Pick<Activity, 'day' | 'minutes'>[],
  today: DayKey,
  weekStartsOn: WeekStartsOn,
  /** Fewer columns for a shorter history: a chart starts at the first record. */
  weeks: number = HEATMAP_WEEKS,
): HeatCell[][] {
  const count = Math.max(1, Math.min(HEATMAP_WEEKS, Math.floor(weeks)));
  const first = addDays(weekStart(today, weekStartsOn), -(count - 1) * 7);
  const cells: { day: DayKey; minutes: number; sessions: number; future: boolean }[] = [];
  const byDay = new Map<DayKey, (typeof cells)[number]>();
  let date = parseDay(first);
  for (let i = 0; i < count * 7; i++, date = addDaysToDate(date, 1)) {
    const day = toDayKey(date);
    const cell = { day, minutes: 0, sessions: 0, future: day > today };
    cells.push(cell);
    byDay.set(day, cell);
  }
  for (const a of activities) {
    const cell = a.day <= today ? byDay.get(a.day) : undefined;
    if (!cell) continue;
    cell.minutes += a.minutes;
    cell.sessions++;
  }
  const columns: HeatCell[][] = [];
  for (let w = 0; w < count; w++) columns.push(cells.slice(w * 7, w * 7 + 7));
  return columns;
}
