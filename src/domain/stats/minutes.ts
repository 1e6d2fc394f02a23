// Minutes for charts: per week, per skill, per role. One pass over the activities each.
//
// Attribution: an activity touching several skills gives its full minutes to each of them in
// the per-skill view ("I spent 60 minutes on analytics" is true for both skills), so the
// per-skill bars may add up to more than the total; totals always count each activity once.
// Per role, an activity counts once for a role however many of that role's skills it touches.

import type { WeekStartsOn } from '../days';
import { type DayRange, periodsBetween, rangeIndexOf } from '../goals/periods';
import type { Activity, DayKey, RoleDef } from '../types';

type Logged = Pick<Activity, 'day' | 'minutes' | 'skillIds'>;

export interface WeekMinutes extends DayRange {
  readonly minutes: number;
  readonly sessions: number;
}

/** One entry per week touching from..to (oldest first), counting activities in from..to. */
export function weeklyMinutes(
  activities: readonly Pick<Activity, 'day' | 'minutes'>[],
  from: DayKey,
  to: DayKey,
  weekStartsOn: WeekStartsOn,
): WeekMinutes[] {
  const weeks = periodsBetween(from, to, 'week', weekStartsOn);
  const minutes = new Array<number>(weeks.length).fill(0);
  const sessions = new Array<number>(weeks.length).fill(0);
  for (const a of activities) {
    if (a.day < from || a.day > to) continue;
    const i = rangeIndexOf(weeks, a.day);
    minutes[i] = (minutes[i] ?? 0) + a.minutes;
    sessions[i] = (sessions[i] ?? 0) + 1;
  }
  return weeks.map((w, i) => ({ ...w, minutes: minutes[i] ?? 0, sessions: sessions[i] ?? 0 }));
}

export interface SkillMinutes {
  readonly skillId: string;
  readonly minutes: number;
  readonly sessions: number;
}

export interface MinutesBySkill {
  /** Most minutes first (ties by id); full minutes to each skill an activity touches. */
  readonly skills: SkillMinutes[];
  /** Each activity once. */
  readonly totalMinutes: number;
  readonly totalSessions: number;
  /** Minutes of activities with no skill at all. */
  readonly untaggedMinutes: number;
}

/** Per-skill minutes and the honest total, for activities in from..to. */
export function minutesBySkill(
  activities: readonly Logged[],
  from: DayKey,
  to: DayKey,
): MinutesBySkill {
  const bySkill = new Map<string, { skillId: string; minutes: number; sessions: number }>();
  let totalMinutes = 0;
  let totalSessions = 0;
  let untaggedMinutes = 0;
  for (const a of activities) {
    if (a.day < from || a.day > to) continue;
    totalMinutes += a.minutes;
    totalSessions++;
    if (a.skillIds.length === 0) untaggedMinutes += a.minutes;
    for (const skillId of new Set(a.skillIds)) {
      let entry = bySkill.get(skillId);
      if (!entry) {
        entry = { skillId, minutes: 0, sessions: 0 };
        bySkill.set(skillId, entry);
      }
      entry.minutes += a.minutes;
      entry.sessions++;
    }
  }
  const skills = [...bySkill.values()].sort((x, y) =>
    x.minutes === y.minutes ? (x.skillId < y.skillId ? -1 : 1) : y.minutes - x.minutes,
  );
  return { skills, totalMinutes, totalSessions, untaggedMinutes };
}

export interface RoleMinutes {
  readonly roleId: string;
  readonly minutes: number;
  readonly sessions: number;
}

/** Minutes per role (in the order of `roles`), each activity at most once per role. */
export function minutesByRole(
  activities: readonly Logged[],
  roles: readonly Pick<RoleDef, 'id' | 'links'>[],
  from: DayKey,
  to: DayKey,
): RoleMinutes[] {
  const rolesOfSkill = new Map<string, number[]>();
  roles.forEach((role, r) => {
    for (const link of role.links) {
      const list = rolesOfSkill.get(link.skillId);
      if (!list) rolesOfSkill.set(link.skillId, [r]);
      else if (list[list.length - 1] !== r) list.push(r);
    }
  });
  const minutes = new Array<number>(roles.length).fill(0);
  const sessions = new Array<number>(roles.length).fill(0);
  const seenBy = new Array<number>(roles.length).fill(-1); // last activity counted per role
  activities.forEach((a, n) => {
    if (a.day < from || a.day > to) return;
    for (const skillId of a.skillIds) {
      for (const r of rolesOfSkill.get(skillId) ?? []) {
        if (seenBy[r] === n) continue;
        seenBy[r] = n;
        minutes[r] = (minutes[r] ?? 0) + a.minutes;
        sessions[r] = (sessions[r] ?? 0) + 1;
      }
    }
  });
  return roles.map((role, r) => ({
    roleId: role.id,
    minutes: minutes[r] ?? 0,
    sessions: sessions[r] ?? 0,
  }));
}
