import { useEffect } from 'preact/hooks';
import { skillById } from '../../../domain/catalog/index';
import type { RoleDef } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';
import {
  loadResources,
  type MarkedResource,
  resourcesLoaded,
  saveToLearn,
  toLearnList,
} from '../../../state/resources';
import { Screen } from '../../components/screen';
import { fmtNodes, Names } from '../../components/user-text';
import { GoalsSectionTabs } from '../goals/section-tabs';
import { t } from '../roles/helpers';
import { ResourceItem } from './resource-item';
import './learn.css';

export const TO_LEARN_PATH = '/goals/to-learn';

/** The skill "Start" logs for: the first one a followed role asks for, else the first known. */
function startSkill(skillIds: readonly string[], followed: readonly RoleDef[]): string {
  const inRoles = (id: string) => followed.some((r) => r.links.some((l) => l.skillId === id));
  return skillIds.find(inRoles) ?? skillIds.find((id) => skillById(catalog.value, id)) ?? '';
}

function Entry({ entry }: { entry: MarkedResource }) {
  const m = messages().learn;
  const { mark, resource } = entry;
  if (!resource) {
    // Its resource left the catalog or was deleted elsewhere: the mark is kept and shown.
    return (
      <li class="resource">
        <p class="resource__name">{fmt(m.list.gone, { id: mark.id })}</p>
        <div class="actions resource__actions">
          <button
            type="button"
            class="btn btn--secondary btn--small"
            onClick={() => void saveToLearn(mark.id, false)}
          >
            {m.list.removeMark}
          </button>
        </div>
      </li>
    );
  }
  const skills = resource.skillIds
    .map((id) => skillById(catalog.value, id))
    .filter((s) => s !== undefined)
    .map((s) => t(s.name));
  return (
    <ResourceItem
      resource={resource}
      mark={mark}
      skillId={startSkill(resource.skillIds, followedRoles.value)}
      from={TO_LEARN_PATH}
    >
      {skills.length > 0 && (
        <p class="resource__skills">
          {fmtNodes(m.list.forSkill, { skills: <Names names={skills} /> })}
        </p>
      )}
    </ResourceItem>
  );
}

/** "To learn": everything saved from any skill, then what is done, with Start and Done. */
export function ToLearnScreen() {
  const m = messages().learn;
  useEffect(() => {
    void loadResources().catch(() => {});
  }, []);
  const { saved, done } = toLearnList.value;
  return (
    <Screen title={m.list.title}>
      <GoalsSectionTabs />
      <p class="note">{m.list.intro}</p>
      {resourcesLoaded.value && (
        <>
          <section class="card to-learn__section" aria-labelledby="to-learn-saved">
            <h2 id="to-learn-saved">{m.list.savedHeading}</h2>
            {saved.length === 0 ? (
              <>
                <p class="note">{m.list.empty}</p>
                <a class="btn btn--secondary btn--small" href="/roles">
                  {m.list.browse}
                </a>
              </>
            ) : (
              <ul class="list resources" data-testid="to-learn-saved">
                {saved.map((e) => (
                  <Entry key={e.mark.id} entry={e} />
                ))}
              </ul>
            )}
          </section>
          <section class="card to-learn__section" aria-labelledby="to-learn-done">
            <h2 id="to-learn-done">{m.list.doneHeading}</h2>
            {done.length === 0 ? (
              <p class="note">{m.list.noneDone}</p>
            ) : (
              <ul class="list resources" data-testid="to-learn-done">
                {done.map((e) => (
                  <Entry key={e.mark.id} entry={e} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Screen>
  );
}
