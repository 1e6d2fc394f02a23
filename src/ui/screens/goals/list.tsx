import { useEffect, useState } from 'preact/hooks';
import type { Activity } from '../../../domain/types';
import { messages } from '../../../i18n/index';
import { goals } from '../../../state/goals';
import { logVersion, readActivities, today } from '../../../state/log';
import { weekStartsOn } from '../../../state/settings';
import { EmptyState, Screen } from '../../components/screen';
import { goalsWindowStart } from './progress-view';
import { SafeGoalCard as GoalCard } from './safe-goal-card';
import { GoalsSectionTabs } from './section-tabs';

/** Active goals with their progress, then archived ones. Reads ~6 months of the log. */
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
  const active = goals.value.filter((x) => !x.archived);
  const archived = goals.value.filter((x) => x.archived);
  const add = (
    <a class="btn btn--small" href="/goals/new">
      {g.add}
    </a>
  );
  return (
    <Screen title={g.title} actions={add}>
      <GoalsSectionTabs />
      {active.length === 0 && (
        <EmptyState title={g.empty}>
          <p>{g.emptyHint}</p>
        </EmptyState>
      )}
      {active.map((goal) => (
        <GoalCard key={goal.id} goal={goal} activities={items} today={now} wso={wso} />
      ))}
      {archived.length > 0 && (
        <details class="goals-archived">
          <summary>
            {g.archivedHeading} ({archived.length})
          </summary>
          {archived.map((goal) => (
            <GoalCard key={goal.id} goal={goal} activities={items} today={now} wso={wso} />
          ))}
        </details>
      )}
    </Screen>
  );
}
