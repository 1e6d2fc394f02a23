import { useEffect, useRef, useState } from 'preact/hooks';
import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import {
  loadResources,
  resourceMarks,
  resourcesFor,
  resourcesLoaded,
  toLearnList,
} from '../../../state/resources';
import { AddResourceForm } from './resource-form';
import { ResourceItem } from './resource-item';
import './learn.css';

/**
 * The skill screen's "Where to learn": the skill's built-in resources, then the person's own,
 * each with Start, Save to learn and Mark done; "Add your own resource"; a way to the list.
 */
export function WhereToLearn({ skillId }: { skillId: string }) {
  const m = messages().learn;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void loadResources().catch(() => {});
  }, []);
  if (!resourcesLoaded.value) return null;
  const list = resourcesFor(skillId);
  const marks = resourceMarks.value;
  const saved = toLearnList.value.saved.length;
  const from = `/roles/skill/${encodeURIComponent(skillId)}`;
  const closeForm = () => {
    setAdding(false);
    // Back to where the person was: the button that opened the form.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <section class="card where-to-learn" aria-labelledby="learn-h" data-testid="where-to-learn">
      <h2 id="learn-h">{m.heading}</h2>
      <p class="note">{list.length > 0 ? m.intro : m.none}</p>
      {list.length > 0 && (
        <ul class="list resources">
          {list.map((r) => (
            <ResourceItem
              key={r.id}
              resource={r}
              mark={marks.get(r.id)}
              skillId={skillId}
              from={from}
            />
          ))}
        </ul>
      )}
      {list.some((r) => r.link) && <p class="note">{m.offlineNote}</p>}
      {adding ? (
        <AddResourceForm skillId={skillId} onDone={closeForm} />
      ) : (
        <div class="actions">
          <button
            ref={addButton}
            type="button"
            class="btn btn--secondary btn--small"
            onClick={() => setAdding(true)}
          >
            {m.add.open}
          </button>
          <a class="btn btn--secondary btn--small" href="/goals/to-learn">
            {m.toLearnLink}
            {saved > 0 && ` (${plural(m.toLearnCount, saved)})`}
          </a>
        </div>
      )}
    </section>
  );
}
