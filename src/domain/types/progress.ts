// Where the user stands in each skill: the current level, ticked steps and evidence, and the
// dated history of levels behind readiness over time.
import type { DayKey, Rating, Stamped } from './basics';

export interface Evidence {
  readonly id: string;
  readonly note: string;
  /** http(s) only; validated before saving. */
  readonly link?: string;
  readonly day: DayKey;
}

/** The current state of one skill for the user. id = skill id. */
export interface SkillState extends Stamped {
  readonly rating: Rating | null;
  readonly checked: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** One dated change of level: the history behind readiness over time. */
export interface Assessment extends Stamped {
  readonly skillId: string;
  readonly rating: Rating;
  readonly day: DayKey;
  readonly note?: string;
}
