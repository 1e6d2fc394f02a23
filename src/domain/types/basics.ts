// The words every record is made of: days, times, languages, levels, the stamps of a stored
// record.

/** A local calendar day, 'yyyy-MM-dd'. Never a UTC instant: "Tuesday" is the user's Tuesday. */
export type DayKey = string;
/** A local wall-clock time, 'HH:mm'. */
export type ClockTime = string;
/** An instant, as an ISO 8601 string with offset (new Date().toISOString()). */
export type Timestamp = string;

export type Lang = 'en' | 'it';
export const LANGS: readonly Lang[] = ['en', 'it'];

/** Built-in text is written in both languages; user-made text is one plain string. */
export type Localized = Readonly<Record<Lang, string>>;
export type Text = Localized | string;

/** Proficiency 0-4: not started, aware, practising, confident, can teach. */
export type Level = 0 | 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];
/** A self-rating: a level, or "not relevant to me" (excluded from readiness). */
export type Rating = Level | 'na';

/** Every stored record carries these: merge on import keeps the newer updatedAt. */
export interface Stamped {
  readonly id: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
