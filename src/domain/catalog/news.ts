// What each content version changed, in the terms a person following a role cares about: skills
// a role links for the first time, and skills that gained steps or a new target. Written by hand
// with each update (tests check it against the catalog and against the previous version's ids);
// Today's notice turns it into a few lines for the roles the person follows.

import type { RoleDef } from '../types';

export interface ContentNews {
  readonly version: number;
  /** Per built-in role id: skills the role links for the first time (new skills, cross-links). */
  readonly added: Readonly<Record<string, readonly string[]>>;
  /** Skills with a new or replaced checklist step, in every role that links them. */
  readonly changedSkills: readonly string[];
  /** Per built-in role id: skills whose target level or core flag changed in that role. */
  readonly retargeted: Readonly<Record<string, readonly string[]>>;
  /**
   * Old step id -> the step that replaces it. A tick on the old id stays stored (it is the user's
   * data, kept by backups) but counts on nothing: the step it ticked is no longer offered.
   */
  readonly replacedSteps: Readonly<Record<string, string>>;
  /** Whether this version gave skills their level lines (what levels 1-4 look like). */
  readonly levelLines?: boolean;
}

export const CONTENT_NEWS: readonly ContentNews[] = [
  {
    version: 2,
    added: {
      cm: ['sh.genai', 'smm.copywriting'],
      smm: ['sh.genai', 'cm.response', 'cm.moderation'],
      strategist: ['sh.genai', 'smm.paid'],
    },
    changedSkills: [
      'cm.response',
      'cm.moderation',
      'smm.visual',
      'smm.curation',
      'smm.paid',
      'str.ecosystem',
      'str.portfolio',
      'str.governance',
      'sh.analytics',
      'sh.ethics',
    ],
    retargeted: {
      cm: ['sh.crisis'],
      smm: ['sh.platforms'],
      strategist: ['sh.crisis', 'sh.platforms', 'sh.ethics'],
    },
    replacedSteps: {
      'cm.response/3': 'cm.response/4',
      'smm.visual/2': 'smm.visual/4',
      'smm.visual/3': 'smm.visual/5',
      'smm.paid/2': 'smm.paid/5',
      'str.governance/1': 'str.governance/4',
      'sh.ethics/3': 'sh.ethics/4',
    },
    levelLines: true,
  },
];

/** What changed for one followed role since the version a person last saw. */
export interface RoleNews {
  readonly roleId: string;
  /** Skill ids new in the role, in the role's order. */
  readonly added: readonly string[];
  /** Skill ids of the role with new steps or a new target, in the role's order. */
  readonly updated: readonly string[];
}

export interface NewsSince {
  readonly roles: readonly RoleNews[];
  readonly levelLines: boolean;
}

/**
 * The news of every version after `seen` up to `current`, for the given (followed) roles. Roles
 * with nothing new are left out; a skill added in one version and changed in a later one counts
 * as added only. Custom roles get nothing: their links are the user's own.
 */
export function newsSince(
  seen: number,
  current: number,
  roles: readonly RoleDef[],
  news: readonly ContentNews[] = CONTENT_NEWS,
): NewsSince {
  const unseen = news.filter((n) => n.version > seen && n.version <= current);
  const out: RoleNews[] = [];
  for (const role of roles) {
    if (role.custom) continue;
    const linked = role.links.map((l) => l.skillId);
    const added = new Set(unseen.flatMap((n) => n.added[role.id] ?? []));
    const touched = new Set(
      unseen.flatMap((n) => [...n.changedSkills, ...(n.retargeted[role.id] ?? [])]),
    );
    const entry = {
      roleId: role.id,
      added: linked.filter((id) => added.has(id)),
      updated: linked.filter((id) => touched.has(id) && !added.has(id)),
    };
    if (entry.added.length > 0 || entry.updated.length > 0) out.push(entry);
  }
  return { roles: out, levelLines: unseen.some((n) => n.levelLines) };
}
