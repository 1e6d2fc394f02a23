import { computed, signal } from '@preact/signals';
import { recordRerateAnswer, rerateAnswers } from '../data/rerate-answers';
import { type RerateSuggestion, rerateSuggestions } from '../domain/progress/index';
import type { Activity, DayKey, Level } from '../domain/types';
import { followedRoles } from './catalog';
import { today } from './log';
import { assessments, loadAssessments, rate } from './skills';

// The "still true?" question after time logged on a skill (rule: domain/progress/rerate.ts).
// Answers live in `meta` through data/rerate-answers; Today asks this model, never storage.

const answered = signal<ReadonlyMap<string, DayKey>>(new Map());
let loaded: Promise<void> | null = null;

/** Loads the level history and the past answers once (Today calls it after its first paint). */
export function loadRerate(): Promise<void> {
  loaded ??= Promise.all([loadAssessments(), rerateAnswers()]).then(([, map]) => {
    answered.value = map;
  });
  return loaded;
}

const followedSkillIds = computed(
  () => new Set(followedRoles.value.flatMap((r) => r.links.map((l) => l.skillId))),
);

/** The one question worth asking today, from the activities Today has read (or null). */
export function rerateFor(activities: readonly Activity[]): RerateSuggestion | null {
  const [first] = rerateSuggestions({
    today: today(),
    assessments: assessments.value,
    activities,
    answered: answered.value,
    skillIds: followedSkillIds.value,
  });
  return first ?? null;
}

async function remember(skillId: string): Promise<void> {
  const day = today();
  answered.value = new Map([...answered.value, [skillId, day]]);
  await recordRerateAnswer(skillId, day);
}

/** "Still true": a dated assessment at the same level, and quiet for a while. */
export async function keepLevel(s: RerateSuggestion): Promise<void> {
  await remember(s.skillId);
  await rate(s.skillId, s.rating);
}

/** A new level from the question itself. */
export async function changeLevel(s: RerateSuggestion, level: Level): Promise<void> {
  await remember(s.skillId);
  await rate(s.skillId, level);
}

/** "Not now": nothing recorded about the level, the question rests for a while. */
export function dismissRerate(s: RerateSuggestion): Promise<void> {
  return remember(s.skillId);
}

/** For tests: forget what was loaded. */
export function resetRerateForTests(): void {
  loaded = null;
  answered.value = new Map();
}
