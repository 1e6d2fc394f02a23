// How built-in content changes without losing anyone's progress.
//
// User data (ratings, ticks, assessments, activities, goals) is keyed by skill id, and those
// records never get rewritten by an app update. So when a content update renames or retires a
// skill, it adds an entry here instead of editing ids in place:
// - a rename maps the old id to the new one; readers call resolveSkillId() on stored ids.
//   Checklist step ids are NOT renamed: the renamed skill keeps its old step ids, so ticks hold.
// - a retired skill stays in the catalog, flagged retired: hidden from pickers, data still shown.
// Ids are never reused for a different skill. Every entry also bumps CONTENT_VERSION.

import type { Catalog, SkillDef } from '../types';

export interface ContentChange {
  /** The CONTENT_VERSION that introduced the change (2 for the first update, and so on). */
  readonly version: number;
  /** Old skill id -> new skill id. */
  readonly renamedSkills?: Readonly<Record<string, string>>;
  /** Skills no longer offered; they must still be in the catalog. */
  readonly retiredSkills?: readonly string[];
}

/**
 * Every content update since version 1, oldest first. Version 2 (the December 2026 review) renames
 * and retires no skill: names and wording changed, ids did not, and steps whose meaning changed
 * got new step ids (see docs/content-v2-decisions.md). The entry says so explicitly.
 */
export const CONTENT_CHANGES: readonly ContentChange[] = [{ version: 2 }];

function byVersion(changes: readonly ContentChange[]): ContentChange[] {
  return [...changes].sort((a, b) => a.version - b.version);
}

/**
 * The current id of a skill whose data may have been stored under an older id. Renames are
 * applied in version order, one step per change, so chains (a -> b, then b -> c) end at c, and a
 * skill renamed back (a -> b, then b -> a) ends where it started. Unknown ids come back as they are.
 */
export function resolveSkillId(
  id: string,
  changes: readonly ContentChange[] = CONTENT_CHANGES,
): string {
  let current = id;
  for (const change of byVersion(changes)) {
    const renames = change.renamedSkills;
    if (renames && Object.hasOwn(renames, current)) current = renames[current] ?? current;
  }
  return current;
}

/** Every skill id retired by the changes (after following later renames). */
export function retiredSkillIds(
  changes: readonly ContentChange[] = CONTENT_CHANGES,
): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const change of changes) {
    for (const id of change.retiredSkills ?? []) ids.add(resolveSkillId(id, changes));
  }
  return ids;
}

/** The skills with every retired one flagged, so their data stays visible but not offered. */
export function flagRetired<S extends SkillDef>(
  skills: readonly S[],
  changes: readonly ContentChange[] = CONTENT_CHANGES,
): S[] {
  const retired = retiredSkillIds(changes);
  return skills.map((s) => (retired.has(s.id) && !s.retired ? { ...s, retired: true } : s));
}

/**
 * What is wrong with a change list for a catalog, in words a content editor can act on; empty
 * when fine. Guards the rules above, so a careless update fails a test instead of hiding data.
 */
export function contentChangeProblems(
  catalog: Catalog,
  changes: readonly ContentChange[] = CONTENT_CHANGES,
): string[] {
  const problems: string[] = [];
  const ids = new Set(catalog.skills.map((s) => s.id));
  for (const change of changes) {
    if (!Number.isInteger(change.version) || change.version < 2) {
      problems.push(`change version ${change.version} must be an integer from 2 up`);
    } else if (change.version > catalog.contentVersion) {
      problems.push(`change version ${change.version} is above the content version`);
    }
    for (const oldId of Object.keys(change.renamedSkills ?? {})) {
      const now = resolveSkillId(oldId, changes);
      if (!ids.has(now)) problems.push(`renamed skill ${oldId} ends at ${now}, not in the catalog`);
    }
    for (const id of change.retiredSkills ?? []) {
      const now = resolveSkillId(id, changes);
      const skill = catalog.skills.find((s) => s.id === now);
      if (!skill) problems.push(`retired skill ${id} is missing from the catalog`);
      else if (!skill.retired) problems.push(`retired skill ${id} is not flagged retired`);
    }
  }
  for (const id of ids) {
    const now = resolveSkillId(id, changes);
    if (now !== id) problems.push(`catalog skill ${id} is renamed away to ${now}`);
  }
  return problems;
}
