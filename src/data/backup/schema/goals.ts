// The schema of a goal, one shape per kind (domain/types/goals.ts).
import * as v from 'valibot';
import { Day, Id, Ids, IntIn, Level, LIMITS, list, stamped, Title } from './basics';

const goalBase = {
  ...stamped,
  title: Title,
  start: Day,
  end: v.optional(Day),
  pauses: list(v.strictObject({ from: Day, to: v.optional(Day) })),
  archived: v.boolean(),
};

export const GoalSchema = v.variant('kind', [
  v.strictObject({
    ...goalBase,
    kind: v.literal('period'),
    period: v.picklist(['week', 'month']),
    measure: v.picklist(['sessions', 'minutes']),
    target: IntIn(LIMITS.target),
    skillIds: Ids,
    roleIds: Ids,
  }),
  v.strictObject({ ...goalBase, kind: v.literal('level'), skillId: Id, level: Level, due: Day }),
  v.strictObject({
    ...goalBase,
    kind: v.literal('deliverable'),
    due: Day,
    doneOn: v.optional(Day),
    skillIds: Ids,
  }),
]);
