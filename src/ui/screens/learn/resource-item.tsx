import type { ComponentChildren } from 'preact';
import { activityTypeForKind } from '../../../domain/catalog/resources';
import { webLink } from '../../../domain/links';
import { logFormHref } from '../../../domain/log-prefill';
import type { ResourceMark } from '../../../domain/types';
import { fmt, formatDay } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { markDone, type ResourceView, removeResource, saveToLearn } from '../../../state/resources';
import { Icon } from '../../components/icon';

/**
 * One learning resource with its actions. The name and the publisher are always shown as text;
 * the link (http(s) only, checked again here) opens in a new tab with no opener and no referrer.
 * The app never fetches it: offline or dead, the resource still reads in full.
 */
export function ResourceItem({
  resource,
  mark,
  skillId,
  from,
  children,
}: {
  resource: ResourceView;
  mark: ResourceMark | undefined;
  /** The skill "Start" logs the activity for. */
  skillId: string;
  /** Where the log form returns after saving (a same-app path). */
  from: string;
  children?: ComponentChildren;
}) {
  const m = messages().learn;
  const href = resource.link ? webLink(resource.link) : null;
  const saved = mark?.toLearn ?? false;
  const start = logFormHref(
    {
      skill: skillId,
      type: activityTypeForKind(resource.kind),
      title: resource.name,
      ...(href ? { link: href } : {}),
    },
    from,
  );
  const facts = [
    resource.publisher ? fmt(m.by, { publisher: resource.publisher }) : null,
    m.kinds[resource.kind],
    resource.lang ? m.langs[resource.lang] : null,
    resource.cost ? m.costs[resource.cost] : null,
    resource.custom ? m.yours : null,
  ].filter((x): x is string => x !== null);
  return (
    <li class="resource" data-resource={resource.id}>
      <p class="resource__name">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <bdi>{resource.name}</bdi>
            <span class="visually-hidden"> ({m.newTab})</span>
            <span aria-hidden="true" class="resource__out">
              {' '}
              ↗
            </span>
          </a>
        ) : (
          <bdi>{resource.name}</bdi>
        )}
      </p>
      <p class="resource__facts">
        {facts.map((f, i) => (
          <span key={f}>
            {i > 0 && ' · '}
            <bdi>{f}</bdi>
          </span>
        ))}
      </p>
      {children}
      {mark?.doneOn && (
        <p class="resource__done">
          <Icon name="check" size={16} />
          {fmt(m.doneOn, { day: formatDay(mark.doneOn) })}
        </p>
      )}
      <div class="actions resource__actions">
        <a class="btn btn--small" href={start}>
          {m.start}
          <span class="visually-hidden">: {resource.name}</span>
        </a>
        <button
          type="button"
          class="btn btn--secondary btn--small"
          aria-pressed={saved}
          onClick={() => void saveToLearn(resource.id, !saved)}
        >
          {saved && <Icon name="check" size={16} />}
          {saved ? m.saved : m.save}
          <span class="visually-hidden">: {resource.name}</span>
        </button>
        <button
          type="button"
          class="btn btn--secondary btn--small"
          onClick={() => void markDone(resource.id, mark?.doneOn ? null : undefined)}
        >
          {mark?.doneOn ? m.notDone : m.markDone}
          <span class="visually-hidden">: {resource.name}</span>
        </button>
        {resource.custom && (
          <button
            type="button"
            class="btn btn--secondary btn--small"
            onClick={() => resource.custom && void removeResource(resource.custom)}
          >
            {m.remove}
            <span class="visually-hidden">: {resource.name}</span>
          </button>
        )}
      </div>
    </li>
  );
}
