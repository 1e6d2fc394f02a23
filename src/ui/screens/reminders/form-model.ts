import { type IsoWeekday, type Reminder, reminderGoalId } from '../../../domain/types';

/** The form's fields for a rule being edited, or sensible defaults (Mon and Thu at 18:30). */
export function defaultsOf(existing: Reminder | undefined) {
  return {
    kind: existing?.kind ?? 'weekly',
    label: existing?.label ?? '',
    time: existing?.time ?? '18:30',
    days: existing?.kind === 'weekly' ? [...existing.days] : ([1, 4] as IsoWeekday[]),
    goalId: (existing && reminderGoalId(existing)) ?? '',
    skillId: existing?.kind === 'weekly' ? (existing.skillId ?? '') : '',
    daysBefore: existing?.kind === 'deadline' ? String(existing.daysBefore) : '3',
    weekday: existing?.kind === 'atRisk' ? existing.weekday : (5 as IsoWeekday),
  };
}
