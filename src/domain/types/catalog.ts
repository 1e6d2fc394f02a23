// The catalog: built-in roles and skills, and the ones the user makes in the same shape.
import type { Level, Stamped, Text } from './basics';

export interface ChecklistStep {
  /** Stable within its skill: ticks are stored by this id. */
  readonly id: string;
  readonly text: Text;
}

/** One line per level 1-4 saying what that level looks like in one skill. */
export type SkillLevels = Readonly<Record<1 | 2 | 3 | 4, Text>>;

export interface SkillDef {
  /** Stable forever (e.g. 'cm.onboarding', 'sh.listening'); user data is keyed by it. */
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  readonly checklist: readonly ChecklistStep[];
  readonly exampleGoals: readonly Text[];
  /** What levels 1 to 4 look like in this skill, one observable line each (core skills). */
  readonly levels?: SkillLevels;
  /** Shared by several built-in roles (counted once in every total). */
  readonly shared?: boolean;
  /** Retired by a content update: hidden from pickers, its data still shown. */
  readonly retired?: boolean;
  readonly custom?: boolean;
}

export interface AreaDef {
  readonly id: string;
  readonly name: Text;
}

export interface RoleSkillLink {
  readonly skillId: string;
  readonly areaId: string;
  readonly core: boolean;
  readonly target: Level;
  /** Set by mergeCatalog when the skill is retired: shown, but left out of readiness. */
  readonly retired?: boolean;
}

export interface RoleDef {
  readonly id: string;
  readonly name: Text;
  /** One line saying what the role is about ("who to engage"). */
  readonly summary: Text;
  readonly areas: readonly AreaDef[];
  readonly links: readonly RoleSkillLink[];
  readonly custom?: boolean;
}

export interface Catalog {
  /** Bumped whenever built-in content changes; stored with backups. */
  readonly contentVersion: number;
  readonly roles: readonly RoleDef[];
  readonly skills: readonly SkillDef[];
}

/** A custom skill or role: same shape as built-in ones, plus stamps. */
export type CustomSkill = SkillDef &
  Stamped & {
    readonly custom: true;
    /** Roles (built-in or custom) this skill is added to, each with its own area and target. */
    readonly attachTo?: readonly SkillAttachment[];
  };

/** Where a custom skill joins an existing role: the link it adds to that role. */
export interface SkillAttachment {
  readonly roleId: string;
  readonly areaId: string;
  readonly core: boolean;
  readonly target: Level;
}
export type CustomRole = RoleDef & Stamped & { readonly custom: true };
