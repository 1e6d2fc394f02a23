import {
  deleteCustomRole,
  deleteCustomSkill,
  saveCustomRole,
  saveCustomSkill,
} from '../data/custom-content';
import { newId, now } from '../data/db';
import {
  buildSkillPack,
  importSkillPack,
  type PackProblem,
  parseSkillPack,
} from '../data/skill-pack';
import { text } from '../domain/catalog/index';
import type { CustomRole, CustomSkill, SkillAttachment } from '../domain/types';
import { fmt, plural } from '../i18n/format';
import { lang, messages } from '../i18n/index';
import { catalog, customRoles, customSkills } from './catalog';
import { changeSettings, noteRecordSaved, settings } from './settings';
import { guarded } from './skills';
import { showToast } from './toast';

// The user's own skills and roles: create, edit, delete with undo, share as a skill pack.

/** A short id for a new custom item: never clashes with built-in ids (they have no 'my-'). */
export function newCustomId(): string {
  return `my-${newId().slice(0, 8)}`;
}

export interface SkillInput {
  readonly name: string;
  readonly description: string;
  readonly checklist: readonly string[];
  readonly attach?: SkillAttachment;
}

/** Creates or updates a custom skill; the attachment replaces the one for the same role. */
export async function saveSkill(
  input: SkillInput,
  existing?: CustomSkill,
): Promise<CustomSkill | null> {
  const at = now();
  const id = existing?.id ?? newCustomId();
  const attachTo = (existing?.attachTo ?? []).filter((a) => a.roleId !== input.attach?.roleId);
  const skill: CustomSkill = {
    id,
    name: input.name.trim(),
    description: input.description.trim(),
    checklist: input.checklist
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t, i) => ({
        id: existing?.checklist[i]?.id ?? `${id}/${newId().slice(0, 6)}`,
        text: t,
      })),
    exampleGoals: existing?.exampleGoals ?? [],
    custom: true,
    attachTo: input.attach ? [...attachTo, input.attach] : attachTo,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  const ok = await guarded(async () => {
    await saveCustomSkill(skill, existing?.updatedAt);
    customSkills.value = [...customSkills.value.filter((s) => s.id !== id), skill];
    await noteRecordSaved();
  });
  return ok ? skill : null;
}

export type RoleInput = Pick<CustomRole, 'name' | 'summary' | 'links'>;

