// Skill packs: the user's own roles and skills as a small JSON file a team lead can share.
// Import validates the whole file with valibot (strict objects: an unknown key, "__proto__"
// included, is an error) and checks ids and references BEFORE anything is written; then every
// record goes in one transaction. A rejected file changes nothing.
import * as v from 'valibot';
import { BUILTIN_CATALOG } from '../domain/catalog/index';
import { ID_PATTERN, STORED } from '../domain/limits';
import type { CustomRole, CustomSkill } from '../domain/types';
import { db, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration } from './generation';
import { CHANGE_STORES, commitWrites, writeRecords } from './sync/hook';

export const SKILL_PACK_FORMAT = 'stt-skill-pack';
export const SKILL_PACK_VERSION = 1;
export const SKILL_PACK_MAX_BYTES = 1024 * 1024;

/** Ids are short, plain and URL-safe: they end up in addresses like /roles/skill/<id>. */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Words the roles router uses as path segments: never a role id. */
const RESERVED_IDS = new Set(['new', 'skill', 'pack']);

const Id = v.pipe(v.string(), v.regex(ID_RE, 'not a valid id'));
/** Checklist step ids may carry their skill's id: 'team-tiktok/1' (the backup's id alphabet). */
const StepId = v.pipe(v.string(), v.regex(ID_PATTERN, 'not a valid id'));
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const text = (max: number) => v.union([str(max), v.strictObject({ en: str(max), it: str(max) })]);
// The stored limits, like a backup's: a pack exported from any device (older records
// included) imports on any other, and nothing it brings is more than a backup restores.
const name = v.union([
  v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(STORED.name)),
  v.strictObject({ en: str(STORED.name), it: str(STORED.name) }),
]);
const Level = v.picklist([0, 1, 2, 3, 4]);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));
const stamps = { createdAt: v.optional(str(40)), updatedAt: v.optional(str(40)) };

const SkillSchema = v.strictObject({
  id: Id,
  name,
  description: text(STORED.description),
  checklist: list(v.strictObject({ id: StepId, text: text(STORED.step) }), STORED.inner),
  exampleGoals: list(text(STORED.title), STORED.inner),
  custom: v.optional(v.literal(true)),
  attachTo: v.optional(
    list(
      v.strictObject({ roleId: Id, areaId: Id, core: v.boolean(), target: Level }),
      STORED.inner,
    ),
  ),
  ...stamps,
});

const RoleSchema = v.strictObject({
  id: Id,
  name,
  summary: text(STORED.summary),
  areas: list(v.strictObject({ id: Id, name }), STORED.inner),
  links: list(
    v.strictObject({ skillId: Id, areaId: Id, core: v.boolean(), target: Level }),
    STORED.inner,
  ),
  custom: v.optional(v.literal(true)),
  ...stamps,
});

const PackSchema = v.strictObject({
  format: v.literal(SKILL_PACK_FORMAT),
  version: v.literal(SKILL_PACK_VERSION),
  roles: list(RoleSchema, STORED.customRoles),
  skills: list(SkillSchema, STORED.customSkills),
});

export interface SkillPack {
  readonly format: typeof SKILL_PACK_FORMAT;
  readonly version: typeof SKILL_PACK_VERSION;
  readonly roles: readonly CustomRole[];
  readonly skills: readonly CustomSkill[];
}

export type PackProblem =
  | { readonly reason: 'tooBig' | 'notJson' | 'notPack' | 'version' }
  | { readonly reason: 'invalid'; readonly where: string }
  | { readonly reason: 'builtinId' | 'unknownSkill' | 'duplicate'; readonly id: string };

export type PackParse = { ok: true; pack: SkillPack } | { ok: false; problem: PackProblem };

/** The pack a user exports: their own roles and skills, as stored. */
export function buildSkillPack(
  roles: readonly CustomRole[],
  skills: readonly CustomSkill[],
): SkillPack {
  return { format: SKILL_PACK_FORMAT, version: SKILL_PACK_VERSION, roles, skills };
}

/**
 * Validates a pack file completely. Ids must be new to the built-in catalog and unique in the
 * pack; every skill a role links must be built in, in the pack, or among `existingSkillIds`.
 * Records come back stamped with `at` and marked custom.
 */
export function parseSkillPack(
  raw: string,
  existingSkillIds: ReadonlySet<string> = new Set(),
  at: string = now(),
): PackParse {
  if (raw.length > SKILL_PACK_MAX_BYTES) return fail({ reason: 'tooBig' });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail({ reason: 'notJson' });
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== SKILL_PACK_FORMAT) {
    return fail({ reason: 'notPack' });
  }
  if (typeof head.version !== 'number' || head.version > SKILL_PACK_VERSION) {
    return fail({ reason: 'version' });
  }
  const result = v.safeParse(PackSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    return fail({ reason: 'invalid', where: issue ? (v.getDotPath(issue) ?? '(file)') : '(file)' });
  }
  const pack = result.output;

  const builtin = new Set([
    ...BUILTIN_CATALOG.skills.map((s) => s.id),
    ...BUILTIN_CATALOG.roles.map((r) => r.id),
  ]);
  const seen = new Set<string>();
  for (const item of [...pack.skills, ...pack.roles]) {
    if (builtin.has(item.id)) return fail({ reason: 'builtinId', id: item.id });
    if (seen.has(item.id)) return fail({ reason: 'duplicate', id: item.id });
    seen.add(item.id);
  }
  for (const role of pack.roles) {
    if (RESERVED_IDS.has(role.id)) return fail({ reason: 'invalid', where: `roles.${role.id}` });
  }
  const known = new Set([...builtin, ...existingSkillIds, ...pack.skills.map((s) => s.id)]);
  for (const role of pack.roles) {
    const missing = role.links.find((l) => !known.has(l.skillId));
    if (missing) return fail({ reason: 'unknownSkill', id: missing.skillId });
  }

  const stamp = { createdAt: at, updatedAt: at, custom: true as const };
  return {
    ok: true,
    pack: buildSkillPack(
      pack.roles.map((r) => ({ ...r, ...stamp })),
      pack.skills.map((s) => ({ ...s, ...stamp })),
    ),
  };
}

/** Writes a validated pack in one transaction: items with the same id are replaced. */
export function importSkillPack(pack: SkillPack): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(
      ['customSkills', 'customRoles', ...CHANGE_STORES],
      'readwrite',
    );
    const skills = tx.objectStore('customSkills');
    const roles = tx.objectStore('customRoles');
    const [, storedSkills, storedRoles] = await Promise.all([
      checkGeneration(tx),
      Promise.all(pack.skills.map((s) => skills.get(s.id))),
      Promise.all(pack.roles.map((r) => roles.get(r.id))),
    ]);
    // writeRecords aborts the transaction if a put throws at once (full disk): the records
    // queued before it are never committed without the rest of the pack.
    const writes = [
      ...pack.skills.map(
        (s, i) => ({ store: 'customSkills', before: storedSkills[i], after: s }) as const,
      ),
      ...pack.roles.map(
        (r, i) => ({ store: 'customRoles', before: storedRoles[i], after: r }) as const,
      ),
    ];
    await commitWrites(tx, writeRecords(tx, writes, now()));
  });
}

function fail(problem: PackProblem): PackParse {
  return { ok: false, problem };
}
