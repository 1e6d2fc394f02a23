import { roleById, skillById, text } from '../../../domain/catalog/index';
import type { WeekStartsOn } from '../../../domain/days';
import { type DueItem, periodOf } from '../../../domain/goals/index';
import type { GapRow } from '../../../domain/progress/index';
import { minutesByRole } from '../../../domain/stats/index';
import type { Activity, DayKey, PeriodGoal } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles, skillStates } from '../../../state/catalog';
import { goalOptions } from '../../../state/goals';
import { GoalStatus } from '../../components/goal-status';
import { dueText, GoalBar } from '../goals/goal-card';
import { currentProgress } from '../goals/progress-view';
import { ActivityRow } from '../log/activity-row';
import { nextStepText } from '../roles/next-step-text';

/** Period goals' current progress, as bars with numbers. */
export function GoalsNow(props: {
  goals: readonly PeriodGoal[];
  activities: readonly Activity[];
  today: DayKey;
  wso: WeekStartsOn;
}) {
  const t = messages().today;
  return (
    <section class="card" aria-labelledby="today-goals">
      <h2 id="today-goals">{t.goalsHeading}</h2>
      {props.goals.length === 0 ? (
        <p class="note">
          {t.noGoals} <a href="/goals/new">{t.addGoal}</a>
        </p>
      ) : (
        <ul class="list">
          {props.goals.map((goal) => {
            const p = currentProgress(
              goal,
              props.activities,
              props.today,
              props.wso,
              goalOptions.value,
            );
            return (
              <li key={goal.id} class="today-goal" data-met={p.met}>
                <span class="today-goal__head">
                  <a href="/goals" class="today-goal__title">
                    {goal.title}
                  </a>
                  <GoalStatus state={p.met ? 'met' : p.activeDays === 0 ? 'paused' : 'current'} />
                </span>
                <GoalBar goal={goal} done={p.done} target={p.target} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** This week's minutes and sessions, and sessions per followed role. */
export function WeekSummary({
  activities,
  today,
  wso,
}: {
  activities: readonly Activity[];
  today: DayKey;
  wso: WeekStartsOn;
}) {
  const m = messages();
  const week = periodOf(today, 'week', wso);
  const inWeek = activities.filter((a) => a.day >= week.start && a.day <= week.end);
  const minutes = inWeek.reduce((n, a) => n + a.minutes, 0);
  const roles = followedRoles.value;
  const perRole = minutesByRole(inWeek, roles, week.start, week.end);
  if (inWeek.length === 0) {
    // No wall of zeros: one plain sentence until the week has its first session.
    return (
      <div class="today-week">
        <p>{m.today.weekNone}</p>
      </div>
    );
  }
  return (
    <div class="today-week">
      <p>
        {fmt(m.today.weekSummary, {
          minutes: plural(m.common.minutes, minutes),
          sessions: plural(m.common.sessions, inWeek.length),
        })}
      </p>
      {roles.length > 0 && (
        <ul class="today-roles">
          {perRole
            .filter((r) => r.sessions > 0)
            .map((r) => (
              <li key={r.roleId} class="badge">
                {fmt(m.today.roleCount, {
                  role: text(roleById(catalog.value, r.roleId)?.name ?? r.roleId, lang.value),
                  sessions: plural(m.common.sessions, r.sessions),
                })}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}

export function DueNow({ items, today }: { items: readonly DueItem[]; today: DayKey }) {
  const t = messages().today;
  if (items.length === 0) return null;
  return (
    <section class="card" aria-labelledby="today-due">
      <h2 id="today-due">{t.dueHeading}</h2>
      <ul class="list">
        {items.map((d) => (
          <li key={d.goal.id}>
            <a class="row-link" href="/goals">
              <span>{d.goal.title}</span>
              <span class={`badge${d.status === 'overdue' ? ' badge--warn' : ''}`}>
                {dueText(d.due, today)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Recent({ items }: { items: readonly Activity[] }) {
  const t = messages().today;
  return (
    <section class="card" aria-labelledby="today-recent">
      <h2 id="today-recent">{t.recentHeading}</h2>
      {items.length === 0 ? (
        <p class="note">{t.noActivities}</p>
      ) : (
        <>
          <ul class="list">
            {items.map((a) => (
              <li key={a.id}>
                <ActivityRow activity={a} />
              </li>
            ))}
          </ul>
          <a class="link-action" href="/log">
            {t.seeLog}
          </a>
        </>
      )}
    </section>
  );
}

export function NextSkill({ gap }: { gap: GapRow | null }) {
  const m = messages();
  const t = m.today;
  const skill = gap ? skillById(catalog.value, gap.skillId) : undefined;
  return (
    <section class="card" aria-labelledby="today-next">
      <h2 id="today-next">{t.nextHeading}</h2>
      {gap && skill ? (
        <>
          <p>
            <a class="today-next__link" href={`/roles/skill/${encodeURIComponent(gap.skillId)}`}>
              {text(skill.name, lang.value)}
            </a>
          </p>
          <p data-testid="today-next-step">
            <strong>{m.roles.skill.nextStep}: </strong>
            {nextStepText(skill, skillStates.value.get(skill.id) ?? null, gap.target)}
          </p>
          <p class="note">{t.nextWhy}</p>
        </>
      ) : (
        <p class="note">{t.nextNone}</p>
      )}
    </section>
  );
}
