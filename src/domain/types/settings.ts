// The user's preferences (one record) and their defaults.
import type { DayKey, Lang, Timestamp } from './basics';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The user's preferences: one record. */
export interface Settings {
  readonly lang: Lang | null;
  readonly theme: ThemeChoice;
  readonly followedRoleIds: readonly string[];
  readonly onboarded: boolean;
  /** 1 = Monday, 0 = Sunday, null = follow the language (Monday for Italian). */
  readonly weekStartsOn: 0 | 1 | 6 | null;
  readonly showStreak: boolean;
  readonly remindersPausedUntil?: DayKey;
  readonly lastBackupAt?: Timestamp;
  readonly lastCalendarExportAt?: Timestamp;
  /** How many times the calendar file was exported: the iCalendar SEQUENCE. */
  readonly calendarSequence: number;
  readonly persistAsked: boolean;
  /**
   * After how many months a level of 3 or more asks to be re-confirmed, or 'off'. Optional:
   * settings and backups saved before it existed read as the default (12).
   */
  readonly levelReviewMonths?: LevelReviewSetting;
  readonly updatedAt: Timestamp;
}

/** Months after which a high level comes up for review, or 'off'. */
export type LevelReviewSetting = 6 | 12 | 18 | 'off';
export const LEVEL_REVIEW_CHOICES: readonly LevelReviewSetting[] = [6, 12, 18, 'off'];

export const DEFAULT_SETTINGS: Settings = {
  lang: null,
  theme: 'system',
  followedRoleIds: [],
  onboarded: false,
  weekStartsOn: null,
  showStreak: true,
  calendarSequence: 0,
  persistAsked: false,
  levelReviewMonths: 12,
  updatedAt: '1970-01-01T00:00:00.000Z',
};
