// Progress maths: pure functions over the catalog, ratings and assessments. Nothing stored.
export {
  biggestGaps,
  type GapRow,
  overallReadiness,
  suggestNextSkill,
  type UnionSkill,
  unionSkills,
} from './gaps';
export {
  monthEnds,
  monthEndsSince,
  ratingsAt,
  ratingsSeries,
  readinessOverTime,
  sortAssessments,
} from './history';
export { CUSTOM_AREA, mergeCatalog } from './merge';
export { type NextStep, nextStep } from './next-step';
export {
  type AreaRow,
  CORE_WEIGHT,
  type Counted,
  levelOf,
  linkCounts,
  OPTIONAL_WEIGHT,
  type Ratings,
  type RoleReadinessDetail,
  readinessOf,
  roleReadiness,
  roleReadinessDetail,
  type SkillRow,
} from './readiness';
export {
  RERATE_MIN_DAYS,
  RERATE_MINUTES,
  RERATE_QUIET_DAYS,
  RERATE_SESSIONS,
  type RerateSuggestion,
  rerateSuggestions,
} from './rerate';
export {
  DEFAULT_REVIEW_MONTHS,
  type DueReviewsInput,
  dueReviews,
  isDue,
  type LevelReview,
  levelConfirmedOn,
  levelReviewOf,
  monthsBetween,
  REVIEW_FROM_LEVEL,
  REVIEW_SHOWN,
  type ReviewedLevel,
  reviewDueDay,
  reviewSetting,
} from './review';
export { type CurrentLevels, currentLevelsOf } from './review-share';
