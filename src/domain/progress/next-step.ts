import type { Level, SkillDef, SkillState } from '../types';

/** What to do next on one skill. Structured, not words: the UI phrases it in the user's language. */
export type NextStep =
  /** Not rated yet: rate yourself first. */
  | { readonly kind: 'rate' }
  /** Marked "not relevant to me": nothing to suggest. */
  | { readonly kind: 'notRelevant' }
  /** The first checklist step not ticked yet. */
  | { readonly kind: 'checklist'; readonly stepId: string }
  /** Confident or better, but nothing shows it: add a note or a link. */
  | { readonly kind: 'evidence' }
  /**
   * Below target with the checklist done: set a goal. goalIndex points into the skill's
   * exampleGoals (null when it has none: the user writes their own).
   */
  | { readonly kind: 'goal'; readonly goalIndex: number | null }
  /** Confident and at target: teaching or mentoring is the way to "can teach". */
  | { readonly kind: 'teach' }
  | { readonly kind: 'done' };

/**
 * The next step for a skill, in this order: rate it, tick the checklist, back a confident
 * rating with evidence, set a goal while below target, then teach; otherwise done.
 * `target` is the highest target among the followed roles linking the skill (null if none).
 * The suggested example goal follows the level: goal i suits someone at level i (clamped), so
 * example goals are expected from easiest to hardest.
 */
export function nextStep(
  skill: SkillDef,
  state: SkillState | null,
  target: Level | null,
): NextStep {
  const rating = state?.rating ?? null;
  if (rating === null) return { kind: 'rate' };
  if (rating === 'na') return { kind: 'notRelevant' };

  const checked = new Set(state?.checked ?? []);
  const unticked = skill.checklist.find((step) => !checked.has(step.id));
  if (unticked) return { kind: 'checklist', stepId: unticked.id };

  if (rating >= 3 && (state?.evidence.length ?? 0) === 0) return { kind: 'evidence' };

  if (target !== null && rating < target) {
    const count = skill.exampleGoals.length;
    return { kind: 'goal', goalIndex: count === 0 ? null : Math.min(rating, count - 1) };
  }
  if (rating === 3) return { kind: 'teach' };
  return { kind: 'done' };
}
