// Learning resources the user adds or marks, and the certifications they hold (content
// version 2, schema version 2).
import type { DayKey, Lang, Stamped } from './basics';

/** What a learning resource is. */
export const RESOURCE_KINDS = [
  'course',
  'guide',
  'book',
  'podcast',
  'community',
  'regulation',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The language a resource is written or spoken in ('other' for anything but Italian and English). */
export type ResourceLang = Lang | 'other';
export type ResourceCost = 'free' | 'paid';

/** A resource the user added to a skill (built-in ones live in the catalog, not in storage). */
export interface CustomResource extends Stamped {
  readonly skillId: string;
  readonly name: string;
  readonly publisher?: string;
  readonly kind: ResourceKind;
  readonly lang?: ResourceLang;
  readonly cost?: ResourceCost;
  /** http(s) only; validated before saving. */
  readonly link?: string;
}

/**
 * The user's mark on one resource, built-in or custom: id = the resource's id. Saved to the
 * "to learn" list, and/or done on a day. A mark whose resource left the catalog is kept.
 */
export interface ResourceMark extends Stamped {
  readonly toLearn: boolean;
  readonly doneOn?: DayKey;
}

/** A certification the user holds: its validity is the user's to confirm, never asserted. */
export interface Certification extends Stamped {
  readonly name: string;
  readonly issuer: string;
  readonly earnedOn?: DayKey;
  /** No date: it does not expire (or the user does not know). */
  readonly expiresOn?: DayKey;
  /** A credential id, or an http(s) link to verify it. */
  readonly credential?: string;
  /** The skills it evidences. */
  readonly skillIds: readonly string[];
  readonly note?: string;
  /** The known certification it was started from (see the catalog's suggestions), if any. */
  readonly knownId?: string;
}
