import type { Assessment, DayKey, Evidence, Rating, SkillState } from '../domain/types';
import { db, newId, now } from './db';
import { RecordConflictError, withStorageErrors } from './errors';
import { checkGeneration, expectUnchanged } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, writeRecords } from './sync/hook';

/** Every skill the user has touched (rated, ticked or evidenced), by skill id. */
export async function allSkillStates(): Promise<SkillState[]> {
  return (await db()).getAll('skillStates');
}

function blankState(skillId: string, at: string): SkillState {
  return { id: skillId, rating: null, checked: [], evidence: [], createdAt: at, updatedAt: at };
}

/**
 * Rates a skill: the current state and a dated assessment (the history readiness over time is
 * computed from) are written in one transaction, so neither exists without the other.
 */
export async function rateSkill(
  skillId: string,
  rating: Rating,
  day: DayKey,
  note?: string,
): Promise<{ state: SkillState; assessment: Assessment }> {
  return withStorageErrors(async () => {
    const at = now();
    const tx = (await db()).transaction(
      ['skillStates', 'assessments', ...CHANGE_STORES],
      'readwrite',
    );
    const states = tx.objectStore('skillStates');
    const [, found] = await Promise.all([checkGeneration(tx), states.get(skillId)]);
    const current = found ?? blankState(skillId, at);
    const state: SkillState = { ...current, rating, updatedAt: at };

    const assessment: Assessment = {
      id: newId(),
      skillId,
      rating,
      day,
      createdAt: at,
      updatedAt: at,
      ...(note ? { note } : {}),
    };
    const writes = [
      { store: 'skillStates', before: found, after: state },
      { store: 'assessments', before: undefined, after: assessment },
    ] as const;
    await commitWrites(tx, writeRecords(tx, writes, at));
    return { state, assessment };
  });
}

/**
 * "Still true": a dated assessment at the level the skill has, and the state's stamp moved on,
 * nothing else. `readUpdatedAt` is the stamp of the state the person saw: if another tab rated
 * the skill since (or it was removed), nothing is written (RecordConflictError), since the tap
 * confirmed a level that may no longer be the stored one.
 */
export async function reconfirmLevel(
  skillId: string,
  rating: Rating,
  day: DayKey,
  readUpdatedAt: string,
): Promise<{ state: SkillState; assessment: Assessment }> {
  return withStorageErrors(async () => {
    const at = now();
    const assessment: Assessment = {
      id: newId(),
      skillId,
      rating,
      day,
      createdAt: at,
      updatedAt: at,
    };
    await assertStorable('assessments', assessment);
    const tx = (await db()).transaction(
      ['skillStates', 'assessments', ...CHANGE_STORES],
      'readwrite',
    );
    const states = tx.objectStore('skillStates');
    const [, found] = await Promise.all([checkGeneration(tx), states.get(skillId)]);
    const current = expectUnchanged(found, readUpdatedAt);
    if (current.rating !== rating) throw new RecordConflictError('changed');
    const state: SkillState = { ...current, updatedAt: at };
    const writes = [
      { store: 'skillStates', before: current, after: state },
      { store: 'assessments', before: undefined, after: assessment },
    ] as const;
    await commitWrites(tx, writeRecords(tx, writes, at));
    return { state, assessment };
  });
}

/** Applies a change to one skill's state (ticks, evidence) in a single read-modify-write. */
async function updateState(
  skillId: string,
  change: (s: SkillState) => Partial<SkillState>,
): Promise<SkillState> {
  return withStorageErrors(async () => {
    const at = now();
    const tx = (await db()).transaction(['skillStates', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('skillStates');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(skillId)]);
    const current = found ?? blankState(skillId, at);
    const next: SkillState = { ...current, ...change(current), updatedAt: at };
    const write = { store: 'skillStates', before: found, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], at));
    return next;
  });
}

export function setChecklistStep(skillId: string, stepId: string, done: boolean) {
  return updateState(skillId, (s) => ({
    checked: done ? [...new Set([...s.checked, stepId])] : s.checked.filter((id) => id !== stepId),
  }));
}

export async function addEvidence(skillId: string, evidence: Omit<Evidence, 'id'>) {
  const piece = { ...evidence, id: newId() };
  const at = now();
  await assertStorable('skillStates', { ...blankState(skillId, at), evidence: [piece] });
  return updateState(skillId, (s) => ({ evidence: [...s.evidence, piece] }));
}

const sameEvidence = (a: Evidence, b: Evidence) =>
  a.id === b.id && a.note === b.note && a.day === b.day && a.link === b.link;

/**
 * Removes exactly the piece the user tapped (the first with its id and content), never every
 * piece sharing an id (an older version could restore a file with two); returns where it was.
 */
export async function removeEvidence(
  skillId: string,
  evidence: Evidence,
): Promise<{ state: SkillState; index: number }> {
  let index = -1;
  const state = await updateState(skillId, (s) => {
    index = s.evidence.findIndex((e) => sameEvidence(e, evidence));
    return index < 0
      ? {}
      : { evidence: [...s.evidence.slice(0, index), ...s.evidence.slice(index + 1)] };
  });
  return { state, index };
}

/** Puts back evidence removed a moment ago (undo): that one piece, where it was. */
export function restoreEvidence(skillId: string, evidence: Evidence, index: number) {
  return updateState(skillId, (s) => {
    const at = index < 0 ? s.evidence.length : Math.min(index, s.evidence.length);
    return { evidence: [...s.evidence.slice(0, at), evidence, ...s.evidence.slice(at)] };
  });
}

/** One skill's level history, oldest first. */
export async function assessmentsOf(skillId: string): Promise<Assessment[]> {
  const list = await (await db()).getAllFromIndex('assessments', 'bySkill', skillId);
  return list.sort((a, b) => (a.day + a.createdAt < b.day + b.createdAt ? -1 : 1));
}

/** Every assessment: the input of readiness over time (thousands at most, read once). */
export async function allAssessments(): Promise<Assessment[]> {
  return (await db()).getAll('assessments');
}
