// Where to learn each built-in skill: curated resources (the December 2026 review's table and
// what could be confirmed online), pure data plus small look-ups. Links rot, so every resource
// keeps its name and publisher beside the link, and the app never depends on a link being
// alive: it never fetches one (no preview, no favicon).

import type { ActivityType, ResourceCost, ResourceKind, ResourceLang } from '../types';
import { RESOURCES_COMMUNITY } from './resources-community';
import { RESOURCES_CONTENT } from './resources-content';
import { RESOURCES_STRATEGY } from './resources-strategy';

/** A built-in learning resource. Its id is stable: the user's marks are stored by it. */
export interface BuiltinResource {
  readonly id: string;
  /** The resource's own name (a proper name: not translated). */
  readonly name: string;
  readonly publisher: string;
  readonly kind: ResourceKind;
  readonly lang: ResourceLang;
  readonly cost: ResourceCost;
  /** https only: a publisher's stable home or course page. */
  readonly link: string;
  /** The skills it serves (current built-in skill ids). */
  readonly skillIds: readonly string[];
}

export const BUILTIN_RESOURCES: readonly BuiltinResource[] = [
  ...RESOURCES_COMMUNITY,
  ...RESOURCES_CONTENT,
  ...RESOURCES_STRATEGY,
];

/** The built-in resources for a skill, in catalog order. */
export function resourcesForSkill(skillId: string): BuiltinResource[] {
  return BUILTIN_RESOURCES.filter((r) => r.skillIds.includes(skillId));
}

export function builtinResourceById(id: string): BuiltinResource | undefined {
  return BUILTIN_RESOURCES.find((r) => r.id === id);
}

/**
 * The activity a resource becomes when a person starts it: a course is a course; guides,
 * books and regulations are reading; a podcast is listening, closest to reading; a community
 * is an event (a meetup, an AMA) more often than anything else.
 */
export function activityTypeForKind(kind: ResourceKind): ActivityType {
  switch (kind) {
    case 'course':
      return 'course';
    case 'community':
      return 'event';
    default:
      return 'reading';
  }
}
