import { useEffect } from 'preact/hooks';
import { skillById } from '../../../domain/catalog/index';
import { todayKey } from '../../../domain/days';
import {
  biggestGaps,
  monthEndsSince,
  overallReadiness,
  readinessOverTime,
  roleReadinessDetail,
} from '../../../domain/progress/index';
import { fmt, formatDay } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { perfMark } from '../../../perf';
import { catalog, followedRoles, ratings } from '../../../state/catalog';
import { assessments } from '../../../state/skills';
import { EmptyState, Screen } from '../../components/screen';
import { CertificationsOnProgress } from '../certifications/on-screens';
import { t, useLoaded } from '../roles/helpers';
import { shownReadiness } from '../roles/readiness-summary';
import { ActivitySection } from './activity';
import { ReadinessBars, ReadinessLines } from './charts';
import { CurrentLevels } from './current-levels';
import './progress.css';

/**
 * Progress over time in one place: readiness per role and overall, its history from the first
 * rating, the biggest gaps, and the time spent (activity charts, from the first activity).
 */
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
  // A dash, not 0%, for a role none of whose skills is rated yet.
  const details = roles.map((role) => roleReadinessDetail(role, r));
  const bars = roles.map((role, i) => ({
    id: role.id,
    label: t(role.name),
    value: details[i] ? shownReadiness(details[i]) : null,
  }));
  const anyRated = details.some((d) => d.rated > 0);
  const overall = anyRated ? overallReadiness(roles, r) : null;
  const firstRated = assessments.value[0]?.day;
  const days = monthEndsSince(todayKey(new Date()), firstRated);
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
        <p class="note">
          {anyRated ? messages().roles.readinessMeaning : messages().roles.noRatingYet}
        </p>
        <ReadinessBars rows={[...bars, { id: 'overall', label: m.overall, value: overall }]} />
        <p class="note">{m.overallHint}</p>
        <details class="how">
          <summary>{m.howTitle}</summary>
          {m.how.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      </section>
      <CurrentLevels />
      <section class="card" aria-labelledby="time-h">
        <h2 id="time-h">{m.overTime}</h2>
        {firstRated === undefined ? (
          <p class="note">{m.overTimeNone}</p>
        ) : (
          <>
            <p class="note">{fmt(m.overTimeSince, { day: formatDay(firstRated) })}</p>
            <ReadinessLines days={days} series={series} />
          </>
        )}
      </section>
      <ActivitySection />
      <CertificationsOnProgress />
      <section class="card" aria-labelledby="gaps-h">
        <h2 id="gaps-h">{m.gaps}</h2>
        {!anyRated ? (
          <p class="note">{messages().roles.noRatingYet}</p>
        ) : gaps.length === 0 ? (
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
                        {g.rating === null
                          ? fmt(m.gapUnrated, { target: g.target })
                          : fmt(m.gapRow, { level: g.level, target: g.target })}{' '}
                        · {g.core ? messages().roles.core : messages().roles.optional}
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
