// The three built-in roles and their many-to-many links to skills.
//
// Targets. Shared skills (sh.*) follow the content brief's table (section 2) as revised by the
// December 2026 review: the Strategist owns the crisis plan and writes its playbook (sh.crisis
// CM 3, STR 4); the SMM uses native features every day (sh.platforms SMM 4, STR 3 optional);
// the Strategist writes policy, creator and AI rules (sh.ethics core for STR, 3). For a role's
// own skills the brief gives no numbers, so: 3 ("does it alone, on real work") for every core
// skill, because that is what a job in the role expects day to day; 4 for the Strategist's
// defining skill (str.strategy), since the Strategist writes the playbook others follow.
// Optional links to another role's skill are stretch goals at 2 ("has done it with help"): roles
// overlap in small companies (the CM's link to str.strategy, and the review's cross-links).
// sh.genai (content version 2) is core for the SMM, who drafts with it daily; optional for the
// CM and the Strategist (the Strategist's AI-use policy is a step of str.governance).

import type { AreaDef, Level, Localized, RoleDef, RoleSkillLink } from '../types';
import { loc } from './build';
import { ROLE_INTROS } from './role-intros';

/** A built-in role: like RoleDef, but every text is written in English and Italian. */
export interface BuiltinRoleDef extends RoleDef {
  readonly name: Localized;
  readonly summary: Localized;
  readonly areas: readonly (AreaDef & { readonly name: Localized })[];
}

function core(skillId: string, areaId: string, target: Level): RoleSkillLink {
  return { skillId, areaId, core: true, target };
}

function optional(skillId: string, areaId: string, target: Level): RoleSkillLink {
  return { skillId, areaId, core: false, target };
}

export const CM_ROLE: BuiltinRoleDef = {
  id: 'cm',
  ...ROLE_INTROS.cm,
  areas: [
    { id: 'cm.engagement', name: loc('Welcome and engagement', 'Accoglienza ed engagement') },
    { id: 'cm.protection', name: loc('Moderation and protection', 'Moderazione e tutela') },
    { id: 'cm.insight', name: loc('Listening and insight', 'Ascolto e insight') },
    { id: 'cm.brand', name: loc('The brand’s human face', 'Il volto umano del brand') },
  ],
  links: [
    core('cm.onboarding', 'cm.engagement', 3),
    core('cm.connections', 'cm.engagement', 3),
    core('cm.response', 'cm.engagement', 3),
    core('cm.moderation', 'cm.protection', 3),
    core('cm.deescalation', 'cm.protection', 3),
    core('sh.crisis', 'cm.protection', 3),
    core('sh.ethics', 'cm.protection', 3),
    core('sh.listening', 'cm.insight', 4),
    core('sh.analytics', 'cm.insight', 3),
    core('cm.feedback', 'cm.insight', 3),
    optional('str.strategy', 'cm.insight', 2),
    core('sh.voice', 'cm.brand', 3),
    core('sh.learning', 'cm.brand', 3),
    optional('sh.platforms', 'cm.brand', 2),
    optional('sh.audience', 'cm.brand', 2),
    optional('smm.copywriting', 'cm.brand', 2),
    optional('sh.genai', 'cm.brand', 2),
  ],
};

export const SMM_ROLE: BuiltinRoleDef = {
  id: 'smm',
  ...ROLE_INTROS.smm,
  areas: [
    { id: 'smm.planning', name: loc('Planning', 'Pianificazione') },
    { id: 'smm.creation', name: loc('Creation', 'Creazione dei contenuti') },
    {
      id: 'smm.distribution',
      name: loc('Distribution and optimisation', 'Distribuzione e ottimizzazione'),
    },
    { id: 'smm.brand', name: loc('Brand and compliance', 'Brand e compliance') },
  ],
  links: [
    core('smm.comms-plan', 'smm.planning', 3),
    core('smm.calendar', 'smm.planning', 3),
    core('sh.audience', 'smm.planning', 3),
    core('smm.copywriting', 'smm.creation', 3),
    core('smm.visual', 'smm.creation', 3),
    core('smm.curation', 'smm.creation', 3),
    core('sh.genai', 'smm.creation', 3),
    core('smm.paid', 'smm.distribution', 3),
    core('sh.analytics', 'smm.distribution', 3),
    core('sh.platforms', 'smm.distribution', 4),
    optional('cm.response', 'smm.distribution', 2),
    optional('cm.moderation', 'smm.distribution', 2),
    core('sh.voice', 'smm.brand', 4),
    core('sh.ethics', 'smm.brand', 3),
    core('sh.learning', 'smm.brand', 3),
    optional('sh.listening', 'smm.brand', 2),
    optional('sh.crisis', 'smm.brand', 2),
  ],
};

export const STRATEGIST_ROLE: BuiltinRoleDef = {
  id: 'strategist',
  ...ROLE_INTROS.strategist,
  areas: [
    { id: 'str.vision', name: loc('Vision', 'Visione') },
    { id: 'str.analysis', name: loc('Analysis', 'Analisi') },
    // Not 'str.governance': that id belongs to the skill, and area and skill ids never collide.
    { id: 'str.organisation', name: loc('Governance', 'Governance') },
    { id: 'str.tools', name: loc('Tools and learning', 'Strumenti e aggiornamento') },
  ],
  links: [
    core('str.strategy', 'str.vision', 4),
    core('str.ecosystem', 'str.vision', 3),
    core('str.portfolio', 'str.vision', 3),
    optional('smm.paid', 'str.vision', 2),
    core('str.audit', 'str.analysis', 3),
    core('sh.listening', 'str.analysis', 3),
    core('sh.analytics', 'str.analysis', 4),
    core('sh.audience', 'str.analysis', 4),
    core('str.governance', 'str.organisation', 3),
    core('sh.voice', 'str.organisation', 4),
    core('sh.crisis', 'str.organisation', 4),
    core('sh.ethics', 'str.organisation', 3),
    optional('sh.genai', 'str.organisation', 3),
    optional('sh.platforms', 'str.tools', 3),
    core('sh.learning', 'str.tools', 3),
  ],
};

export const BUILTIN_ROLES: readonly BuiltinRoleDef[] = [CM_ROLE, SMM_ROLE, STRATEGIST_ROLE];
