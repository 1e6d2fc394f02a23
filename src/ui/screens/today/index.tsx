import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  consistencyAim,
  consistencyView,
  dueItems,
  periodOf,
  weeklyStreak,
} from '../../../domain/goals/index';
import { suggestNextSkill } from '../../../domain/progress/index';
import type { Activity, PeriodGoal } from '../../../domain/types';
import { messages } from '../../../i18n/index';
import { perfMark } from '../../../perf';
import { finishedRun, loadAssessment } from '../../../state/assessment';
import { followedRoles, loadCatalogState, ratings } from '../../../state/catalog';
import { activeGoals, loadGoals } from '../../../state/goals';
import { logVersion, readLastDays, readLatest, today } from '../../../state/log';
import { loadLevelReviews } from '../../../state/review';
import { settings, weekStartsOn } from '../../../state/settings';
import { Icon } from '../../components/icon';
import { Screen } from '../../components/screen';
import { CertificationsOnToday } from '../certifications/on-screens';
import { DueReminders } from '../reminders/due-reminders';
import { BackupNudge } from '../settings/backup-nudge';
import { Consistency } from './consistency';
import { ContentNotice } from './content-notice';
import { FirstRunOnToday } from './first-run';
import { LevelReviewsOnToday } from './level-reviews';
import { RerateCard } from './rerate';
import { DueNow, GoalsNow, NextSkill, Recent, WeekSummary } from './sections';
import './today.css';

/** Days read for Today: enough for the consistency score, the month's goals and the streak. */
const WINDOW_DAYS = 90;

/**
 * Opens as fast with 20,000 activities as with none: it reads the last 90 days through the
 * byDay index (and, only when they hold fewer than 5, the 5 latest activities).
 */
export function TodayScreen() {
  const m = messages();
  const now = today();
  const wso = weekStartsOn.value;
  const [data, setData] = useState<{ window: Activity[]; latest: Activity[] } | null>(null);
  const version = logVersion.value;
  // A layout effect starts the reads before the first paint instead of a frame after it.
  useLayoutEffect(() => {
    let live = true;
    void (async () => {
      // Side by side: with ten years of history the window is the longest read, and it then
      // costs no more time than the small ones it runs beside.
      const [window] = await Promise.all([
        readLastDays(WINDOW_DAYS, now),
        loadCatalogState(),
        loadGoals(),
        loadAssessment(),
        loadLevelReviews(),
      ]);
      const latest = window.length >= 5 ? window.slice(0, 5) : await readLatest(5);
      if (live) setData({ window, latest });
    })();
    return () => {
      live = false;
    };
  }, [now, version]);

  useEffect(() => void (data && perfMark('today-ready')), [data]);

  const derived = useMemo(() => {
    if (!data) return null;
    const goals = activeGoals.value;
    const aim = consistencyAim(goals, now);
    return {
      periodGoals: goals.filter((g): g is PeriodGoal => g.kind === 'period'),
      due: dueItems(goals, now, (id) => ratings.value.get(id)),
      gap: suggestNextSkill(followedRoles.value, ratings.value),
      consistency: consistencyView(data.window, now, periodOf(now, 'week', wso), {
        daysPerWeek: aim.days,
      }),
      aimFromGoal: aim.fromGoal,
      streak: settings.value.showStreak ? weeklyStreak(data.window, now, wso) : null,
    };
  }, [
    data,
    now,
    wso,
    activeGoals.value,
    ratings.value,
    followedRoles.value,
    settings.value.showStreak,
  ]);

  return (
    <Screen title={m.today.title}>
      {/* The screen's main action first: the first thing Tab reaches after the top bar. */}
      <a class="btn btn--block today-quick" href="/log/new?from=%2F">
        <Icon name="log" />
        {m.today.quickLog}
      </a>
      {data && <FirstRunOnToday />}
      <DueReminders />
      <CertificationsOnToday />
      <BackupNudge />
      <ContentNotice />
      {!data || !derived ? (
        <p aria-busy="true">{m.common.loading}</p>
      ) : (
        <>
          <GoalsNow goals={derived.periodGoals} activities={data.window} today={now} wso={wso} />
          <WeekSummary activities={data.window} today={now} wso={wso} />
          <DueNow items={derived.due} today={now} />
          <RerateCard activities={data.window} />
          <LevelReviewsOnToday activities={data.window} />
          <Recent items={data.latest} />
          {/* While the starting point shows, it names the next thing: not twice. */}
          {!finishedRun.value && <NextSkill gap={derived.gap} />}
          <Consistency
            view={derived.consistency}
            fromGoal={derived.aimFromGoal}
            streak={derived.streak}
          />
        </>
      )}
    </Screen>
  );
}
