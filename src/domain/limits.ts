// Field limits: the one source of truth for how long a text, how many items, which numbers and
// which days the app takes. Two tiers, because devices already hold records written before
// these limits existed:
// - INPUT: what the forms let the user type today (maxlength, number ranges, the day range).
// - STORED: what the data layer writes and what a backup, a snapshot or a skill pack must
//   restore. It is INPUT or wider: wide enough for everything an older version could save
//   (its forms had no length limit on titles, steps or targets, and any calendar day), so no
//   file the app ever wrote is refused. Only a hostile or broken file goes past it; the 20 MB
//   file cap bounds memory whatever the per-field numbers.
// The backup and skill-pack schemas (data/) and every form (ui/) read these numbers; nothing
// else may hard-code them.
import { isDayKey } from './days';
import type { DayKey } from './types';

/** Characters, items or values; `min`/`max` inclusive. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export const INPUT = {
  /** Activity and goal titles. */
  title: 200,
  /** Reminder labels: shown in a notification, so short. */
  label: 80,
  /** Names of custom skills, roles and areas. */
  name: 80,
  /** Notes of an activity or a level change. */
  note: 5000,
  /** A piece of evidence's note. */
  evidenceNote: 1000,
  /** A custom skill's description. */
  description: 1000,
  /** A custom role's one-line summary. */
  summary: 300,
  /** One checklist step of a custom skill. */
  step: 300,
  /** Checklist steps of one custom skill. */
  steps: 20,
  exampleGoals: 10,
  link: 2048,
  minutes: { min: 1, max: 1440 },
  /** A period goal's target, by measure (per week or month). */
  targetSessions: { min: 1, max: 100 },
  targetMinutes: { min: 1, max: 20_000 },
  daysBefore: { min: 0, max: 60 },
  /** A renewal reminder's days before expiry: some issuers let you renew months ahead. */
  renewalDaysBefore: { min: 0, max: 180 },
  /** Days the forms take: a typo (9999, 0202) is refused instead of saved. */
  days: { min: '2000-01-01', max: '2100-12-31' },
} as const;

/** Long enough for any text an older version let through; a real user never gets near it. */
const LEGACY_TEXT = 100_000;

/**
 * Each text's stored limit is the most any earlier version let through: by a form with no
 * maxlength (activity and goal titles, activity notes, checklist steps: LEGACY_TEXT), or by a
 * backup it restored (whose schema took names and labels up to 200 characters, other texts
 * up to 5000).
 */
export const STORED = {
  id: 100,
  title: LEGACY_TEXT,
  label: 200,
  name: 200,
  note: LEGACY_TEXT,
  evidenceNote: 5000,
  description: 5000,
  summary: 5000,
  step: LEGACY_TEXT,
  link: INPUT.link,
  /** Items in any list inside one record (steps, evidence, skill ids, pauses...). */
  inner: 1_000,
  minutes: INPUT.minutes,
  /** Older forms took any whole number of at least 1. */
  target: { min: 1, max: Number.MAX_SAFE_INTEGER },
  daysBefore: { min: 0, max: 366 },
  /** Records per store in one backup. */
  activities: 200_000,
  assessments: 100_000,
  skillStates: 10_000,
  goals: 10_000,
  reminders: 10_000,
  customSkills: 2_000,
  customRoles: 500,
  certifications: 2_000,
  customResources: 10_000,
  resourceMarks: 20_000,
} as const;

/**
 * Ids are plain and short: letters, digits and . _ / - (UUIDs, 'cm.onboarding',
 * 'my-1a2b3c4d/9f8e7d'), never a line break, a space or a control character, since they end up
 * in calendar UIDs, addresses and file paths.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;

export function isSafeId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** A real calendar day inside the range the forms take. */
export function isDayInRange(day: string, range: { min: DayKey; max: DayKey } = INPUT.days) {
  return isDayKey(day) && day >= range.min && day <= range.max;
}

export function inRange(n: number, range: Range): boolean {
  return Number.isInteger(n) && n >= range.min && n <= range.max;
}

/** The target range of a period goal for its measure. */
export function targetRange(measure: 'sessions' | 'minutes'): Range {
  return measure === 'sessions' ? INPUT.targetSessions : INPUT.targetMinutes;
}

/** Why a typed value is refused, with the numbers the message needs. */
export type LimitProblem =
  | { readonly kind: 'too-long'; readonly max: number; readonly length: number }
  | { readonly kind: 'too-many'; readonly max: number; readonly count: number }
  | { readonly kind: 'out-of-range'; readonly min: number; readonly max: number }
  | { readonly kind: 'day-out-of-range'; readonly min: DayKey; readonly max: DayKey };

/** Null when `value` fits in `max` characters. */
export function textProblem(value: string, max: number): LimitProblem | null {
  return value.length > max ? { kind: 'too-long', max, length: value.length } : null;
}

/** Null for a whole number inside the range (what a number field must hold). */
export function numberProblem(value: number, range: Range): LimitProblem | null {
  return inRange(value, range) ? null : { kind: 'out-of-range', ...range };
}

/** Null for a real day inside the range the forms take. */
export function dayProblem(day: string, range = INPUT.days): LimitProblem | null {
  return isDayInRange(day, range) ? null : { kind: 'day-out-of-range', ...range };
}

/** A custom skill's checklist (one step a line): how many steps and how long each. */
export function stepsProblem(steps: readonly string[]): LimitProblem | null {
  const kept = steps.map((s) => s.trim()).filter(Boolean);
  if (kept.length > INPUT.steps) return { kind: 'too-many', max: INPUT.steps, count: kept.length };
  const long = kept.find((s) => s.length > INPUT.step);
  return long === undefined ? null : textProblem(long, INPUT.step);
}
