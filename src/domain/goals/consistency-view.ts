// What Today shows of consistency: this week's active days against the aim, and the long-term
// score read as a trend word. The maths stay in consistency.ts; this decides what a person sees.
//
// Why not the score itself: the score is a slow moving average (half-life about 20 days at
// 3 days a week), so a perfect first week reads "9 / 100", which tells someone who did exactly
// what they aimed for that they failed. The week against the aim answers "am I doing what I
// said?" at once; the trend word answers "is the habit growing?" without a discouraging number.

import type { DayKey, Goal } from '../types';
import { type ConsistencyOptions, consistencySeries, DEFAULT_DAYS_PER_WEEK } from './consistency';
import type { DayRange } from './periods';

export type ConsistencyTrend = 'building' | 'steady' | 'slipping';

export interface ConsistencyView {
  /** Days of the current week with at least one activity (two sessions on a day count once). */
  readonly activeDays: number;
  /** Active days per week aimed for. */
  readonly aim: number;
  readonly aimMet: boolean;
  /** How the score moved over the last 7 days; null before the first activity. */
  readonly trend: ConsistencyTrend | null;
  /** The score, 0..100, whole: for the "how is this computed" text, not the headline. */
  readonly score: number;
}

/** Points the score must move in a week to read as building or slipping, not steady. */
export const TREND_POINTS = 1;
/** A met week reads building while the score still gains this much a day (not yet near 100). */
const RISING_TODAY = 0.1;

/**
 * The aim in active days per week: the highest target among the weekly "sessions" goals that
 * count every activity (no skill or role limit) and are running today, capped at 7; without
 * such a goal, 3. So the aim Today measures is the one the person set, when they set one.
 */
export function consistencyAim(
  goals: readonly Goal[],
  today: DayKey,
): { readonly days: number; readonly fromGoal: boolean } {
  let aim = 0;
  for (const g of goals) {
    if (g.kind !== 'period' || g.archived || g.period !== 'week' || g.measure !== 'sessions')
      continue;
    if (g.skillIds.length > 0 || g.roleIds.length > 0) continue;
    if (g.start > today || (g.end !== undefined && g.end < today)) continue;
    aim = Math.max(aim, g.target);
  }
  if (aim === 0) return { days: DEFAULT_DAYS_PER_WEEK, fromGoal: false };
  return { days: Math.min(7, Math.max(1, Math.round(aim))), fromGoal: true };
}

/**
 * This week's active days against the aim, and the score's trend. A week whose aim is met
 * reads building while the score still rises today (meeting the aim gives full credit), steady
 * once it is near the top: never slipping, even right after a break, since the person is doing
 * what they said. Otherwise: building when the score rose by at least TREND_POINTS over the
 * last 7 days, slipping when it fell as much, steady in between.
 */
export function consistencyView(
  activities: readonly { readonly day: DayKey }[],
  today: DayKey,
  week: DayRange,
  opts: ConsistencyOptions & { readonly daysPerWeek: number },
): ConsistencyView {
  const aim = opts.daysPerWeek;
  const days = new Set<DayKey>();
  for (const a of activities) if (a.day >= week.start && a.day <= today) days.add(a.day);
  const activeDays = days.size;
  const aimMet = activeDays >= aim;
  const series = consistencySeries(activities, today, opts);
  const now = series[series.length - 1]?.score;
  if (now === undefined) return { activeDays, aim, aimMet, trend: null, score: 0 };
  const at = (back: number) => series[series.length - 1 - back]?.score ?? 0;
  let trend: ConsistencyTrend;
  if (aimMet) trend = now - at(1) >= RISING_TODAY ? 'building' : 'steady';
  else {
    const delta = now - at(7);
    trend = delta >= TREND_POINTS ? 'building' : delta <= -TREND_POINTS ? 'slipping' : 'steady';
  }
  return { activeDays, aim, aimMet, trend, score: Math.round(now) };
}
