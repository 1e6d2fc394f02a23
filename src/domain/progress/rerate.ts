// When to ask "still true?" about a skill's level after time spent on it. Effort should meet
// progress, but a question asked too often is nagging, so the rule is deliberately sparing.

import { addDays } from '../days';
import type { Activity, Assessment, DayKey, Level, Rating } from '../types';

/** Time or sessions on a skill since it was last rated that make a fresh look worthwhile. */
export const RERATE_MINUTES = 180;
export const RERATE_SESSIONS = 3;
/** A level set less than a week ago is not questioned, however much was logged since. */
export const RERATE_MIN_DAYS = 7;
/** After the person answered (kept the level, picked another, or said "not now"). */
export const RERATE_QUIET_DAYS = 30;

export interface RerateSuggestion {
  readonly skillId: string;
  readonly rating: Level;
  /** The day of the assessment being questioned. */
  readonly since: DayKey;
  readonly minutes: number;
  readonly sessions: number;
}

export interface RerateInput {
  readonly today: DayKey;
  /** Every assessment (any order): the latest per skill is the one questioned. */
  readonly assessments: readonly Assessment[];
  /** Activities to count (a recent window is enough: it can only under-count). */
  readonly activities: readonly Activity[];
  /** Per skill, the last day the person answered a suggestion. */
  readonly answered: ReadonlyMap<string, DayKey>;
  /** Only these skills are asked about (the followed roles' skills). */
  readonly skillIds: ReadonlySet<string>;
}

/**
 * Skills worth a "still true?" today, most minutes first. One qualifies when it is rated
 * 0-3 (not "can teach", not "not relevant"), that rating is at least RERATE_MIN_DAYS old, the
 * person logged RERATE_MINUTES or RERATE_SESSIONS on it since, and they have not answered about
 * it in the last RERATE_QUIET_DAYS. An activity on the rating's own day counts when it was
 * recorded after the rating.
 */
export function rerateSuggestions(input: RerateInput): RerateSuggestion[] {
  const latest = new Map<string, Assessment>();
  for (const a of input.assessments) {
    const known = latest.get(a.skillId);
    if (!known || later(a, known)) latest.set(a.skillId, a);
  }
  const out: RerateSuggestion[] = [];
  for (const [skillId, assessment] of latest) {
    if (!input.skillIds.has(skillId) || !questionable(assessment.rating)) continue;
    if (addDays(assessment.day, RERATE_MIN_DAYS) > input.today) continue;
    const answered = input.answered.get(skillId);
    if (answered && addDays(answered, RERATE_QUIET_DAYS) > input.today) continue;
    let minutes = 0;
    let sessions = 0;
    for (const act of input.activities) {
      if (!act.skillIds.includes(skillId) || act.day > input.today) continue;
      const after =
        act.day > assessment.day ||
        (act.day === assessment.day &&
          Date.parse(act.createdAt) > Date.parse(assessment.createdAt));
      if (!after) continue;
      minutes += act.minutes;
      sessions++;
    }
    if (minutes < RERATE_MINUTES && sessions < RERATE_SESSIONS) continue;
    out.push({ skillId, rating: assessment.rating, since: assessment.day, minutes, sessions });
  }
  return out.sort((a, b) => b.minutes - a.minutes || (a.skillId < b.skillId ? -1 : 1));
}

function questionable(rating: Rating): rating is Level {
  return rating !== 'na' && rating < 4;
}

/** Same order as sortAssessments: by day, then by when it was recorded. */
function later(a: Assessment, b: Assessment): boolean {
  if (a.day !== b.day) return a.day > b.day;
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}
