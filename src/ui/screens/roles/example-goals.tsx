import { useState } from 'preact/hooks';
import type { SkillDef } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { adoptExampleGoal } from '../../../state/goals';
import { t } from './helpers';

/** A skill's example goals, each one tap from being the user's own (a deliverable on it). */
export function ExampleGoals({ skill }: { skill: SkillDef }) {
  const m = messages();
  const [adopted, setAdopted] = useState<ReadonlySet<string>>(new Set());
  return (
    <section class="card" aria-labelledby="goals-h">
      <h2 id="goals-h">{m.roles.skill.exampleGoals}</h2>
      <ul class="list">
        {skill.exampleGoals.map((g) => {
          const title = t(g);
          return (
            <li key={title}>
              <p>{title}</p>
              <div class="actions">
                {adopted.has(title) ? (
                  <a class="btn btn--secondary btn--small" href="/goals">
                    {m.roles.skill.inYourGoals}
                  </a>
                ) : (
                  <button
                    type="button"
                    class="btn btn--secondary btn--small"
                    aria-label={fmt(m.goals.adoptAria, { goal: title })}
                    onClick={() =>
                      void adoptExampleGoal(skill.id, title).then(() =>
                        setAdopted(new Set([...adopted, title])),
                      )
                    }
                  >
                    {m.goals.adopt}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
