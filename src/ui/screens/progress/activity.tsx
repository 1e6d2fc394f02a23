import { useEffect, useMemo, useState } from 'preact/hooks';
import { skillById, text } from '../../../domain/catalog/index';
import { addDays, daysBetween, maxDay, weekStart } from '../../../domain/days';
import {
  HEATMAP_WEEKS,
  heatmap52,
  minutesByRole,
  minutesBySkill,
  weeklyMinutes,
} from '../../../domain/stats/index';
import type { Activity, DayKey } from '../../../domain/types';
import { fmt, formatDay, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';
import { logVersion, readActivities, readOldestDay, today } from '../../../state/log';
import { weekStartsOn } from '../../../state/settings';
import { HBars } from '../../charts/hbars';
import { Heatmap } from '../../charts/heatmap';
import { WeekBars } from '../../charts/week-bars';
import { ChoiceGroup } from '../../components/choice-group';

type Range = '30' | '90' | '365';

/** Weekly bars show at most this many weeks (fewer when the history is shorter). */
const WEEK_BARS = 12;

/**
 * Time spent, over time: the year heatmap, minutes per week, minutes per role and skill. Read
 * once (at most a year, through the byDay index), then aggregated. Every chart starts at the
 * first activity: no weeks of "nothing" drawn before the app was in use.
 */
export function ActivitySection() {
  const m = messages();
  const s = m.log.stats;
  const p = m.progress;
  const now = today();
  const wso = weekStartsOn.value;
  const yearFrom = addDays(weekStart(now, wso), -(HEATMAP_WEEKS - 1) * 7);
  const [read, setRead] = useState<{ first: DayKey | null; items: Activity[] } | null>(null);
  const [range, setRange] = useState<Range>('30');
  const version = logVersion.value;
  useEffect(() => {
    let live = true;
    void (async () => {
      const first = await readOldestDay();
      const from = first === null ? now : maxDay(weekStart(first, wso), yearFrom);
      const items = first === null ? [] : await readActivities(from, now);
      if (live) setRead({ first, items });
    })();
    return () => {
      live = false;
    };
  }, [yearFrom, now, wso, version]);

  const data = useMemo(() => {
    if (!read || read.first === null) return null;
    const { items, first } = read;
    const firstWeek = weekStart(first, wso);
    const weeksSince = Math.floor(daysBetween(firstWeek, weekStart(now, wso)) / 7) + 1;
    const rangeFrom = addDays(now, -(Number(range) - 1));
    const cat = catalog.value;
    const roles = followedRoles.value.length > 0 ? followedRoles.value : cat.roles;
    const heat = heatmap52(items, now, wso, weeksSince);
    const heatFrom = heat[0]?.[0]?.day ?? yearFrom;
    const year = items.filter((a) => a.day >= heatFrom);
    const bySkill = minutesBySkill(items, rangeFrom, now);
    return {
      heat,
      yearMinutes: year.reduce((t, a) => t + a.minutes, 0),
      yearDays: new Set(year.map((a) => a.day)).size,
      since: first > heatFrom ? first : null,
      weeks: weeklyMinutes(
        items,
        maxDay(firstWeek, addDays(weekStart(now, wso), -7 * (WEEK_BARS - 1))),
        now,
        wso,
      ),
      bySkill,
      skillRows: [
        ...bySkill.skills.slice(0, 12).map((r) => {
          const skill = skillById(cat, r.skillId);
          return { key: r.skillId, name: skill ? text(skill.name, lang.value) : r.skillId, ...r };
        }),
        ...(bySkill.untaggedMinutes > 0
          ? [{ key: '-', name: s.untagged, minutes: bySkill.untaggedMinutes, sessions: 0 }]
          : []),
      ],
      roleRows: minutesByRole(items, roles, rangeFrom, now).map((r) => ({
        key: r.roleId,
        name: text(roles.find((x) => x.id === r.roleId)?.name ?? r.roleId, lang.value),
        minutes: r.minutes,
        sessions: r.sessions,
      })),
    };
  }, [read, range, now, wso, yearFrom, catalog.value, followedRoles.value, lang.value]);

  const sinceDay = data?.since ? formatDay(data.since) : null;
  return (
    <section class="card" aria-labelledby="activity-h" id="activity">
      <h2 id="activity-h">{p.activity}</h2>
      {!read && <p>{m.common.loading}</p>}
      {read && !data && <p class="note">{p.activityNone}</p>}
      {data && (
        <>
          <h3 id="st-heat">{sinceDay ? fmt(p.heatmapSince, { day: sinceDay }) : s.heatmap}</h3>
          <p class="note">
            {fmt(sinceDay ? p.heatmapSummarySince : s.heatmapSummary, {
              minutes: plural(m.common.minutes, data.yearMinutes),
              days: plural(m.common.days, data.yearDays),
              day: sinceDay ?? '',
            })}
          </p>
          <Heatmap columns={data.heat} label={s.heatmap} />
          <h3 id="st-week" class="stats__gap">
            {data.weeks.length < WEEK_BARS ? p.weeklySince : s.weekly}
          </h3>
          <WeekBars weeks={data.weeks} label={s.weekly} />
          <h3 id="st-range" class="visually-hidden">
            {s.range}
          </h3>
          <ChoiceGroup
            legend={s.range}
            name="stats-range"
            value={range}
            options={[
              { value: '30', label: s.last30 },
              { value: '90', label: s.last90 },
              { value: '365', label: s.last365 },
            ]}
            onChange={setRange}
          />
          <p>
            {fmt(s.total, {
              minutes: plural(m.common.minutes, data.bySkill.totalMinutes),
              sessions: plural(m.common.sessions, data.bySkill.totalSessions),
            })}
          </p>
          <h3>{s.byRole}</h3>
          <HBars rows={data.roleRows} label={s.byRole} />
          <h3 class="stats__gap">{s.bySkill}</h3>
          {data.skillRows.length === 0 ? (
            <p class="note">{s.nothing}</p>
          ) : (
            <>
              <HBars rows={data.skillRows} label={s.bySkill} />
              <p class="note">{s.bySkillNote}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
