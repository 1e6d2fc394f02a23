import { computed, signal } from '@preact/signals';
import {
  addEvidence,
  allAssessments,
  rateSkill,
  removeEvidence,
  restoreEvidence,
  setChecklistStep,
} from '../data/skills';
import { todayKey } from '../domain/days';
import { INPUT } from '../domain/limits';
import { webLink } from '../domain/links';
import { sortAssessments } from '../domain/progress/index';
import type { Assessment, Evidence, Rating } from '../domain/types';
import { messages } from '../i18n/index';
import { inBackground } from './background';
import { putSkillState, skillStates } from './catalog';
import { userMessageFor } from './errors';
import { noteRecordSaved } from './settings';
import { showToast } from './toast';

// Actions on one skill (rate, tick, evidence) and the level history behind readiness over time.

/** Every assessment, oldest first; loaded once by the screens that chart or list history. */
export const assessments = signal<readonly Assessment[]>([]);
let historyLoaded: Promise<void> | null = null;

export function loadAssessments(): Promise<void> {
  historyLoaded ??= allAssessments().then((list) => {
    assessments.value = sortAssessments(list);
  });
  return historyLoaded;
}

/** After a restore: read the history again next time. */
export function invalidateAssessments(): void {
  historyLoaded = null;
}

/** Level changes by skill id, oldest first. */
export const historyBySkill = computed(() => {
  const map = new Map<string, Assessment[]>();
  for (const a of assessments.value) {
    const list = map.get(a.skillId);
    if (list) list.push(a);
    else map.set(a.skillId, [a]);
  }
  return map;
});

/** Turns a failed write into a toast the user can act on; true when the write went through. */
export async function guarded(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    showToast({ message: userMessageFor(error), tone: 'error' });
    return false;
  }
}

/** Rates a skill today: one rating shared by every role that links the skill. */
export function rate(skillId: string, rating: Rating, now = new Date()): Promise<boolean> {
  const before = skillStates.value.get(skillId)?.rating ?? null;
  return guarded(async () => {
    const { state, assessment } = await rateSkill(skillId, rating, todayKey(now));
    putSkillState(state);
    assessments.value = sortAssessments([...assessments.value, assessment]);
    inBackground(async () =>
      (await import('./recognition')).recogniseRating(skillId, before, rating),
    );
    await noteRecordSaved();
  });
}

export function tickStep(skillId: string, stepId: string, done: boolean): Promise<boolean> {
  return guarded(async () => {
    putSkillState(await setChecklistStep(skillId, stepId, done));
    await noteRecordSaved();
  });
}

export type EvidenceProblem = 'empty' | 'badLink' | 'noteTooLong' | 'linkTooLong';

/** Adds a note (and optional link) backing the user's level; returns what was wrong, if anything. */
export async function addSkillEvidence(
  skillId: string,
  note: string,
  link: string,
  now = new Date(),
): Promise<EvidenceProblem | null> {
  const text = note.trim();
  if (!text) return 'empty';
  if (text.length > INPUT.evidenceNote) return 'noteTooLong';
  const safe = link.trim() ? webLink(link) : null;
  if (link.trim() && !safe) return 'badLink';
  // Normalising can lengthen a link (an accented address is percent-encoded): check the result.
  if (safe && safe.length > INPUT.link) return 'linkTooLong';
  const evidence: Omit<Evidence, 'id'> = {
    note: text,
    day: todayKey(now),
    ...(safe ? { link: safe } : {}),
  };
  await guarded(async () => {
    putSkillState(await addEvidence(skillId, evidence));
    await noteRecordSaved();
  });
  return null;
}

/** Removes evidence at once, with an Undo in the toast. */
export async function removeSkillEvidence(skillId: string, evidence: Evidence): Promise<void> {
  let index = -1;
  const ok = await guarded(async () => {
    const removed = await removeEvidence(skillId, evidence);
    index = removed.index;
    putSkillState(removed.state);
  });
  if (!ok || index < 0) return;
  const m = messages();
  showToast({
    message: m.roles.skill.evidenceRemoved,
    action: {
      label: m.common.undo,
      run: async () => {
        await guarded(async () => putSkillState(await restoreEvidence(skillId, evidence, index)));
      },
    },
  });
}
