// The valibot schema of every record a backup carries: one file per topic in schema/, as the
// domain's types are in domain/types/, put together here. It mirrors those types exactly:
// objects are strict (an unknown key, "__proto__" included, is an error, never silently dropped
// or merged into a prototype), and the type checks at the bottom fail to compile if a domain
// type and its schema drift apart. Any change of shape bumps the backup formatVersion.
import * as v from 'valibot';
import { isDayKey } from '../../domain/days';
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
import { ActivitySchema } from './schema/activity';
import { Id, LIMITS, list, Stamp } from './schema/basics';
import { CustomRoleSchema, CustomSkillSchema } from './schema/catalog';
import { GoalSchema } from './schema/goals';
import { CertificationSchema, CustomResourceSchema, ResourceMarkSchema } from './schema/learning';
import { AssessmentSchema, SkillStateSchema } from './schema/progress';
import { ReminderSchema } from './schema/reminders';
import { SettingsSchema } from './schema/settings';

/** 'yyyy-MM-dd' and a day that exists on the calendar (no 2026-02-30): the domain's rule. */
export {
  ActivitySchema,
  AssessmentSchema,
  CertificationSchema,
  CustomResourceSchema,
  CustomRoleSchema,
  CustomSkillSchema,
  GoalSchema,
  Id,
  isDayKey,
  LIMITS,
  ReminderSchema,
  ResourceMarkSchema,
  SettingsSchema,
  SkillStateSchema,
  Stamp,
};

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
