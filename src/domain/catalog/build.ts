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
  readonly levels?: Readonly<Record<1 | 2 | 3 | 4, Localized>>;
}

/** A bilingual text. */
export function loc(en: string, it: string): Localized {
  return { en, it };
}

/**
 * A checklist step. Its id is written out in full, never computed from its position or from the
 * skill id: ticks are stored by it, so it must survive reordering and a rename of its skill.
 */
export function step(id: string, en: string, it: string): BuiltinStep {
  return { id, text: { en, it } };
}
