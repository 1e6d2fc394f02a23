import { useEffect, useState } from 'preact/hooks';
import type { Activity } from '../../../domain/types';
import { messages } from '../../../i18n/index';
import { logVersion, readForSkill } from '../../../state/log';
import { ActivityRow } from './activity-row';
import './log.css';

/**
 * The last activities that touched a skill. For the skill screen, whose one "Log activity"
 * button sits at its top: `<SkillActivities skillId={id} />`.
 */
export function SkillActivities({ skillId, limit = 5 }: { skillId: string; limit?: number }) {
  const m = messages().log.skill;
  const [list, setList] = useState<Activity[] | null>(null);
  const version = logVersion.value;
  useEffect(() => {
    let live = true;
    void readForSkill(skillId, limit).then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, [skillId, limit, version]);
  return (
    <section class="card" aria-labelledby={`skill-acts-${skillId}`}>
      <h2 id={`skill-acts-${skillId}`}>{m.heading}</h2>
      {list && list.length === 0 && <p class="note">{m.empty}</p>}
      {list && list.length > 0 && (
        <ul class="list">
          {list.map((a) => (
            <li key={a.id}>
              <ActivityRow activity={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
