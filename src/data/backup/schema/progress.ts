// The schemas of the user's levels, ticked steps and evidence, and the dated history of levels
// (domain/types/progress.ts).
import * as v from 'valibot';
import { Day, Id, Ids, LIMITS, Link, Note, Rating, stamped, str, uniqueIds } from './basics';

const Evidence = v.strictObject({
  id: Id,
  note: str(LIMITS.evidenceNote),
  link: v.optional(Link),
  day: Day,
});

export const SkillStateSchema = v.strictObject({
  ...stamped,
  rating: v.nullable(Rating),
  checked: Ids,
  evidence: uniqueIds(Evidence),
});

export const AssessmentSchema = v.strictObject({
  ...stamped,
  skillId: Id,
  rating: Rating,
  day: Day,
  note: v.optional(Note),
});
