import { signal } from '@preact/signals';
import {
  dismissFinished,
  endRun,
  type FinishedRun,
  loadFinished,
  loadRun,
  saveRun,
} from '../data/assessment-run';
import { assessmentQueue } from '../domain/assess/queue';
import {
  type Answer,
  type AssessmentRun,
  answer,
  back,
  currentSkill,
  isOver,
  startRun,
} from '../domain/assess/run';
import { roleById } from '../domain/catalog/index';
import type { RoleDef } from '../domain/types';
import { catalog, followedRoles, loadCatalogState } from './catalog';
import { guarded, rate } from './skills';

// The guided self-assessment: one skill at a time, each answer a real dated rating (the same
// action as the skill screen), its place saved so that an interrupted run resumes. A first run
// (after Welcome, or "Rate yourself again") ends on Today with the starting point; a run over
// one role's skills ends on that role.

/** The run in progress (null: none). */
export const assessmentRun = signal<AssessmentRun | null>(null);
/** The last first run that reached its end, until Today's starting point is dismissed. */
export const finishedRun = signal<FinishedRun | null>(null);

let loaded: Promise<void> | null = null;

/** Reads the run in progress and the last finished one, once. */
export function loadAssessment(): Promise<void> {
  loaded ??= Promise.all([loadRun(), loadFinished()])
    .then(([run, finished]) => {
      assessmentRun.value = run;
      finishedRun.value = finished;
    })
    .catch((error: unknown) => {
      // A broken read must not break Today: no run is shown, the next start tries again.
      loaded = null;
      console.warn('self-assessment state not read', error);
    });
  return loaded;
}

/**
 * Starts a run, replacing any run in progress: `roleId` null runs over the core skills of the
 * followed roles, else over every skill of that role. False when there is nothing to ask.
 */
export async function startAssessment(roleId: string | null, at = new Date()): Promise<boolean> {
  await Promise.all([loadCatalogState(), loadAssessment()]);
  const role = roleId === null ? null : roleById(catalog.value, roleId);
  if (roleId !== null && !role) return false;
  const roles: RoleDef[] = role ? [role] : followedRoles.value;
  const queue = assessmentQueue(roles, { coreOnly: role === null });
  if (queue.length === 0) return false;
  const run = startRun(
    role ? 'role' : 'first',
    roles.map((r) => r.id),
    queue,
    at.toISOString(),
  );
  return guarded(async () => {
    await saveRun(run);
    assessmentRun.value = run;
  });
}

let busy = false;

/**
 * Answers the current skill and moves on: a level or "not relevant" is rated today (a dated
 * assessment, as from the skill screen); 'skip' records nothing. Taps while the previous answer
 * is being saved are ignored, so a double tap never skips a skill. A run that reaches its end
 * is closed (see finishAssessment). Returns the run as it now stands.
 */
export async function answerCurrent(
  given: Answer,
  now = new Date(),
): Promise<AssessmentRun | null> {
  const run = assessmentRun.value;
  const skill = run ? currentSkill(run) : null;
  if (!run || !skill || busy) return run;
  busy = true;
  try {
    // Back to a skill and the same answer again: already recorded, nothing new to date.
    const again = run.answers[skill.skillId] === given;
    if (given !== 'skip' && !again && !(await rate(skill.skillId, given, now))) return run;
    const next = answer(run, given);
    if (isOver(next)) {
      await finishAssessment(next, now);
      return next;
    }
    if (!(await guarded(() => saveRun(next)))) return run;
    assessmentRun.value = next;
    return next;
  } finally {
    busy = false;
  }
}

/** Back to the previous skill, to change its answer. */
export async function previousSkill(): Promise<void> {
  const run = assessmentRun.value;
  if (!run || run.index === 0 || busy) return;
  const next = back(run);
  if (await guarded(() => saveRun(next))) assessmentRun.value = next;
}

/**
 * Ends the run where it stands (or at its end). A first run is remembered for Today's starting
 * point; ratings given so far stay, they are real assessments.
 */
export async function finishAssessment(run = assessmentRun.value, now = new Date()) {
  if (!run) return;
  const finished =
    run.kind === 'first' ? { roleIds: run.roleIds, finishedAt: now.toISOString() } : null;
  const ok = await guarded(() => endRun(finished));
  if (!ok) return;
  assessmentRun.value = null;
  if (finished) finishedRun.value = finished;
}

/** Hides Today's starting point. */
export async function dismissStartingPoint(): Promise<void> {
  if (await guarded(dismissFinished)) finishedRun.value = null;
}

/** Tests only: forget what was read. */
export function resetAssessmentForTests(): void {
  loaded = null;
  busy = false;
  assessmentRun.value = null;
  finishedRun.value = null;
}
