import { addMinutes, format, parseISO, startOfDay } from 'date-fns';
import type { ClockTime, DayKey } from '../types';

/** 'HH:mm' as hours and minutes; a malformed time reads as 00:00 rather than throwing. */
export function parseClock(time: ClockTime): { hours: number; minutes: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1] ?? 0);
  const minutes = Number(match?.[2] ?? 0);
  if (hours > 23 || minutes > 59) return { hours: 0, minutes: 0 };
  return { hours, minutes };
}

/** The local day of an instant, as a DayKey. */
export function dayKeyOf(at: Date): DayKey {
  return format(at, 'yyyy-MM-dd');
}

/** Local midnight of a DayKey (date-fns reads a date-only ISO string as local, not UTC). */
export function dayFromKey(day: DayKey): Date {
  return startOfDay(parseISO(day));
}

/**
 * The instant a local day shows `time` on the wall clock: 18:30 stays 18:30 whatever the UTC
 * offset of that day. A time that does not exist (skipped by a spring-forward change, e.g.
 * 02:30 in Rome on 29 March 2026) becomes the first valid instant after it, the moment the
 * clocks jump (03:00), not the 03:30 that `new Date(y, m, d, 2, 30)` would give. A time that
 * happens twice (autumn change) is its first occurrence, as the Date constructor picks.
 */
export function atWallClock(day: Date, time: ClockTime): Date {
  const { hours, minutes } = parseClock(time);
  const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
  if (at.getHours() === hours && at.getMinutes() === minutes) return at;
  // In a gap: walk back while the offset is still the post-change one (at most the gap size).
  const offsetAfter = at.getTimezoneOffset();
  let first = at;
  for (let step = 0; step < 24 * 60; step += 1) {
    const earlier = addMinutes(first, -1);
    if (earlier.getTimezoneOffset() !== offsetAfter) break;
    first = earlier;
  }
  return first;
}
