// The valibot schema of every record a backup carries. It mirrors src/domain/types.ts exactly:
// objects are strict (an unknown key, "__proto__" included, is an error, never silently dropped
// or merged into a prototype), and the type checks at the bottom fail to compile if a domain
// type and its schema drift apart. Any change of shape bumps the backup formatVersion.
import * as v from 'valibot';
import { isDayKey } from '../../domain/days';
import { ID_PATTERN, STORED } from '../../domain/limits';
import { isWebLink } from '../../domain/links';
import type {
  Activity,
  Assessment,
  Certification,
  CustomResource,
  CustomRole,
  CustomSkill,
  Goal,
  Reminder,
  ResourceMark,
  Settings,
  SkillState,
} from '../../domain/types';
import { ACTIVITY_TYPES, RESOURCE_KINDS } from '../../domain/types';

/**
 * The stored tier of domain/limits.ts: what the data layer writes, so everything any version of
 * the app saved restores (see there). Kept under this name for the schema's readers.
 */
export const LIMITS = STORED;

/** 'yyyy-MM-dd' and a day that exists on the calendar (no 2026-02-30): the domain's rule. */
export { isDayKey };

const TIMESTAMP_RE =
  /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
function isTimestamp(s: string): boolean {
  const m = TIMESTAMP_RE.exec(s);
  return m !== null && isDayKey(m[1] ?? '') && Number.isFinite(Date.parse(s));
}
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A safe alphabet: no line break or control character can reach a calendar file or a URL. */
export const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'not a valid id'));
const Ids = v.pipe(v.array(Id), v.maxLength(LIMITS.inner));
const Day = v.pipe(v.string(), v.check(isDayKey, 'not a calendar day'));
export const Stamp = v.pipe(v.string(), v.check(isTimestamp, 'not a timestamp'));
const Clock = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
const Link = v.pipe(
  v.string(),
  v.maxLength(LIMITS.link),
  v.check(isWebLink, 'not an http(s) link'),
);
const Title = str(LIMITS.title);
const Note = str(LIMITS.note);
const Level = v.picklist([0, 1, 2, 3, 4]);
const Rating = v.picklist([0, 1, 2, 3, 4, 'na']);
const Weekday = v.picklist([1, 2, 3, 4, 5, 6, 7]);
const Int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const IntIn = (range: { readonly min: number; readonly max: number }) => Int(range.min, range.max);
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.inner) =>
  v.pipe(v.array(item), v.maxLength(max));
const text = (max: number) => v.union([str(max), v.strictObject({ en: str(max), it: str(max) })]);
/** A list of records with ids, each id once (deleting one must never delete two). */
const uniqueIds = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.pipe(
    list(item),
    v.check((items) => new Set(items.map((x) => x.id)).size === items.length, 'duplicate id'),
  );

const stamped = { id: Id, createdAt: Stamp, updatedAt: Stamp };

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

const Step = v.strictObject({ id: Id, text: text(LIMITS.step) });
const skillDef = {
  name: text(LIMITS.name),
  description: text(LIMITS.description),
  checklist: uniqueIds(Step),
  exampleGoals: list(text(LIMITS.title)),
  levels: v.optional(
    v.strictObject({
      1: text(LIMITS.step),
      2: text(LIMITS.step),
      3: text(LIMITS.step),
      4: text(LIMITS.step),
    }),
  ),
  shared: v.optional(v.boolean()),
  retired: v.optional(v.boolean()),
};

const RoleSkillLink = v.strictObject({ skillId: Id, areaId: Id, core: v.boolean(), target: Level });
const SkillAttachment = v.strictObject({
  roleId: Id,
  areaId: Id,
  core: v.boolean(),
  target: Level,
});

export const CustomSkillSchema = v.strictObject({
  ...stamped,
  ...skillDef,
  attachTo: v.optional(list(SkillAttachment)),
  custom: v.literal(true),
});

