// The schemas of the user's own skills and roles (domain/types/catalog.ts).
import * as v from 'valibot';
import { Id, Level, LIMITS, list, stamped, text, uniqueIds } from './basics';

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
