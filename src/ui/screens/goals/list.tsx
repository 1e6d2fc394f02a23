import { useEffect, useState } from 'preact/hooks';
import type { Activity, Goal } from '../../../domain/types';
import { messages } from '../../../i18n/index';
import { ratings } from '../../../state/catalog';
import { goalOptions, goals } from '../../../state/goals';
import { logVersion, readActivities, today } from '../../../state/log';
import { weekStartsOn } from '../../../state/settings';
import { EmptyState, Screen } from '../../components/screen';
import { goalState } from './goal-state';
import { goalsWindowStart } from './progress-view';
import { SafeGoalCard as GoalCard } from './safe-goal-card';
import { GoalsSectionTabs } from './section-tabs';

/** Active goals with their progress, then the finished ones (Done), then archived ones. Reads ~6 months of the log. */
export function GoalList() {
  const m = messages();
  const g = m.goals;
  const now = today();
  const wso = weekStartsOn.value;
  const [items, setItems] = useState<Activity[]>([]);
  const version = logVersion.value;
  useEffect(() => {
    let live = true;
    void readActivities(goalsWindowStart(now), now).then((l) => live && setItems(l));
    return () => {
      live = false;
    };
  }, [now, version]);
  const opts = goalOptions.value;
  // Finished goals (a deliverable ticked, a level reached, a target past its end) go to Done.
  // Odd data that cannot be measured stays with the open goals (its card says what happened).
  const isFinished = (goal: Goal) => {
    try {
      const rating = goal.kind === 'level' ? ratings.value.get(goal.skillId) : undefined;
      return goalState(goal, rating, items, now, wso, opts).finished;
    } catch {
      return false;
    }
  };
  const live = goals.value.filter((x) => !x.archived);
  const done = live.filter(isFinished);
  const active = live.filter((x) => !done.includes(x));
  const archived = goals.value.filter((x) => x.archived);
  const card = (goal: Goal, heading: 'h2' | 'h3' = 'h2') => (
    <GoalCard
      key={goal.id}
      goal={goal}
      activities={items}
      today={now}
      wso={wso}
      heading={heading}
    />
  );
  const add = (
    <a class="btn btn--small" href="/goals/new">
      {g.add}
    </a>
  );
  return (
    <Screen title={g.title} actions={add}>
      <GoalsSectionTabs />
      {active.length === 0 && done.length === 0 && (
        <EmptyState title={g.empty}>
          <p>{g.emptyHint}</p>
        </EmptyState>
      )}
      {active.map((goal) => card(goal))}
      {done.length > 0 && (
        <section class="goals-done" aria-labelledby="goals-done-h">
          <h2 id="goals-done-h">{g.doneHeading}</h2>
          {done.map((goal) => card(goal, 'h3'))}
        </section>
      )}
      {archived.length > 0 && (
        <details class="goals-archived">
          <summary>
            {g.archivedHeading} ({archived.length})
          </summary>
          {archived.map((goal) => card(goal))}
        </details>
      )}
    </Screen>
  );
}
