import type { Goal } from '../../../domain/types';
import { messages } from '../../../i18n/index';
import { pause, removeGoal, resume, setArchived, tickDeliverable } from '../../../state/goals';
import { MoreMenu } from '../../components/more-menu';

/**
 * One main action per card, the one that moves the goal on (mark a deliverable done, update
 * the level a level goal waits for, edit a regular target, restore an archived goal), and the
 * rest in "More". A finished goal has no main action: it is done.
 */
export function GoalActions({
  goal,
  paused,
  finished,
}: {
  goal: Goal;
  paused: boolean;
  finished: boolean;
}) {
  const a = messages().goals.actions;
  const item = 'btn btn--ghost';
  const edit = (
    <a class={item} href={`/goals/${encodeURIComponent(goal.id)}/edit`}>
      {a.edit}
    </a>
  );
  let main = null;
  if (goal.archived) {
    main = (
      <button type="button" class="btn" onClick={() => void setArchived(goal.id, false)}>
        {a.unarchive}
        <span class="visually-hidden">: {goal.title}</span>
      </button>
    );
  } else if (!finished && goal.kind === 'deliverable') {
    main = (
      <button type="button" class="btn" onClick={() => void tickDeliverable(goal.id, true)}>
        {a.markDone}
        <span class="visually-hidden">: {goal.title}</span>
      </button>
    );
  } else if (!finished && goal.kind === 'level') {
    main = (
      <a class="btn" href={`/roles/skill/${encodeURIComponent(goal.skillId)}`}>
        {a.updateLevel}
      </a>
    );
  } else if (!finished) {
    main = (
      <a class="btn" href={`/goals/${encodeURIComponent(goal.id)}/edit`}>
        {a.edit}
        <span class="visually-hidden">: {goal.title}</span>
      </a>
    );
  }
  const mainIsEdit = main !== null && !goal.archived && !finished && goal.kind === 'period';
  return (
    <div class="goal-card__actions">
      {main}
      <MoreMenu label={a.more} hiddenLabel={`: ${goal.title}`}>
        {goal.kind === 'deliverable' && goal.doneOn && !goal.archived && (
          <button type="button" class={item} onClick={() => void tickDeliverable(goal.id, false)}>
            {a.markUndone}
          </button>
        )}
        {!mainIsEdit && !goal.archived && edit}
        {!goal.archived && !finished && (
          <button
            type="button"
            class={item}
            onClick={() => void (paused ? resume(goal.id) : pause(goal.id))}
          >
            {paused ? a.resume : a.pause}
          </button>
        )}
        {!goal.archived && (
          <button type="button" class={item} onClick={() => void setArchived(goal.id, true)}>
            {a.archive}
          </button>
        )}
        <button type="button" class={item} onClick={() => void removeGoal(goal.id)}>
          {a.delete}
        </button>
      </MoreMenu>
    </div>
  );
}
