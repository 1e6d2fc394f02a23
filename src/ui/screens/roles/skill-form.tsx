import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LEVEL_INFO, roleById } from '../../../domain/catalog/index';
import { INPUT, stepsProblem, textProblem } from '../../../domain/limits';
import { CUSTOM_AREA } from '../../../domain/progress/index';
import type { CustomSkill, Level } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, customSkills } from '../../../state/catalog';
import { saveSkill } from '../../../state/custom-content';
import { limitText } from '../../components/limit-text';
import { Screen } from '../../components/screen';
import { t } from './helpers';

const NAME_MAX = INPUT.name;

/** Adds a skill of the user's own to a role (/roles/:roleId/add-skill) or edits one. */
export function SkillForm({ params }: { params: { roleId?: string; skillId?: string } }) {
  const m = messages();
  const f = m.roles.form;
  const { route } = useLocation();
  const existing = params.skillId
    ? customSkills.value.find((s) => s.id === params.skillId)
    : undefined;
  const roleId = params.roleId ?? existing?.attachTo?.[0]?.roleId;
  const role = roleId ? roleById(catalog.value, roleId) : undefined;
  const attached = existing?.attachTo?.find((a) => a.roleId === roleId);
  const [name, setName] = useState(existing ? t(existing.name) : '');
  const [description, setDescription] = useState(existing ? t(existing.description) : '');
  const [steps, setSteps] = useState(existing?.checklist.map((s) => t(s.text)).join('\n') ?? '');
  const [areaId, setAreaId] = useState(attached?.areaId ?? role?.areas[0]?.id ?? CUSTOM_AREA.id);
  const [core, setCore] = useState(attached?.core ?? false);
  const [target, setTarget] = useState<Level>(attached?.target ?? 3);
  const [error, setError] = useState<string | null>(null);
  const [stepsError, setStepsError] = useState<string | null>(null);
  const back = existing ? `/roles/skill/${existing.id}` : role ? `/roles/${role.id}` : '/roles';

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setError(f.nameRequired);
    if (name.trim().length > NAME_MAX) return setError(fmt(f.tooLong, { max: NAME_MAX }));
    const tooLong = textProblem(description.trim(), INPUT.description);
    const stepProblem = stepsProblem(steps.split('\n'));
    setStepsError(stepProblem ? limitText(stepProblem, 'step') : null);
    setError(tooLong ? limitText(tooLong) : null);
    if (tooLong || stepProblem) return;
    const saved = await saveSkill(
      {
        name,
        description,
        checklist: steps.split('\n'),
        ...(role ? { attach: { roleId: role.id, areaId, core, target } } : {}),
      },
      existing as CustomSkill | undefined,
    );
    if (saved) route(`/roles/skill/${saved.id}`);
  };

  const areas = [...(role?.areas ?? []).filter((a) => a.id !== CUSTOM_AREA.id), CUSTOM_AREA];
  return (
    <Screen title={existing ? f.editSkill : f.newSkill} back={{ href: back, label: m.common.back }}>
      <form class="card" onSubmit={onSubmit} noValidate>
        {role && <p class="note">{t(role.name)}</p>}
        <div class="field">
          <label for="sk-name">{f.name}</label>
          <input
            id="sk-name"
            type="text"
            value={name}
            maxLength={NAME_MAX}
            required
            aria-invalid={error !== null}
            aria-describedby={error ? 'sk-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {error && (
            <span class="error" id="sk-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <div class="field">
          <label for="sk-desc">{f.description}</label>
          <textarea
            id="sk-desc"
            value={description}
            maxLength={INPUT.description}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="sk-steps">{f.checklist}</label>
          <textarea
            id="sk-steps"
            value={steps}
            aria-describedby={stepsError ? 'sk-steps-err sk-steps-hint' : 'sk-steps-hint'}
            aria-invalid={stepsError !== null}
            onInput={(e) => setSteps(e.currentTarget.value)}
          />
          {stepsError && (
            <span class="error" id="sk-steps-err" role="alert">
              {stepsError}
            </span>
          )}
          <span class="hint" id="sk-steps-hint">
            {fmt(f.checklistHint, { max: INPUT.steps })}
          </span>
        </div>
        {role && (
          <>
            <div class="field">
              <label for="sk-area">{f.area}</label>
              <select
                id="sk-area"
                value={areaId}
                onChange={(e) => setAreaId(e.currentTarget.value)}
              >
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t(a.name)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="sk-kind">{f.kind}</label>
              <select
                id="sk-kind"
                value={core ? 'core' : 'optional'}
                onChange={(e) => setCore(e.currentTarget.value === 'core')}
              >
                <option value="core">{m.roles.core}</option>
                <option value="optional">{m.roles.optional}</option>
              </select>
            </div>
            <TargetSelect id="sk-target" label={f.target} value={target} onChange={setTarget} />
          </>
        )}
        <button type="submit" class="btn">
          {m.common.save}
        </button>
      </form>
    </Screen>
  );
}

/** A target level 1-4, each named as on the level picker. */
export function TargetSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Level;
  onChange: (next: Level) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(Number(e.currentTarget.value) as Level)}
      >
        {([1, 2, 3, 4] as const).map((l) => (
          <option key={l} value={l}>
            {l} · {levelName(l)}
          </option>
        ))}
      </select>
    </div>
  );
}

function levelName(l: Level): string {
  return t(LEVEL_INFO[l].name);
}
