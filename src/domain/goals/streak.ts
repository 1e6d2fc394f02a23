// Weekly streak (optional in the UI): consecutive calendar weeks with enough sessions.

import { addDays, type WeekStartsOn, weekStart } from '../days';
import type { Activity, DayKey } from '../types';

/**
 * How many weeks in a row had at least `minSessions` activities, ending with this week.
 * This week counts once it is met; while it is not met yet it does not break the streak (the
 * week is not over), so the count runs from last week. Activities after today are ignored.
 */
export function weeklyStreak(
  activities: readonly Pick<Activity, 'day'>[],
  today: DayKey,
  weekStartsOn: WeekStartsOn,
  minSessions = 1,
): number {
  const perWeek = new Map<DayKey, number>();
  const startOf = new Map<DayKey, DayKey>(); // day -> its week start, computed once per day
  for (const a of activities) {
    if (a.day > today) continue;
    let start = startOf.get(a.day);
    if (start === undefined) {
      start = weekStart(a.day, weekStartsOn);
      startOf.set(a.day, start);
    }
    perWeek.set(start, (perWeek.get(start) ?? 0) + 1);
  }
  const need = Math.max(1, minSessions);
  const met = (week: DayKey) => (perWeek.get(week) ?? 0) >= need;

  let week = weekStart(today, weekStartsOn);
  let streak = 0;
  if (met(week)) streak++;
  week = addDays(week, -7);
  while (met(week)) {
    streak++;
    week = addDays(week, -7);
  }
  return streak;
}
