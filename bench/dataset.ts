// Deterministic benchmark data: N activities spread over 10 years up to `today`, with a few
// hundred level changes, 5-10 goals and 5 reminders, as a backup document of the app's own
// format, so it loads through the real restore path. Same seed, same today -> same document.
import { makeBackupDoc } from '../src/data/backup/format';
import { BUILTIN_CATALOG, CONTENT_VERSION } from '../src/domain/catalog/index';
import { addDays } from '../src/domain/days';
import type {
  Activity,
  Assessment,
  Goal,
  IsoWeekday,
  Level,
  Reminder,
  Settings,
  SkillState,
} from '../src/domain/types';
import { ACTIVITY_TYPES, DEFAULT_SETTINGS } from '../src/domain/types';

const DAYS = 3653; // ten years

/** mulberry32: a tiny, fast, good-enough PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable id: 'b-a-000123' (deterministic, unlike crypto.randomUUID). */
const id = (kind: string, n: number) => `b-${kind}-${String(n).padStart(6, '0')}`;
const stamp = (day: string, minute: number) =>
  `${day}T${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

/**
 * The backup document for `count` activities ending on `today` ('yyyy-MM-dd'). Activities are
 * spread uniformly over the last ten years, each touching 1-3 real built-in skills.
 */
export function makeDataset(count: number, today: string, seed = 42) {
  const rnd = mulberry32(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const skillIds = BUILTIN_CATALOG.skills.map((s) => s.id);
  const first = addDays(today, -(DAYS - 1));
  const dayAt = (offset: number) => addDays(first, offset);

  // Sorted offsets so ids follow time (as a real log would), without that mattering to the app.
  const offsets = Array.from({ length: count }, () => Math.floor(rnd() * DAYS)).sort(
    (a, b) => a - b,
  );
  const activities: Activity[] = offsets.map((offset, i) => {
    const day = dayAt(offset);
    const touched = new Set<string>();
    const k = 1 + Math.floor(rnd() * 3);
    while (touched.size < k) touched.add(pick(skillIds));
    const type = pick(ACTIVITY_TYPES);
    const minute = 420 + Math.floor(rnd() * 840);
    const base = {
      id: id('a', i),
      createdAt: stamp(day, minute),
      updatedAt: stamp(day, minute),
      day,
      minutes: 10 + Math.floor(rnd() * 110),
      type,
      title: `${type} #${i + 1}`,
      skillIds: [...touched],
    };
    return rnd() < 0.3
      ? { ...base, time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:00`, note: 'Notes' }
      : base;
  });

  // Level changes: a few hundred, each a step up (sometimes down) in one skill, oldest first.
  const levels = new Map<string, Level>();
  const assessmentCount = count === 0 ? 0 : Math.min(300, 40 + Math.floor(count / 50));
  const aOffsets = Array.from({ length: assessmentCount }, () => Math.floor(rnd() * DAYS)).sort(
    (a, b) => a - b,
  );
  const assessments: Assessment[] = aOffsets.map((offset, i) => {
    const skillId = pick(skillIds);
    const was = levels.get(skillId) ?? 0;
    const rating = Math.max(0, Math.min(4, was + (rnd() < 0.85 ? 1 : -1))) as Level;
    levels.set(skillId, rating);
    const day = dayAt(offset);
    return {
      id: id('r', i),
      createdAt: stamp(day, 600),
      updatedAt: stamp(day, 600),
      skillId,
      rating,
      day,
    };
  });
  const at = stamp(today, 480);
  const skillStates: SkillState[] = [...levels].map(([skillId, rating]) => ({
    id: skillId,
    createdAt: at,
    updatedAt: at,
    rating,
    checked: [],
    evidence: [],
  }));

  const goalCount = count === 0 ? 0 : 5 + Math.floor(rnd() * 6);
  const goals: Goal[] = Array.from({ length: goalCount }, (_, i): Goal => {
    const common = {
      id: id('g', i),
      createdAt: at,
      updatedAt: at,
      title: `Goal ${i + 1}`,
      start: addDays(today, -400 - i * 30),
      pauses: [],
      archived: false,
    };
    if (i % 3 === 2) {
      return {
        ...common,
        kind: 'level',
        skillId: pick(skillIds),
        level: 3,
        due: addDays(today, 60),
      };
    }
    return {
      ...common,
      kind: 'period',
      period: i % 2 ? 'month' : 'week',
      measure: i % 2 ? 'minutes' : 'sessions',
      target: i % 2 ? 240 : 3,
      skillIds: i % 4 === 0 ? [pick(skillIds)] : [],
      roleIds: i % 4 === 1 ? ['smm'] : [],
    };
  });
  const reminders: Reminder[] =
    count === 0
      ? []
      : Array.from(
          { length: 5 },
          (_, i): Reminder => ({
            id: id('m', i),
            createdAt: at,
            updatedAt: at,
            enabled: true,
            label: `Reminder ${i + 1}`,
            kind: 'weekly',
            days: [((i % 7) + 1) as IsoWeekday],
            time: '18:30',
            ...(goals[i] ? { goalId: goals[i].id } : {}),
          }),
        );

  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    lang: 'en',
    followedRoleIds: ['cm', 'smm', 'strategist'],
    onboarded: true,
    updatedAt: at,
  };
  return makeBackupDoc(
    {
      settings,
      skillStates,
      assessments,
      activities,
      goals,
      reminders,
      customSkills: [],
      customRoles: [],
      certifications: [],
      customResources: [],
      resourceMarks: [],
    },
    { exportedAt: at, contentVersion: CONTENT_VERSION, appVersion: 'bench' },
  );
}
