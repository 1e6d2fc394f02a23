import { computed, signal } from '@preact/signals';
import { allCustomContent } from '../data/custom-content';
import { allSkillStates } from '../data/skills';
import { BUILTIN_CATALOG, roleById } from '../domain/catalog/index';
import { mergeCatalog } from '../domain/progress/index';
import type { CustomRole, CustomSkill, Rating, RoleDef, SkillState } from '../domain/types';
import { settings } from './settings';

// The catalog the user sees and their ratings: shared by Roles, Skill, Log, Goals, Today.
export const customSkills = signal<readonly CustomSkill[]>([]);
export const customRoles = signal<readonly CustomRole[]>([]);
export const skillStates = signal<ReadonlyMap<string, SkillState>>(new Map());

export const catalog = computed(() =>
  mergeCatalog(BUILTIN_CATALOG, customSkills.value, customRoles.value),
);

/** One rating per skill: a shared skill has one level, used by every role that links it. */
export const ratings = computed<ReadonlyMap<string, Rating | null>>(
  () => new Map([...skillStates.value].map(([id, s]) => [id, s.rating])),
);

export const followedRoles = computed<RoleDef[]>(() =>
  settings.value.followedRoleIds
    .map((id) => roleById(catalog.value, id))
    .filter((r): r is RoleDef => r !== undefined),
);

let loaded: Promise<void> | null = null;

/** Loads custom content and skill states once; screens await it before first render. */
export function loadCatalogState(): Promise<void> {
  loaded ??= Promise.all([allCustomContent(), allSkillStates()]).then(([custom, states]) => {
    customSkills.value = custom.skills;
    customRoles.value = custom.roles;
    skillStates.value = new Map(states.map((s) => [s.id, s]));
  });
  return loaded;
}

/** Replaces one skill's state after a write (keeps the map immutable for computed values). */
export function putSkillState(state: SkillState): void {
  const next = new Map(skillStates.value);
  next.set(state.id, state);
  skillStates.value = next;
}

/** After a restore: forget everything loaded so the next screen reads the database again. */
export function invalidateCatalogState(): void {
  loaded = null;
}
