import { endOfMonth, format, parseISO, subMonths } from 'date-fns';
import type { Assessment, DayKey, Rating, RoleDef } from '../types';
import { linkCounts, type Ratings, roleReadiness } from './readiness';

/**
 * Assessments in the order they took effect: by day, then (same day) by updatedAt, createdAt
 * and id, so the last one applied is the one that wins. Timestamps are compared as instants, so
 * ISO strings with different offsets still order correctly. Returns a new array.
 */
export function sortAssessments(assessments: readonly Assessment[]): Assessment[] {
  const keyed = assessments.map((a) => ({
    a,
    updated: Date.parse(a.updatedAt),
    created: Date.parse(a.createdAt),
  }));
  keyed.sort(
    (x, y) =>
      compare(x.a.day, y.a.day) ||
      x.updated - y.updated ||
      x.created - y.created ||
      compare(x.a.id, y.a.id),
  );
  return keyed.map((k) => k.a);
}

/** Each skill's rating as it stood at the end of `day`: its latest assessment on or before it. */
export function ratingsAt(assessments: readonly Assessment[], day: DayKey): Map<string, Rating> {
  const ratings = new Map<string, Rating>();
  for (const a of sortAssessments(assessments.filter((x) => x.day <= day))) {
    ratings.set(a.skillId, a.rating);
  }
  return ratings;
}

/**
 * Calls `measure` with the ratings as they stood at the end of each day, and returns the results
 * in the order of `days` (which need not be sorted). One sort and one sweep: O(A log A + D log D)
 * plus the measuring, not O(days * assessments). `measure` gets a live map that the sweep keeps
 * changing: read it, do not keep it.
 */
export function ratingsSeries<T>(
  assessments: readonly Assessment[],
  days: readonly DayKey[],
  measure: (ratings: Ratings) => T,
): T[] {
  const sorted = sortAssessments(assessments);
  const order = days.map((_, i) => i).sort((i, j) => compare(days[i] ?? '', days[j] ?? ''));
  const out = new Array<T>(days.length);
  const ratings = new Map<string, Rating>();
  let next = 0;
  for (const i of order) {
    const day = days[i] ?? '';
    for (let a = sorted[next]; a && a.day <= day; a = sorted[++next]) {
      ratings.set(a.skillId, a.rating);
    }
    out[i] = measure(ratings);
  }
  return out;
}

/**
 * A role's readiness at the end of each day; null where nothing counted yet, and null before
 * any of its skills was rated at all (a chart must not draw 0% for months before the person
 * first rated themselves).
 */
export function readinessOverTime(
  role: RoleDef,
  assessments: readonly Assessment[],
  days: readonly DayKey[],
): (number | null)[] {
  const linked = role.links.filter(linkCounts).map((l) => l.skillId);
  return ratingsSeries(assessments, days, (ratings) =>
    linked.some((id) => ratings.has(id)) ? roleReadiness(role, ratings) : null,
  );
}

/**
 * The month-end points of a chart that starts at the first record: from the month of `first`
 * (the first assessment) to today, at most `months` of them. Empty without any record.
 */
export function monthEndsSince(today: DayKey, first: DayKey | undefined, months = 12): DayKey[] {
  if (first === undefined || first > today) return [];
  const all = monthEnds(today, months);
  const firstMonth = first.slice(0, 7);
  return all.filter((day) => day.slice(0, 7) >= firstMonth);
}

/**
 * The points of a 12-month chart, oldest first: the last day of each of the `months - 1`
 * previous months, then today for the current month (its end has not happened yet).
 */
export function monthEnds(today: DayKey, months = 12): DayKey[] {
  const now = parseISO(today); // date-only strings parse as local midnight
  const days: DayKey[] = [];
  for (let back = months - 1; back >= 1; back--) {
    days.push(format(endOfMonth(subMonths(now, back)), 'yyyy-MM-dd'));
  }
  if (months >= 1) days.push(today);
  return days;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
