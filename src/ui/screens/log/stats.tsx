import { useEffect, useMemo, useState } from 'preact/hooks';
import { skillById, text } from '../../../domain/catalog/index';
import { addDays, weekStart } from '../../../domain/days';
import {
  HEATMAP_WEEKS,
  heatmap52,
  minutesByRole,
  minutesBySkill,
  weeklyMinutes,
} from '../../../domain/stats/index';
import type { Activity } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';
import { logVersion, readActivities, today } from '../../../state/log';
import { weekStartsOn } from '../../../state/settings';
import { HBars } from '../../charts/hbars';
import { Heatmap } from '../../charts/heatmap';
import { WeekBars } from '../../charts/week-bars';
import { ChoiceGroup } from '../../components/choice-group';
import { Screen } from '../../components/screen';

type Range = '30' | '90' | '365';

/** Charts over the last year: read once (one year through the byDay index), then aggregated. */
export function StatsScreen() {
  const m = messages();
  const s = m.log.stats;
  const now = today();
  const wso = weekStartsOn.value;
  const from = addDays(weekStart(now, wso), -(HEATMAP_WEEKS - 1) * 7);
  const [items, setItems] = useState<Activity[] | null>(null);
  const [range, setRange] = useState<Range>('30');
  const version = logVersion.value;
  useEffect(() => {
    let live = true;
    void readActivities(from, now).then((l) => live && setItems(l));
    return () => {
      live = false;
    };
  }, [from, now, version]);

  const data = useMemo(() => {
    if (!items) return null;
    const rangeFrom = addDays(now, -(Number(range) - 1));
    const cat = catalog.value;
    const roles = followedRoles.value.length > 0 ? followedRoles.value : cat.roles;
    const heat = heatmap52(items, now, wso);
    const yearFrom = heat[0]?.[0]?.day ?? from;
    const year = items.filter((a) => a.day >= yearFrom);
    const bySkill = minutesBySkill(items, rangeFrom, now);
    return {
      heat,
      yearMinutes: year.reduce((t, a) => t + a.minutes, 0),
      yearDays: new Set(year.map((a) => a.day)).size,
      weeks: weeklyMinutes(items, addDays(weekStart(now, wso), -77), now, wso),
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
  }, [items, range, now, wso, catalog.value, followedRoles.value, lang.value]);

  return (
    <Screen title={s.title} back={{ href: '/log', label: m.common.back }}>
      {!data && <p>{m.common.loading}</p>}
      {data && (
        <>
          <section class="card" aria-labelledby="st-heat">
            <h2 id="st-heat">{s.heatmap}</h2>
            <p class="note">
              {fmt(s.heatmapSummary, {
                minutes: plural(m.common.minutes, data.yearMinutes),
                days: plural(m.common.days, data.yearDays),
              })}
            </p>
            <Heatmap columns={data.heat} label={s.heatmap} />
          </section>
          <section class="card" aria-labelledby="st-week">
            <h2 id="st-week">{s.weekly}</h2>
            <WeekBars weeks={data.weeks} label={s.weekly} />
          </section>
          <section class="card" aria-labelledby="st-range">
            <h2 id="st-range" class="visually-hidden">
              {s.range}
            </h2>
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
          </section>
        </>
      )}
    </Screen>
  );
}
