// The schema of a reminder rule, one shape per kind (domain/types/reminders.ts).
import * as v from 'valibot';
import { Clock, Id, IntIn, LIMITS, list, stamped, str, Weekday } from './basics';

const reminderBase = { ...stamped, enabled: v.boolean(), label: str(LIMITS.label) };

export const ReminderSchema = v.variant('kind', [
  v.strictObject({
    ...reminderBase,
    kind: v.literal('weekly'),
    days: list(Weekday, 7),
    time: Clock,
    goalId: v.optional(Id),
    skillId: v.optional(Id),
  }),
  v.strictObject({
    ...reminderBase,
    kind: v.literal('deadline'),
    goalId: Id,
    daysBefore: IntIn(LIMITS.daysBefore),
    time: Clock,
  }),
  v.strictObject({
    ...reminderBase,
    kind: v.literal('atRisk'),
    goalId: Id,
    weekday: Weekday,
    time: Clock,
  }),
  v.strictObject({
    ...reminderBase,
    kind: v.literal('renewal'),
    certificationId: Id,
    daysBefore: IntIn(LIMITS.daysBefore),
    time: Clock,
  }),
]);
