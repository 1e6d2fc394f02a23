// Moving the user's records onto renamed skill ids, so a content update that renames a skill
// keeps its level, history, ticks, evidence and links. Pure: plain record arrays in, the records
// that changed out; the data layer writes them (see src/data/content-upgrade.ts).
//
// updatedAt is NOT bumped by a rename: it means "when the user last changed this", and merge on
// import keeps the newer updatedAt. A rename is not a user edit, so bumping it would let a stale
// device copy beat a genuinely newer record from a backup (which gets the same renames when read,
// see src/data/backup/parse.ts). A state merged from two ids takes the later of the two stamps.
// Retired skills need nothing: their records stay under their id and stay readable.

import type {
  Activity,
  Assessment,
  CustomRole,
  Evidence,
  Goal,
  Reminder,
  SkillState,
} from '../types';
import { type ContentChange, resolveSkillId } from './changes';

/** The records that may name a skill (custom skills name roles only, never a built-in skill). */
export interface SkillLinkedData {
  readonly skillStates: readonly SkillState[];
  readonly assessments: readonly Assessment[];
  readonly activities: readonly Activity[];
  readonly goals: readonly Goal[];
  readonly reminders: readonly Reminder[];
  readonly customRoles: readonly CustomRole[];
}

/** What to write: changed or merged records to put, and skill states to delete (old ids). */
export interface SkillRenames {
  readonly skillStates: SkillState[];
  readonly deletedSkillStates: string[];
  readonly assessments: Assessment[];
  readonly activities: Activity[];
  readonly goals: Goal[];
  readonly reminders: Reminder[];
  readonly customRoles: CustomRole[];
}

/** The changes a store written at content version `fromVersion` has not seen yet. */
export function changesAfter(
  changes: readonly ContentChange[],
  fromVersion: number,
): ContentChange[] {
  return changes.filter((c) => c.version > fromVersion && c.renamedSkills);
}

/** Every id that an unseen change renames (the only ids worth looking up). */
export function renamedIdsAfter(changes: readonly ContentChange[], fromVersion: number): string[] {
  const ids = new Set<string>();
  for (const change of changesAfter(changes, fromVersion)) {
    for (const id of Object.keys(change.renamedSkills ?? {})) ids.add(id);
  }
  return [...ids];
}

function unique<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One skill's state kept under two ids (the old one and the new), made one: the level from the
 * more recently updated state (unless that one was never rated; on a tie, `a`'s), ticks and
 * evidence united without duplicates, the earliest createdAt and the latest updatedAt.
 */
export function mergeSkillStates(id: string, a: SkillState, b: SkillState): SkillState {
  const [older, newer] = b.updatedAt > a.updatedAt ? [a, b] : [b, a];
  return {
    id,
    rating: newer.rating ?? older.rating,
    checked: [...new Set([...newer.checked, ...older.checked])],
    evidence: unique<Evidence>([...older.evidence, ...newer.evidence], (e) => e.id),
    createdAt: [older.createdAt, newer.createdAt].sort()[0] ?? newer.createdAt,
    updatedAt: newer.updatedAt,
  };
}

function renameList(ids: readonly string[], to: (id: string) => string): string[] | null {
  const next = [...new Set(ids.map(to))];
  const same = next.length === ids.length && next.every((id, i) => id === ids[i]);
  return same ? null : next;
}

/**
 * Applies every rename introduced after `fromVersion` (chains followed in version order) to the
 * records, and returns only those that changed, so the writer touches nothing else. Lists of
 * skill ids come back without duplicates. Running it again on its own output changes nothing.
 */
export function renameSkillIds(
  data: SkillLinkedData,
  changes: readonly ContentChange[],
  fromVersion: number,
): SkillRenames {
  const unseen = changesAfter(changes, fromVersion);
  const to = (id: string) => resolveSkillId(id, unseen);
  const out: SkillRenames = {
    skillStates: [],
    deletedSkillStates: [],
    assessments: [],
    activities: [],
    goals: [],
    reminders: [],
    customRoles: [],
  };
  if (unseen.length === 0) return out;

  // States: several old ids (and the new one) may land on the same id; fold them together.
  const byId = new Map(data.skillStates.map((s) => [s.id, s]));
  const landed = new Map<string, SkillState>();
  for (const state of data.skillStates) {
    const id = to(state.id);
    if (id === state.id) continue;
    out.deletedSkillStates.push(state.id);
    // The state already under the new id joins in (and wins a tie), unless it is moving on too.
    const stays = to(id) === id ? byId.get(id) : undefined;
    const there = landed.get(id) ?? stays;
    const moved = { ...state, id };
    landed.set(id, there ? mergeSkillStates(id, there, moved) : moved);
  }
  out.skillStates.push(...landed.values());

  for (const a of data.assessments) {
    const id = to(a.skillId);
    if (id !== a.skillId) out.assessments.push({ ...a, skillId: id });
  }
  for (const a of data.activities) {
    const skillIds = renameList(a.skillIds, to);
    if (skillIds) out.activities.push({ ...a, skillIds });
  }
  for (const g of data.goals) {
    if (g.kind === 'level') {
      const id = to(g.skillId);
      if (id !== g.skillId) out.goals.push({ ...g, skillId: id });
    } else {
      const skillIds = renameList(g.skillIds, to);
      if (skillIds) out.goals.push({ ...g, skillIds });
    }
  }
  for (const r of data.reminders) {
    if (r.kind !== 'weekly' || r.skillId === undefined) continue;
    const id = to(r.skillId);
    if (id !== r.skillId) out.reminders.push({ ...r, skillId: id });
  }
  for (const role of data.customRoles) {
    const links = role.links.map((l) => ({ ...l, skillId: to(l.skillId) }));
    if (links.every((l, i) => l.skillId === role.links[i]?.skillId)) continue;
    // A role that linked both the old and the new id keeps the first link only.
    out.customRoles.push({ ...role, links: unique(links, (l) => l.skillId) });
  }
  return out;
}

/** How many records renameSkillIds would write or delete. */
export function renameCount(r: SkillRenames): number {
  return (
    r.skillStates.length +
    r.deletedSkillStates.length +
    r.assessments.length +
    r.activities.length +
    r.goals.length +
    r.reminders.length +
    r.customRoles.length
  );
}

/** The same records with the renames applied (for a whole backup file, read before a restore). */
export function withRenamedSkills<D extends SkillLinkedData>(
  data: D,
  changes: readonly ContentChange[],
  fromVersion: number,
): D {
  const r = renameSkillIds(data, changes, fromVersion);
  if (renameCount(r) === 0) return data;
  const swap = <T extends { id: string }>(list: readonly T[], changed: readonly T[]): T[] => {
    const next = new Map(changed.map((x) => [x.id, x]));
    return list.map((x) => next.get(x.id) ?? x);
  };
  const gone = new Set(r.deletedSkillStates);
  const kept = data.skillStates.filter((s) => !gone.has(s.id));
  const keptIds = new Set(kept.map((s) => s.id));
  return {
    ...data,
    skillStates: [...swap(kept, r.skillStates), ...r.skillStates.filter((s) => !keptIds.has(s.id))],
    assessments: swap(data.assessments, r.assessments),
    activities: swap(data.activities, r.activities),
    goals: swap(data.goals, r.goals),
    reminders: swap(data.reminders, r.reminders),
    customRoles: swap(data.customRoles, r.customRoles),
  };
}