/** Creates or updates a custom role. A new role is followed at once: the user made it to use it. */
export async function saveRole(
  input: RoleInput,
  existing?: CustomRole,
): Promise<CustomRole | null> {
  const at = now();
  const role: CustomRole = {
    id: existing?.id ?? newCustomId(),
    name: typeof input.name === 'string' ? input.name.trim() : input.name,
    summary: typeof input.summary === 'string' ? input.summary.trim() : input.summary,
    areas: existing?.areas ?? [{ id: 'main', name: { en: 'Skills', it: 'Competenze' } }],
    links: input.links,
    custom: true,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  const ok = await guarded(async () => {
    await saveCustomRole(role, existing?.updatedAt);
    customRoles.value = [...customRoles.value.filter((r) => r.id !== role.id), role];
    if (!existing) await setFollowed(role.id, true);
    await noteRecordSaved();
  });
  return ok ? role : null;
}

/** Follows or unfollows a role; a refused write (full disk, another tab) says so in a toast. */
export function follow(roleId: string, on: boolean): Promise<boolean> {
  return guarded(() => setFollowed(roleId, on));
}

/**
 * Stops following a role at once, with Undo in the toast, as deletions do: Undo puts it back
 * where it was in the list (the order roles were followed in is the order screens show them).
 */
export async function unfollow(roleId: string): Promise<void> {
  const at = settings.value.followedRoleIds.indexOf(roleId);
  if (at < 0 || !(await follow(roleId, false))) return;
  const m = messages();
  const role = catalog.value.roles.find((r) => r.id === roleId);
  showToast({
    message: fmt(m.roles.unfollowed, { role: role ? text(role.name, lang.value) : roleId }),
    action: {
      label: m.common.undo,
      run: () =>
        void guarded(() =>
          changeSettings(({ followedRoleIds }) => {
            const ids = followedRoleIds.filter((id) => id !== roleId);
            ids.splice(Math.min(at, ids.length), 0, roleId);
            return { followedRoleIds: ids };
          }),
        ),
    },
  });
}

/** Changes one role in the list as stored now: another tab may have changed the rest of it. */
function setFollowed(roleId: string, on: boolean): Promise<void> {
  return changeSettings(({ followedRoleIds }) => {
    const ids = followedRoleIds.filter((id) => id !== roleId);
    return { followedRoleIds: on ? [...ids, roleId] : ids };
  });
}

/** Deletes a custom role at once; Undo in the toast puts it (and following it) back. */
export async function removeRole(role: CustomRole): Promise<void> {
  const wasFollowed = settings.value.followedRoleIds.includes(role.id);
  const ok = await guarded(async () => {
    await deleteCustomRole(role.id);
    customRoles.value = customRoles.value.filter((r) => r.id !== role.id);
    if (wasFollowed) await setFollowed(role.id, false);
  });
  if (!ok) return;
  const m = messages();
  showToast({
    message: fmt(m.roles.roleDeleted, { name: text(role.name, lang.value) }),
    action: {
      label: m.common.undo,
      run: async () => {
        await guarded(async () => {
          await saveCustomRole(role);
          customRoles.value = [...customRoles.value, role];
          if (wasFollowed) await setFollowed(role.id, true);
        });
      },
    },
  });
}

/** Deletes a custom skill at once (its rating and history stay); Undo puts it back. */
export async function removeSkill(skill: CustomSkill): Promise<void> {
  const ok = await guarded(async () => {
    await deleteCustomSkill(skill.id);
    customSkills.value = customSkills.value.filter((s) => s.id !== skill.id);
  });
  if (!ok) return;
  const m = messages();
  showToast({
    message: fmt(m.roles.skillDeleted, { name: text(skill.name, lang.value) }),
    action: {
      label: m.common.undo,
      run: async () => {
        await guarded(async () => {
          await saveCustomSkill(skill);
          customSkills.value = [...customSkills.value, skill];
        });
      },
    },
  });
}

/** The user's own roles and skills as a pack file's text. */
export function skillPackJson(): string | null {
  if (customRoles.value.length === 0 && customSkills.value.length === 0) return null;
  return JSON.stringify(buildSkillPack(customRoles.value, customSkills.value), null, 2);
}

/** Says in words why a pack was refused. */
export function packProblemText(problem: PackProblem): string {
  const m = messages().roles.pack;
  const reason =
    problem.reason === 'invalid'
      ? fmt(m.reasons.invalid, { where: problem.where })
      : 'id' in problem
        ? fmt(m.reasons[problem.reason], { id: problem.id })
        : m.reasons[problem.reason];
  return fmt(m.rejected, { reason });
}

/** Validates and imports a pack file; a refused file changes nothing and says why. */
export async function importPackText(raw: string): Promise<boolean> {
  const existing = new Set(catalog.value.skills.map((s) => s.id));
  const parsed = parseSkillPack(raw, existing);
  if (!parsed.ok) {
    showToast({ message: packProblemText(parsed.problem), tone: 'error' }, 10_000);
    return false;
  }
  const { pack } = parsed;
  const ok = await guarded(async () => {
    await importSkillPack(pack);
    const skillIds = new Set(pack.skills.map((s) => s.id));
    const roleIds = new Set(pack.roles.map((r) => r.id));
    customSkills.value = [...customSkills.value.filter((s) => !skillIds.has(s.id)), ...pack.skills];
    customRoles.value = [...customRoles.value.filter((r) => !roleIds.has(r.id)), ...pack.roles];
    await noteRecordSaved();
  });
  if (ok) {
    const m = messages().roles.pack;
    showToast({
      message: fmt(m.imported, {
        roles: plural(m.importedRoles, pack.roles.length),
        skills: plural(m.importedSkills, pack.skills.length),
      }),
    });
  }
  return ok;
}
