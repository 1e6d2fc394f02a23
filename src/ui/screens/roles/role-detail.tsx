import { useLocation } from 'preact-iso';
import { roleById } from '../../../domain/catalog/index';
import { roleReadinessDetail, type SkillRow } from '../../../domain/progress/index';
import type { CustomRole, RoleDef } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, ratings } from '../../../state/catalog';
import { follow, removeRole, unfollow } from '../../../state/custom-content';
import { settings } from '../../../state/settings';
import { Icon } from '../../components/icon';
import { Screen } from '../../components/screen';
import { fmtNodes, Names } from '../../components/user-text';
import { ratingLabel, rolesWithSkill, shortRoleName, t } from './helpers';
import { ReadinessSummary } from './readiness-summary';

/** One role: readiness, then its skills grouped by area with level, target and gap. */
export function RoleDetail({ params }: { params: { roleId: string } }) {
  const m = messages();
  const { route } = useLocation();
  const role = roleById(catalog.value, params.roleId);
  if (!role) {
    return (
      <Screen title={m.shell.notFound.title} back={{ href: '/roles', label: m.common.back }}>
        <p>{m.shell.notFound.body}</p>
      </Screen>
    );
  }
  const name = t(role.name);
  const detail = roleReadinessDetail(role, ratings.value);
  const followed = settings.value.followedRoleIds.includes(role.id);
  return (
    <Screen title={name} back={{ href: '/roles', label: m.common.back }}>
      <section class="card">
        <p>{t(role.summary)}</p>
        <ReadinessSummary role={role} detail={detail} />
        <div class="actions">
          {/* The guided self-assessment over this role's skills: rate them without opening each. */}
          <a class="btn btn--small" href={`/assess/start?role=${encodeURIComponent(role.id)}`}>
            {m.assess.rateRole}
          </a>
          <button
            type="button"
            class="btn btn--secondary btn--small"
            aria-pressed={followed}
            onClick={() => void (followed ? unfollow(role.id) : follow(role.id, true))}
          >
            {followed ? m.roles.following : m.roles.follow}
          </button>
          <a class="btn btn--secondary btn--small" href={`/roles/${role.id}/add-skill`}>
            {m.roles.addSkill}
          </a>
          {role.custom && (
            <>
              <a class="btn btn--secondary btn--small" href={`/roles/${role.id}/edit`}>
                {m.roles.editRole}
              </a>
              <button
                type="button"
                class="btn btn--secondary btn--small"
                onClick={() => {
                  void removeRole(role as CustomRole);
                  route('/roles');
                }}
              >
                {m.roles.deleteRole}
              </button>
            </>
          )}
        </div>
      </section>
      {role.areas.map((area) => {
        const rows = detail.skills.filter((s) => s.areaId === area.id);
        if (rows.length === 0) return null;
        const areaRow = detail.areas.find((a) => a.areaId === area.id);
        return (
          <section key={area.id} class="card" aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{t(area.name)}</h2>
            {detail.rated > 0 && areaRow && areaRow.skills > 0 && (
              <p class="note">
                {plural(m.roles.areaAtTarget, areaRow.skills, { done: areaRow.atTarget })}
              </p>
            )}
            <ul class="list">
              {rows.map((row) => (
                <SkillLine key={row.skillId} row={row} role={role} />
              ))}
            </ul>
          </section>
        );
      })}
    </Screen>
  );
}

function SkillLine({ row, role }: { row: SkillRow; role: RoleDef }) {
  const m = messages().roles;
  const skill = catalog.value.skills.find((s) => s.id === row.skillId);
  if (!skill) return null;
  const others = rolesWithSkill(catalog.value, row.skillId)
    .filter((x) => x.role.id !== role.id)
    .map((x) => shortRoleName(x.role));
  const reached = row.counted && row.gap === 0;
  return (
    <li>
      <a class="row-link skill-line" href={`/roles/skill/${encodeURIComponent(skill.id)}`}>
        <span class="skill-line__main">
          <bdi class="skill-line__name">{t(skill.name)}</bdi>
          <span class="skill-line__badges">
            <span class={`badge${row.core ? ' badge--core' : ''}`}>
              {row.core ? m.core : m.optional}
            </span>
            {skill.custom && <span class="badge">{m.customBadge}</span>}
            {skill.retired && <span class="badge badge--warn">{m.retired}</span>}
          </span>
          {others.length > 0 && (
            <span class="skill-line__shared">
              {fmtNodes(m.alsoIn, { roles: <Names names={others} /> })}
            </span>
          )}
        </span>
        <span class="skill-line__level">
          <span>
            {row.rating === null || row.rating === 'na'
              ? ratingLabel(row.rating)
              : fmt(m.levelVsTarget, { level: row.rating, target: row.target })}
          </span>
          {row.counted && row.rating === null && (
            <span class="muted">{fmt(m.targetOnly, { target: row.target })}</span>
          )}
          {row.counted && row.rating !== null && (
            <span class={reached ? 'skill-line__ok' : 'skill-line__gap'}>
              {reached ? m.atTarget : plural(m.gap, row.gap)}
            </span>
          )}
        </span>
        <Icon name="chevron" size={20} />
      </a>
    </li>
  );
}
