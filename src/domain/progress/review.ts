// Levels that come up for review. Platforms change, so a "Confident" given two years ago may no
// longer describe the person: a level of 3 or more asks for a quick re-confirmation some months
// after it was last set or confirmed. Low levels never do (nobody forgets being "Aware"), and
// the question is asked a few at a time, oldest first, never as a flood.

import { addMonths, differenceInMonths } from 'date-fns';
import { parseDay, toDayKey } from '../days';
import type { Assessment, DayKey, LevelReviewSetting, Rating, SkillState } from '../types';
import { sortAssessments } from './history';

/** From this level up a level goes stale. */
export const REVIEW_FROM_LEVEL = 3;
export const DEFAULT_REVIEW_MONTHS = 12;
/** How many Today lists at once; the rest are one tap away. */
export const REVIEW_SHOWN = 3;

export type ReviewedLevel = 3 | 4;

export interface LevelReview {
  readonly skillId: string;
  readonly rating: ReviewedLevel;
  /** The day the level was last set or confirmed. */
  readonly confirmed: DayKey;
  /** The day it comes up for review (confirmed + N months). */
  readonly due: DayKey;
}

/** The setting as stored, with the default for settings saved before it existed. */
export function reviewSetting(stored: LevelReviewSetting | undefined): LevelReviewSetting {
  return stored ?? DEFAULT_REVIEW_MONTHS;
}

/**
 * The day a level confirmed on `confirmed` comes up for review: the same day of the month,
 * `months` later; a day the month lacks becomes its last day (31 Aug + 6 months = 28 or 29 Feb,
 * 29 Feb 2024 + 12 months = 28 Feb 2025), as date-fns' addMonths does. Local calendar days:
 * no DST hour can move it.
 */
export function reviewDueDay(confirmed: DayKey, months: number): DayKey {
  return toDayKey(addMonths(parseDay(confirmed), months));
}

/**
 * The day a skill's current level was last set or confirmed: its latest assessment, when that
 * assessment gave the level it has now. A rating without a matching assessment (data from
 * before assessments were kept, a restore or merge that took the state and not its history) is
 * dated by the state's last change (updatedAt, as a local day): the latest day the level can
 * have been set, so it never asks earlier than it should. Null when nothing dates it.
 */
export function levelConfirmedOn(
  state: Pick<SkillState, 'rating' | 'updatedAt'>,
  history: readonly Assessment[],
): DayKey | null {
  const latest = sortAssessments(history).at(-1);
  if (latest && latest.rating === state.rating) return latest.day;
  const at = new Date(state.updatedAt);
  return Number.isNaN(at.getTime()) ? null : toDayKey(at);
}

function reviewedLevel(rating: Rating | null): rating is ReviewedLevel {
  return rating === 3 || rating === 4;
}

/**
 * One skill's review: its level, when it was confirmed and when it comes up, whether it is due
 * yet or not. Null when it never comes up: the setting is off, the level is below 3, "not
 * relevant" or unrated, or nothing dates it.
 */
export function levelReviewOf(
  state: Pick<SkillState, 'id' | 'rating' | 'updatedAt'> | undefined,
  history: readonly Assessment[],
  setting: LevelReviewSetting,
): LevelReview | null {
  if (setting === 'off' || !state || !reviewedLevel(state.rating)) return null;
  const confirmed = levelConfirmedOn(state, history);
  if (confirmed === null) return null;
  return {
    skillId: state.id,
    rating: state.rating,
    confirmed,
    due: reviewDueDay(confirmed, setting),
  };
}

/** Whole months from one day to a later one (1 Apr 2025 to 1 Dec 2026: 20), never below 0. */
export function monthsBetween(from: DayKey, to: DayKey): number {
  return Math.max(0, differenceInMonths(parseDay(to), parseDay(from)));
}

/** Whether a review has come up by `today` (due on its day, not only after it). */
export function isDue(review: LevelReview, today: DayKey): boolean {
  return review.due <= today;
}

export interface DueReviewsInput {
  readonly today: DayKey;
  readonly setting: LevelReviewSetting;
  readonly states: ReadonlyMap<string, SkillState>;
  /** Every assessment (any order). */
  readonly assessments: readonly Assessment[];
  /**
   * The skills that may be asked about, in the order they are shown elsewhere (the followed
   * roles' links, retired skills left out): a tie in age keeps this order.
   */
  readonly skillIds: readonly string[];
}

/** Every level due for review today, the longest unconfirmed first. */
export function dueReviews(input: DueReviewsInput): LevelReview[] {
  if (input.setting === 'off') return [];
  const byskill = new Map<string, Assessment[]>();
  for (const a of input.assessments) {
    const list = byskill.get(a.skillId);
    if (list) list.push(a);
    else byskill.set(a.skillId, [a]);
  }
  const order = new Map<string, number>();
  for (const id of input.skillIds) if (!order.has(id)) order.set(id, order.size);
  const due: LevelReview[] = [];
  for (const skillId of order.keys()) {
    const review = levelReviewOf(
      input.states.get(skillId),
      byskill.get(skillId) ?? [],
      input.setting,
    );
    if (review && isDue(review, input.today)) due.push(review);
  }
  return due.sort(
    (a, b) =>
      (a.confirmed < b.confirmed ? -1 : a.confirmed > b.confirmed ? 1 : 0) ||
      (order.get(a.skillId) ?? 0) - (order.get(b.skillId) ?? 0),
  );
}
