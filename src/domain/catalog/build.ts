// Small builders for the built-in catalog: they keep the data files short and make the type
// checker insist that every built-in text exists in both languages.

import type { ChecklistStep, Localized, SkillDef } from '../types';

export interface BuiltinStep extends ChecklistStep {
  readonly text: Localized;
}

/** A built-in skill: like SkillDef, but every text is written in English and Italian. */
export interface BuiltinSkillDef extends SkillDef {
  readonly name: Localized;
  readonly description: Localized;
  readonly checklist: readonly BuiltinStep[];
  readonly exampleGoals: readonly Localized[];
  readonly levels?: BuiltinLevels;
}

/** What levels 1-4 look like in one skill, one line each, in both languages. */
export type BuiltinLevels = Readonly<Record<1 | 2 | 3 | 4, Localized>>;

/** A bilingual text. */
export function loc(en: string, it: string): Localized {
  return { en, it };
}

/** A skill's four level lines, in order from 1 (aware) to 4 (can teach). */
export function levels(l1: Localized, l2: Localized, l3: Localized, l4: Localized): BuiltinLevels {
  return { 1: l1, 2: l2, 3: l3, 4: l4 };
}

/**
 * A checklist step. Its id is written out in full, never computed from its position or from the
 * skill id: ticks are stored by it, so it must survive reordering and a rename of its skill.
 */
export function step(id: string, en: string, it: string): BuiltinStep {
  return { id, text: { en, it } };
}
