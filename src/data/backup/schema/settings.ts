// The schema of the user's preferences (domain/types/settings.ts).
import * as v from 'valibot';
import { Day, Ids, Int, Stamp } from './basics';

export const SettingsSchema = v.strictObject({
  lang: v.nullable(v.picklist(['en', 'it'])),
  theme: v.picklist(['system', 'light', 'dark']),
  followedRoleIds: Ids,
  onboarded: v.boolean(),
  weekStartsOn: v.nullable(v.picklist([0, 1, 6])),
  showStreak: v.boolean(),
  remindersPausedUntil: v.optional(Day),
  lastBackupAt: v.optional(Stamp),
  lastCalendarExportAt: v.optional(Stamp),
  calendarSequence: Int(0, 1_000_000),
  persistAsked: v.boolean(),
  levelReviewMonths: v.optional(v.picklist([6, 12, 18, 'off'])),
  updatedAt: Stamp,
});
