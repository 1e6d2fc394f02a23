import type { Rating, Timestamp } from '../types';
import type { QueuedSkill } from './queue';

/** What the person did with one skill: a level (or "not relevant"), or skipped it. */
export type Answer = Rating | 'skip';

/**
 * A guided self-assessment in progress: the skills it asks about, fixed when it starts (so a
 * reload resumes the same list), and where the person is. Every rating is also written as a
 * real dated assessment when it is given; `answers` only remembers what this run did, for the
 * progress line and for going back.
 */
export interface AssessmentRun {
  /** 'first': the core skills of the followed roles; 'role': every skill of one role. */
  readonly kind: 'first' | 'role';
  readonly roleIds: readonly string[];
  readonly queue: readonly QueuedSkill[];
  /** The skill being asked: queue[index]; queue.length once every skill had its turn. */
  readonly index: number;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly startedAt: Timestamp;
}

export function startRun(
  kind: AssessmentRun['kind'],
  roleIds: readonly string[],
  queue: readonly QueuedSkill[],
  at: Timestamp,
): AssessmentRun {
  return { kind, roleIds, queue, index: 0, answers: {}, startedAt: at };
}

/** The skill being asked, or null when the run is over. */
export function currentSkill(run: AssessmentRun): QueuedSkill | null {
  return run.queue[run.index] ?? null;
}

/** Records an answer for the current skill and moves to the next one. */
export function answer(run: AssessmentRun, given: Answer): AssessmentRun {
  const skill = currentSkill(run);
  if (!skill) return run;
  return { ...run, answers: { ...run.answers, [skill.skillId]: given }, index: run.index + 1 };
}

/** Back to the previous skill, to change its answer. */
export function back(run: AssessmentRun): AssessmentRun {
  return run.index === 0 ? run : { ...run, index: run.index - 1 };
}

export function isOver(run: AssessmentRun): boolean {
  return run.index >= run.queue.length;
}

/** How many skills got a level or "not relevant" (skipped ones are not counted). */
export function ratedCount(run: AssessmentRun): number {
  return Object.values(run.answers).filter((a) => a !== 'skip').length;
}

const RATINGS = new Set<unknown>([0, 1, 2, 3, 4, 'na', 'skip']);

/**
 * A stored run read back, or null when it is not one (never written, or written by a version
 * that stored something else): a broken record must not break Today.
 */
export function parseRun(value: unknown): AssessmentRun | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof AssessmentRun, unknown>>;
  if (v.kind !== 'first' && v.kind !== 'role') return null;
  if (!Array.isArray(v.roleIds) || !v.roleIds.every((id) => typeof id === 'string')) return null;
  if (!Array.isArray(v.queue) || !v.queue.every(isQueued)) return null;
  if (typeof v.index !== 'number' || !Number.isInteger(v.index) || v.index < 0) return null;
  if (typeof v.answers !== 'object' || v.answers === null) return null;
  if (!Object.values(v.answers).every((a) => RATINGS.has(a))) return null;
  if (typeof v.startedAt !== 'string') return null;
  return {
    kind: v.kind,
    roleIds: v.roleIds,
    queue: v.queue,
    index: Math.min(v.index, v.queue.length),
    answers: v.answers as Record<string, Answer>,
    startedAt: v.startedAt,
  };
}

function isQueued(q: unknown): q is QueuedSkill {
  if (typeof q !== 'object' || q === null) return false;
  const s = q as Partial<Record<keyof QueuedSkill, unknown>>;
  return (
    typeof s.skillId === 'string' &&
    Array.isArray(s.roleIds) &&
    s.roleIds.every((id) => typeof id === 'string') &&
    typeof s.target === 'number' &&
    [0, 1, 2, 3, 4].includes(s.target)
  );
}
