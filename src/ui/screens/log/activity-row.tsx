import { skillById, text } from '../../../domain/catalog/index';
import type { Activity } from '../../../domain/types';
import { fmt, formatDay } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog } from '../../../state/catalog';
import { Names } from '../../components/user-text';
import './log.css';

/** One activity in a list: a link to edit it, with type, minutes, day and skills. */
export function ActivityRow({
  activity,
  showDay = true,
}: {
  activity: Activity;
  showDay?: boolean;
}) {
  const m = messages();
  const typeLabel = m.log.types[activity.type];
  const skills = activity.skillIds.map((id) => {
    const skill = skillById(catalog.value, id);
    return skill ? text(skill.name, lang.value) : id;
  });
  return (
    <a class="row-link activity-row" href={`/log/${encodeURIComponent(activity.id)}/edit`}>
      <span>
        <bdi class="activity-row__title">{activity.title}</bdi>
        <span class="activity-row__meta">
          {/* The title defaults to the type: then saying the type again adds nothing. */}
          {activity.title !== typeLabel && `${typeLabel} · `}
          {fmt(m.common.minutesShort, { n: activity.minutes })}
          {showDay && ` · ${formatDay(activity.day, 'EEE d MMM')}`}
        </span>
        {skills.length > 0 && (
          <span class="activity-row__skills">
            <Names names={skills} />
          </span>
        )}
      </span>
    </a>
  );
}
