import { roleReadinessDetail } from '../../../domain/progress/index';
import type { RoleDef } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, followedRoles, ratings } from '../../../state/catalog';
import { follow } from '../../../state/custom-content';
import { Icon } from '../../components/icon';
import { Screen } from '../../components/screen';
import { t } from './helpers';
import { PackSection } from './pack-section';
import { ReadinessSummary } from './readiness-summary';

/** The roles the user follows, with readiness, then the others to follow in one tap. */
export function RoleList() {
  const m = messages().roles;
  const followed = followedRoles.value;
  const others = catalog.value.roles.filter((r) => !followed.includes(r));
  return (
    <Screen title={m.title}>
      <section aria-labelledby="followed-h">
        <h2 id="followed-h">{m.followed}</h2>
        {followed.length === 0 && <p class="note">{m.noneFollowed}</p>}
        {followed.map((role) => (
          <FollowedCard key={role.id} role={role} />
        ))}
        {followed.length > 0 && (
          <p>
            <a class="btn btn--secondary" href="/assess/start">
              {messages().assess.again}
            </a>
          </p>
        )}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="others-h">
          <h2 id="others-h">{m.notFollowed}</h2>
          <ul class="list card">
            {others.map((role) => (
              <li key={role.id} class="role-other">
                <a href={`/roles/${role.id}`} class="role-other__text">
                  <strong>{t(role.name)}</strong>
                  <span class="muted">{t(role.summary)}</span>
                </a>
                <button
                  type="button"
                  class="btn btn--secondary btn--small"
                  aria-label={fmt(m.followRole, { role: t(role.name) })}
                  onClick={() => void follow(role.id, true)}
                >
                  {m.follow}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a class="btn btn--secondary" href="/roles/new">
          {m.createRole}
        </a>
      </p>
      <PackSection />
    </Screen>
  );
}

function FollowedCard({ role }: { role: RoleDef }) {
  const m = messages().roles;
  const detail = roleReadinessDetail(role, ratings.value);
  const name = t(role.name);
  return (
    <article class="card role-card" data-testid={`role-card-${role.id}`}>
      <h3>
        <a href={`/roles/${role.id}`} class="role-card__link">
          {name}
          <Icon name="chevron" size={20} />
        </a>
      </h3>
      <ReadinessSummary role={role} detail={detail} />
      {detail.rated === 0 ? (
        <p>
          <a class="link-action" href={`/roles/${role.id}`}>
            {fmt(m.rateSkillsOf, { role: name })}
          </a>
        </p>
      ) : (
        <ul class="area-levels">
          {detail.areas.map((area) => {
            const def = role.areas.find((a) => a.id === area.areaId);
            if (!def || area.skills === 0) return null;
            return (
              <li key={area.areaId}>
                <span>{t(def.name)}</span>
                <span class="muted">
                  {plural(m.areaAtTarget, area.skills, { done: area.atTarget })}
                </span>
                <div class="progress-bar" aria-hidden="true">
                  <span style={{ width: `${(100 * area.atTarget) / area.skills}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
