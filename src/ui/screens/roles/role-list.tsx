import { roleReadinessDetail } from '../../../domain/progress/index';
import type { RoleDef } from '../../../domain/types';
import { fmt, formatNumber } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, followedRoles, ratings } from '../../../state/catalog';
import { follow } from '../../../state/custom-content';
import { Icon } from '../../components/icon';
import { ReadinessMeter } from '../../components/readiness-meter';
import { Screen } from '../../components/screen';
import { percent, t } from './helpers';
import { PackSection } from './pack-section';

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
  const core = detail.skills.filter((s) => s.core && s.counted);
  const coreDone = core.filter((s) => s.gap === 0).length;
  const name = t(role.name);
  return (
    <article class="card role-card" data-testid={`role-card-${role.id}`}>
      <h3>
        <a href={`/roles/${role.id}`} class="role-card__link">
          {name}
          <Icon name="chevron" size={20} />
        </a>
      </h3>
      <ReadinessMeter
        value={detail.readiness}
        shown={percent(detail.readiness)}
        label={fmt(m.readinessOf, { role: name, value: percent(detail.readiness) })}
        hint={fmt(m.coreAtTarget, { n: coreDone, total: core.length })}
      />
      <ul class="area-levels">
        {detail.areas.map((area) => {
          const def = role.areas.find((a) => a.id === area.areaId);
          if (!def || area.avgLevel === null || area.avgTarget === null) return null;
          return (
            <li key={area.areaId}>
              <span>{t(def.name)}</span>
              <span class="muted">
                {fmt(m.areaLevel, {
                  level: oneDecimal(area.avgLevel),
                  target: oneDecimal(area.avgTarget),
                })}
              </span>
              <div class="progress-bar" aria-hidden="true">
                <span style={{ width: `${area.readiness ?? 0}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </article>
  );
}

function oneDecimal(n: number): string {
  return formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
