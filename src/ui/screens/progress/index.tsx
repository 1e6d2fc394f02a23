import { useEffect } from 'preact/hooks';
import { skillById } from '../../../domain/catalog/index';
import { todayKey } from '../../../domain/days';
import {
  biggestGaps,
  monthEnds,
  overallReadiness,
  readinessOverTime,
  roleReadiness,
} from '../../../domain/progress/index';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { perfMark } from '../../../perf';
import { catalog, followedRoles, ratings } from '../../../state/catalog';
import { assessments } from '../../../state/skills';
import { EmptyState, Screen } from '../../components/screen';
import { t, useLoaded } from '../roles/helpers';
import { ReadinessBars, ReadinessLines } from './charts';
import './progress.css';

/** Readiness per role and overall, its history over 12 months, and the biggest gaps. */
export function ProgressScreen() {
  const m = messages().progress;
  const ready = useLoaded(true);
  useEffect(() => void (ready && perfMark('progress-ready')), [ready]);
  if (!ready) {
    return (
      <Screen title={m.title}>
        <p class="muted">{messages().common.loading}</p>
      </Screen>
    );
  }
  const roles = followedRoles.value;
  if (roles.length === 0) {
    return (
      <Screen title={m.title}>
        <EmptyState title={m.noRoles}>
          <a class="btn" href="/roles">
            {m.goToRoles}
          </a>
        </EmptyState>
      </Screen>
    );
  }
  const r = ratings.value;
  const bars = roles.map((role) => ({
    id: role.id,
    label: t(role.name),
    value: roleReadiness(role, r),
  }));
  const overall = overallReadiness(roles, r);
  const days = monthEnds(todayKey(new Date()));
  const series = roles.map((role) => ({
    id: role.id,
    label: t(role.name),
    values: readinessOverTime(role, assessments.value, days),
  }));
  const gaps = biggestGaps(roles, r, 8);
  return (
    <Screen title={m.title}>
      <section class="card" aria-labelledby="by-role-h">
        <h2 id="by-role-h">{m.byRole}</h2>
        <ReadinessBars rows={[...bars, { id: 'overall', label: m.overall, value: overall }]} />
        <p class="note">{m.overallHint}</p>
        <details class="how">
          <summary>{m.howTitle}</summary>
          {m.how.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      </section>
      <section class="card" aria-labelledby="time-h">
        <h2 id="time-h">{m.overTime}</h2>
        <ReadinessLines days={days} series={series} />
      </section>
      <section class="card" aria-labelledby="gaps-h">
        <h2 id="gaps-h">{m.gaps}</h2>
        {gaps.length === 0 ? (
          <p class="note">{m.gapsNone}</p>
        ) : (
          <ol class="list gaps">
            {gaps.map((g) => {
              const skill = skillById(catalog.value, g.skillId);
              return (
                <li key={g.skillId}>
                  <a class="row-link" href={`/roles/skill/${encodeURIComponent(g.skillId)}`}>
                    <span>
                      <span class="gaps__name">{skill ? t(skill.name) : g.skillId}</span>
                      <span class="note">
                        {fmt(m.gapRow, { level: g.level, target: g.target })} ·{' '}
                        {g.core ? messages().roles.core : messages().roles.optional}
                      </span>
                    </span>
                    <span class="gaps__gap">−{g.gap}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </Screen>
  );
}
