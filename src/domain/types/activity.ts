// What the user studied or practised, on a day.
import type { ClockTime, DayKey, Stamped } from './basics';

export const ACTIVITY_TYPES = [
  'course',
  'webinar',
  'reading',
  'practice',
  'mentoring',
  'event',
  'certification',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export interface Activity extends Stamped {
  readonly day: DayKey;
  readonly time?: ClockTime;
  readonly minutes: number;
  readonly type: ActivityType;
  readonly title: string;
  readonly skillIds: readonly string[];
  readonly note?: string;
  readonly link?: string;
}
