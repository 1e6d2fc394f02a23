// The domain's plain types. No DOM, no IndexedDB: everything here can be unit-tested in Node
// and shared by the page and the service worker.

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

// ---------- Catalog (built-in content and the user's own) ----------

export interface ChecklistStep {
  /** Stable within its skill: ticks are stored by this id. */
  readonly id: string;
  readonly text: Text;
}

/** One line per level 1-4 saying what that level looks like in one skill. */
export type SkillLevels = Readonly<Record<1 | 2 | 3 | 4, Text>>;

export interface SkillDef {
  /** Stable forever (e.g. 'cm.onboarding', 'sh.listening'); user data is keyed by it. */
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  readonly checklist: readonly ChecklistStep[];
  readonly exampleGoals: readonly Text[];
  /** What levels 1 to 4 look like in this skill, one observable line each (core skills). */
  readonly levels?: SkillLevels;
  /** Shared by several built-in roles (counted once in every total). */
  readonly shared?: boolean;
  /** Retired by a content update: hidden from pickers, its data still shown. */
  readonly retired?: boolean;
  readonly custom?: boolean;
}

export interface AreaDef {
  readonly id: string;
  readonly name: Text;
}

export interface RoleSkillLink {
  readonly skillId: string;
  readonly areaId: string;
  readonly core: boolean;
  readonly target: Level;
  /** Set by mergeCatalog when the skill is retired: shown, but left out of readiness. */
  readonly retired?: boolean;
}

export interface RoleDef {
  readonly id: string;
  readonly name: Text;
  /** One line saying what the role is about ("who to engage"). */
  readonly summary: Text;
  readonly areas: readonly AreaDef[];
  readonly links: readonly RoleSkillLink[];
  readonly custom?: boolean;
}

export interface Catalog {
  /** Bumped whenever built-in content changes; stored with backups. */
  readonly contentVersion: number;
  readonly roles: readonly RoleDef[];
  readonly skills: readonly SkillDef[];
}

// ---------- What the user records (stored in IndexedDB) ----------

/** Every stored record carries these: merge on import keeps the newer updatedAt. */
export interface Stamped {
  readonly id: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

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

/** A span during which a goal is paused: from (inclusive) to (exclusive); open if no `to`. */
export interface Pause {
  readonly from: DayKey;
  readonly to?: DayKey;
}

interface GoalBase extends Stamped {
  readonly title: string;
  readonly start: DayKey;
  readonly end?: DayKey;
  readonly pauses: readonly Pause[];
  readonly archived: boolean;
}

/** N sessions or M minutes per week or month, optionally limited to skills or roles. */
export interface PeriodGoal extends GoalBase {
  readonly kind: 'period';
  readonly period: 'week' | 'month';
  readonly measure: 'sessions' | 'minutes';
  readonly target: number;
  readonly skillIds: readonly string[];
  readonly roleIds: readonly string[];
}

/** Reach level L in skill S by a date. */
export interface LevelGoal extends GoalBase {
  readonly kind: 'level';
  readonly skillId: string;
  readonly level: Level;
  readonly due: DayKey;
}

/** A one-off deliverable by a date, ticked when done. */
export interface DeliverableGoal extends GoalBase {
  readonly kind: 'deliverable';
  readonly due: DayKey;
  readonly doneOn?: DayKey;
  readonly skillIds: readonly string[];
}

export type Goal = PeriodGoal | LevelGoal | DeliverableGoal;

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface ReminderBase extends Stamped {
  readonly enabled: boolean;
  readonly label: string;
}

export interface WeeklyReminder extends ReminderBase {
  readonly kind: 'weekly';
  readonly days: readonly IsoWeekday[];
  readonly time: ClockTime;
  readonly goalId?: string;
  readonly skillId?: string;
}

/** N days before a goal's due date, at a time. */
export interface DeadlineReminder extends ReminderBase {
  readonly kind: 'deadline';
  readonly goalId: string;
  readonly daysBefore: number;
  readonly time: ClockTime;
}

/** A period goal not yet met by a weekday and time of its period. */
export interface AtRiskReminder extends ReminderBase {
  readonly kind: 'atRisk';
  readonly goalId: string;
  readonly weekday: IsoWeekday;
  readonly time: ClockTime;
}

/** N days before a certification's expiry, at a time: time to renew it. */
export interface RenewalReminder extends ReminderBase {
  readonly kind: 'renewal';
  readonly certificationId: string;
  readonly daysBefore: number;
  readonly time: ClockTime;
}

export type Reminder = WeeklyReminder | DeadlineReminder | AtRiskReminder | RenewalReminder;

/** The goal a rule is tied to, if any (a renewal reminder is tied to a certification). */
export function reminderGoalId(reminder: {
  readonly kind: Reminder['kind'];
  readonly goalId?: string;
}): string | undefined {
  return reminder.kind === 'renewal' ? undefined : reminder.goalId;
}

/** A custom skill or role: same shape as built-in ones, plus stamps. */
export type CustomSkill = SkillDef &
  Stamped & {
    readonly custom: true;
    /** Roles (built-in or custom) this skill is added to, each with its own area and target. */
    readonly attachTo?: readonly SkillAttachment[];
  };

/** Where a custom skill joins an existing role: the link it adds to that role. */
export interface SkillAttachment {
  readonly roleId: string;
  readonly areaId: string;
  readonly core: boolean;
  readonly target: Level;
}
export type CustomRole = RoleDef & Stamped & { readonly custom: true };

// ---------- Learning resources and certifications (content version 2, schema version 2) ----------

/** What a learning resource is. */
export const RESOURCE_KINDS = [
  'course',
  'guide',
  'book',
  'podcast',
  'community',
  'regulation',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The language a resource is written or spoken in ('other' for anything but Italian and English). */
export type ResourceLang = Lang | 'other';
export type ResourceCost = 'free' | 'paid';

/** A resource the user added to a skill (built-in ones live in the catalog, not in storage). */
export interface CustomResource extends Stamped {
  readonly skillId: string;
  readonly name: string;
  readonly publisher?: string;
  readonly kind: ResourceKind;
  readonly lang?: ResourceLang;
  readonly cost?: ResourceCost;
  /** http(s) only; validated before saving. */
  readonly link?: string;
}

/**
 * The user's mark on one resource, built-in or custom: id = the resource's id. Saved to the
 * "to learn" list, and/or done on a day. A mark whose resource left the catalog is kept.
 */
export interface ResourceMark extends Stamped {
  readonly toLearn: boolean;
  readonly doneOn?: DayKey;
}

/** A certification the user holds: its validity is the user's to confirm, never asserted. */
export interface Certification extends Stamped {
  readonly name: string;
  readonly issuer: string;
  readonly earnedOn?: DayKey;
  /** No date: it does not expire (or the user does not know). */
  readonly expiresOn?: DayKey;
  /** A credential id, or an http(s) link to verify it. */
  readonly credential?: string;
  /** The skills it evidences. */
  readonly skillIds: readonly string[];
  readonly note?: string;
  /** The known certification it was started from (see the catalog's suggestions), if any. */
  readonly knownId?: string;
}

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