export const CustomRoleSchema = v.strictObject({
  ...stamped,
  name: text(LIMITS.name),
  summary: text(LIMITS.summary),
  areas: uniqueIds(v.strictObject({ id: Id, name: text(LIMITS.name) })),
  links: list(RoleSkillLink),
  custom: v.literal(true),
});

export const CustomResourceSchema = v.strictObject({
  ...stamped,
  skillId: Id,
  name: str(LIMITS.name),
  publisher: v.optional(str(LIMITS.name)),
  kind: v.picklist(RESOURCE_KINDS),
  lang: v.optional(v.picklist(['en', 'it', 'other'])),
  cost: v.optional(v.picklist(['free', 'paid'])),
  link: v.optional(Link),
});

export const ResourceMarkSchema = v.strictObject({
  ...stamped,
  toLearn: v.boolean(),
  doneOn: v.optional(Day),
});

export const CertificationSchema = v.strictObject({
  ...stamped,
  name: str(LIMITS.name),
  issuer: str(LIMITS.name),
  earnedOn: v.optional(Day),
  expiresOn: v.optional(Day),
  credential: v.optional(str(LIMITS.link)),
  skillIds: Ids,
  note: v.optional(Note),
  knownId: v.optional(Id),
});

/** One record's schema per store: what the data layer checks before it writes (data/storable). */
export const RECORD_SCHEMAS = {
  skillStates: SkillStateSchema,
  assessments: AssessmentSchema,
  activities: ActivitySchema,
  goals: GoalSchema,
  reminders: ReminderSchema,
  customSkills: CustomSkillSchema,
  customRoles: CustomRoleSchema,
  certifications: CertificationSchema,
  customResources: CustomResourceSchema,
  resourceMarks: ResourceMarkSchema,
} as const;

export const BackupDataSchema = v.strictObject({
  settings: v.nullable(SettingsSchema),
  skillStates: list(SkillStateSchema, LIMITS.skillStates),
  assessments: list(AssessmentSchema, LIMITS.assessments),
  activities: list(ActivitySchema, LIMITS.activities),
  goals: list(GoalSchema, LIMITS.goals),
  reminders: list(ReminderSchema, LIMITS.reminders),
  customSkills: list(CustomSkillSchema, LIMITS.customSkills),
  customRoles: list(CustomRoleSchema, LIMITS.customRoles),
  certifications: list(CertificationSchema, LIMITS.certifications),
  customResources: list(CustomResourceSchema, LIMITS.customResources),
  resourceMarks: list(ResourceMarkSchema, LIMITS.resourceMarks),
});

// Compile-time proof that each schema and its domain type accept the same values.
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
// Mutual assignability alone misses an optional key present on one side only (that is how
// CustomSkill.attachTo once went missing here), so the key sets must match too.
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
type Out<S extends v.GenericSchema> = DeepReadonly<v.InferOutput<S>>;
export const schemaMatchesTypes: [
  Same<Out<typeof SettingsSchema>, DeepReadonly<Settings>>,
  Same<Out<typeof SkillStateSchema>, DeepReadonly<SkillState>>,
  Same<Out<typeof AssessmentSchema>, DeepReadonly<Assessment>>,
  Same<Out<typeof ActivitySchema>, DeepReadonly<Activity>>,
  Same<Out<typeof GoalSchema>, DeepReadonly<Goal>>,
  Same<Out<typeof ReminderSchema>, DeepReadonly<Reminder>>,
  Same<Out<typeof CustomSkillSchema>, DeepReadonly<CustomSkill>>,
  Same<Out<typeof CustomRoleSchema>, DeepReadonly<CustomRole>>,
  Same<Out<typeof CertificationSchema>, DeepReadonly<Certification>>,
  Same<Out<typeof CustomResourceSchema>, DeepReadonly<CustomResource>>,
  Same<Out<typeof ResourceMarkSchema>, DeepReadonly<ResourceMark>>,
] = [true, true, true, true, true, true, true, true, true, true, true];
