import { computed, signal } from '@preact/signals';
import { reconfirmLevel } from '../data/skills';
import { LEVEL_INFO, skillById, text } from '../domain/catalog/index';
import {
  dueReviews,
  type LevelReview,
  levelReviewOf,
  reviewSetting,
  sortAssessments,
} from '../domain/progress/index';
import type { Level, LevelReviewSetting } from '../domain/types';
import { fmt } from '../i18n/fmt';
import { lang, messages } from '../i18n/index';
import { catalog, followedRoles, loadCatalogState, putSkillState, skillStates } from './catalog';
import { today } from './log';
import { changeSettings, noteRecordSaved, settings } from './settings';
import { assessments, guarded, historyBySkill, loadAssessments, rate } from './skills';
import { showToast } from './toast';

// Levels that come up for review (rule: domain/progress/review.ts): which are due, and the
// one-tap "still true". Today, the skill screen, the full list and Progress read this model.

/** The setting, with the default for settings saved before it existed. */
export const reviewMonths = computed(() => reviewSetting(settings.value.levelReviewMonths));

/** Saves the setting; a refused save (full disk, another tab) says why, the choice goes back. */
export function setReviewMonths(next: LevelReviewSetting): Promise<boolean> {
  return guarded(() => changeSettings({ levelReviewMonths: next }));
}

/** Skills whose level can come up: the followed roles' links in order, retired ones left out. */
const reviewableIds = computed(() =>
  followedRoles.value.flatMap((role) =>
    role.links
      .filter((l) => !l.retired && skillById(catalog.value, l.skillId)?.retired !== true)
      .map((l) => l.skillId),
  ),
);

/** Every level due today, the longest unconfirmed first. */
export const levelsDue = computed<readonly LevelReview[]>(() =>
  dueReviews({
    today: today(),
    setting: reviewMonths.value,
    states: skillStates.value,
    assessments: assessments.value,
    skillIds: reviewableIds.value,
  }),
);

/** True once ratings and their history are loaded (Today loads them with its other reads). */
export const reviewsReady = signal(false);

/** Ratings and their history, once. */
export function loadLevelReviews(): Promise<void> {
  return Promise.all([loadCatalogState(), loadAssessments()]).then(() => {
    reviewsReady.value = true;
  });
}

/**
 * One skill's review for its own screen (due or not yet), whether or not a followed role links
 * it; null when it never comes up (setting off, level below 3, retired skill).
 */
export function reviewOfSkill(skillId: string): LevelReview | null {
  if (skillById(catalog.value, skillId)?.retired) return null;
  return levelReviewOf(
    skillStates.value.get(skillId),
    historyBySkill.value.get(skillId) ?? [],
    reviewMonths.value,
  );
}

/**
 * "Still true": a dated assessment at the same level, today. Refused (with the usual message)
 * when the level changed elsewhere since this tab read it. True when it was recorded.
 */
export function reconfirm(skillId: string): Promise<boolean> {
  const state = skillStates.value.get(skillId);
  if (!state || state.rating === null) return Promise.resolve(false);
  const rating = state.rating;
  return guarded(async () => {
    const saved = await reconfirmLevel(skillId, rating, today(), state.updatedAt);
    putSkillState(saved.state);
    assessments.value = sortAssessments([...assessments.value, saved.assessment]);
    const skill = skillById(catalog.value, skillId);
    const m = messages();
    showToast({
      message: fmt(m.review.confirmedToast, {
        skill: skill ? text(skill.name, lang.value) : skillId,
        level: text(LEVEL_INFO[rating].name, lang.value),
      }),
    });
    await noteRecordSaved();
  });
}

/** "Changed": the level that fits now, as any rating (a dated assessment). */
export function changeReviewedLevel(skillId: string, level: Level): Promise<boolean> {
  return rate(skillId, level);
}
