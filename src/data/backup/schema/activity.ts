// The schema of a logged activity (domain/types/activity.ts).
import * as v from 'valibot';
import { ACTIVITY_TYPES } from '../../../domain/types';
import { Clock, Day, Ids, IntIn, LIMITS, Link, Note, stamped, Title } from './basics';

export const ActivitySchema = v.strictObject({
  ...stamped,
  day: Day,
  time: v.optional(Clock),
  minutes: IntIn(LIMITS.minutes),
  type: v.picklist(ACTIVITY_TYPES),
  title: Title,
  skillIds: Ids,
  note: v.optional(Note),
  link: v.optional(Link),
});
