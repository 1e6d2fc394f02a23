// One goal that cannot be drawn (odd data an older version kept or a hand-edited backup
// brought) shows as a plain card with its name, what happened, and Edit and Delete: the rest
// of the screen, and that goal's data, stay.
import type { ComponentProps } from 'preact';
import { messages } from '../../../i18n/index';
import { removeGoal } from '../../../state/goals';
import { Catch } from '../../components/boundary';
import { GoalCard } from './goal-card';

type Props = ComponentProps<typeof GoalCard>;

export function SafeGoalCard(props: Props) {
  const { goal } = props;
  return (
    <Catch
      resetKey={`${goal.id}@${goal.updatedAt}`}
      fallback={() => {
        const g = messages().goals;
        return (
          <article
            class="card goal-card"
            aria-labelledby={`goal-${goal.id}`}
            data-testid="goal-error"
          >
            <h2 id={`goal-${goal.id}`} dir="auto">
              {goal.title}
            </h2>
            <p class="note note--warn">{messages().oops.goalCard}</p>
            <div class="goal-card__actions">
              <a
                class="btn btn--secondary btn--small"
                href={`/goals/${encodeURIComponent(goal.id)}/edit`}
              >
                {g.actions.edit}
                <span class="visually-hidden">: {goal.title}</span>
              </a>
              <button
                type="button"
                class="btn btn--secondary btn--small"
                onClick={() => void removeGoal(goal.id)}
              >
                {g.actions.delete}
                <span class="visually-hidden">: {goal.title}</span>
              </button>
            </div>
          </article>
        );
      }}
    >
      <GoalCard {...props} />
    </Catch>
  );
}
