import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LEVEL_INFO } from '../../../domain/catalog/index';
import { INPUT, textProblem } from '../../../domain/limits';
import type { CustomRole, Level, RoleSkillLink } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, customRoles } from '../../../state/catalog';
import { saveRole } from '../../../state/custom-content';
import { limitText } from '../../components/limit-text';
import { Screen } from '../../components/screen';
import { t } from './helpers';

type Pick = { core: boolean; target: Level };

/** Creates (/roles/new) or edits (/roles/:roleId/edit) a role of the user's own. */
export function RoleForm({ params }: { params: { roleId?: string } }) {
  const m = messages();
  const f = m.roles.form;
  const { route } = useLocation();
  const existing: CustomRole | undefined = params.roleId
    ? customRoles.value.find((r) => r.id === params.roleId)
    : undefined;
  const [name, setName] = useState(existing ? t(existing.name) : '');
  const [summary, setSummary] = useState(existing ? t(existing.summary) : '');
  const [picks, setPicks] = useState<ReadonlyMap<string, Pick>>(
    new Map(existing?.links.map((l) => [l.skillId, { core: l.core, target: l.target }]) ?? []),
  );
  const [error, setError] = useState<string | null>(null);
  const skills = catalog.value.skills.filter((s) => !s.retired || picks.has(s.id));

  const set = (id: string, pick: Pick | null) => {
    const next = new Map(picks);
    if (pick) next.set(id, pick);
    else next.delete(id);
    setPicks(next);
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setError(f.nameRequired);
    const long = textProblem(name.trim(), INPUT.name) ?? textProblem(summary.trim(), INPUT.summary);
    if (long) return setError(limitText(long));
    if (picks.size === 0) return setError(f.pickSkill);
    const areaId = existing?.areas[0]?.id ?? 'main';
    const links: RoleSkillLink[] = [...picks].map(([skillId, p]) => ({
      skillId,
      areaId: existing?.links.find((l) => l.skillId === skillId)?.areaId ?? areaId,
      core: p.core,
      target: p.target,
    }));
    const saved = await saveRole({ name, summary, links }, existing);
    if (saved) route(`/roles/${saved.id}`);
  };

  return (
    <Screen
      title={existing ? f.editRole : f.newRole}
      back={{ href: existing ? `/roles/${existing.id}` : '/roles', label: m.common.back }}
    >
      <form onSubmit={onSubmit} noValidate>
        <div class="card">
          <div class="field">
            <label for="role-name">{f.name}</label>
            <input
              id="role-name"
              type="text"
              value={name}
              maxLength={INPUT.name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="role-summary">{f.summary}</label>
            <input
              id="role-summary"
              type="text"
              value={summary}
              maxLength={INPUT.summary}
              onInput={(e) => setSummary(e.currentTarget.value)}
            />
          </div>
        </div>
        <fieldset class="card role-skills">
          <legend>{f.skills}</legend>
          <p class="note">{f.skillsHint}</p>
          <ul class="list">
            {skills.map((skill) => {
              const pick = picks.get(skill.id);
              const label = t(skill.name);
              return (
                <li key={skill.id} class="role-skill">
                  <label class="check-row">
                    <input
                      type="checkbox"
                      checked={pick !== undefined}
                      onChange={(e) =>
                        set(skill.id, e.currentTarget.checked ? { core: true, target: 3 } : null)
                      }
                    />
                    <span>{label}</span>
                  </label>
                  {pick && (
                    <div class="role-skill__opts">
                      <select
                        aria-label={fmt(f.kindFor, { skill: label })}
                        value={pick.core ? 'core' : 'optional'}
                        onChange={(e) =>
                          set(skill.id, { ...pick, core: e.currentTarget.value === 'core' })
                        }
                      >
                        <option value="core">{m.roles.core}</option>
                        <option value="optional">{m.roles.optional}</option>
                      </select>
                      <select
                        aria-label={fmt(f.targetFor, { skill: label })}
                        value={pick.target}
                        onChange={(e) =>
                          set(skill.id, { ...pick, target: Number(e.currentTarget.value) as Level })
                        }
                      >
                        {([1, 2, 3, 4] as const).map((l) => (
                          <option key={l} value={l}>
                            {l} · {t(LEVEL_INFO[l].name)}
                          </option>
                        ))}
                      </select>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn">
          {m.common.save}
        </button>
      </form>
    </Screen>
  );
}
