import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LEVEL_INFO, text } from '../../../domain/catalog/index';
import { isDayKey } from '../../../domain/days';
import { INPUT } from '../../../domain/limits';
import type { Goal, Level } from '../../../domain/types';
import { lang, messages } from '../../../i18n/index';
import { userMessageFor } from '../../../state/errors';
import { type GoalInput, goals, submitGoal } from '../../../state/goals';
import { today } from '../../../state/log';
import { showToast } from '../../../state/toast';
import { ChoiceGroup } from '../../components/choice-group';
import { DateEcho } from '../../components/date-echo';
import { fieldErrors } from '../../components/field-errors';
import { useFocusFirstError } from '../../components/focus-first-error';
import { Screen } from '../../components/screen';
import { SkillPicker } from '../../components/skill-picker';
import { type GoalErrors, goalFormErrors } from './form-checks';
import { goalAutoTitle, levelGoalDefaults } from './form-defaults';
import { type Measure, type Period, TargetSentence } from './period-fields';
import { RoleChecks } from './role-checks';

type Kind = Goal['kind'];
type Errors = GoalErrors;
const KINDS: readonly Kind[] = ['period', 'level', 'deliverable'];
const DAY_RANGE = { min: INPUT.days.min, max: INPUT.days.max };

/**
 * Create or edit a goal: a regular target, a level by a date, or a deliverable by a date.
 * A new goal may arrive with ?kind= and ?skill= (e.g. "Reach a level" from a skill's screen).
 */
export function GoalForm({
  id,
  kind: askedKind,
  skill,
}: {
  id?: string;
  kind?: string;
  skill?: string;
}) {
  const m = messages();
  const g = m.goals;
  const f = g.form;
  const { route } = useLocation();
  const existing = id ? goals.value.find((x) => x.id === id) : undefined;
  const now = today();
  const [kind, setKind] = useState<Kind>(KINDS.find((k) => k === askedKind) ?? 'period');
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('2');
  const [measure, setMeasure] = useState<Measure>('sessions');
  const [period, setPeriod] = useState<Period>('week');
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [skillId, setSkillId] = useState('');
  const [suggested, setSuggested] = useState(false);
  const [level, setLevel] = useState<Level>(3);
  const [due, setDue] = useState('');
  const [start, setStart] = useState(now);
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { form, focusAfter } = useFocusFirstError(errors);

  useEffect(() => {
    if (!existing) return;
    setKind(existing.kind);
    setTitle(existing.title);
    setStart(existing.start);
    setEnd(existing.end ?? '');
    if (existing.kind === 'period') {
      setTarget(String(existing.target));
      setMeasure(existing.measure);
      setPeriod(existing.period);
      setSkillIds([...existing.skillIds]);
      setRoleIds([...existing.roleIds]);
    } else {
      setDue(existing.due);
      if (existing.kind === 'level') {
        setSkillId(existing.skillId);
        setLevel(existing.level);
      } else setSkillIds([...existing.skillIds]);
    }
  }, [existing?.id]);

  // "Reach a level" never opens empty: it starts on the skill asked for or the one suggested.
  useEffect(() => {
    if (id || kind !== 'level' || skillId) return;
    const start = levelGoalDefaults(skill);
    setSkillId(start.skillId);
    setLevel(start.level);
    setSuggested(start.suggested);
  }, [kind]);

  if (id && !existing) {
    return (
      <Screen title={g.editTitle} back={{ href: '/goals', label: m.common.back }}>
        <p>{f.notFound}</p>
      </Screen>
    );
  }

  const autoTitle = () => goalAutoTitle({ kind, measure, target, period, skillId, level });

  async function submit(e: Event) {
    e.preventDefault();
    const n = Number(target);
    const next = goalFormErrors({ kind, title, target, measure, skillId, due, start, end });
    setErrors(next);
    if (Object.keys(next).length > 0) return focusAfter(next);
    const base = {
      title: title.trim() || autoTitle(),
      start: isDayKey(start) ? start : now,
      ...(end && kind === 'period' ? { end } : {}),
      pauses: existing?.pauses ?? [],
      archived: existing?.archived ?? false,
    };
    const input: GoalInput =
      kind === 'period'
        ? { ...base, kind, period, measure, target: n, skillIds, roleIds }
        : kind === 'level'
          ? { ...base, kind, skillId, level, due }
          : {
              ...base,
              kind,
              due,
              skillIds,
              ...(existing?.kind === 'deliverable' && existing.doneOn
                ? { doneOn: existing.doneOn }
                : {}),
            };
    try {
      await submitGoal(input, id, existing?.updatedAt);
    } catch (error) {
      // The form stays as typed: nothing is lost while the person reads why.
      showToast({ message: userMessageFor(error), tone: 'error' });
      return;
    }
    showToast({ message: g.saved });
    route('/goals');
  }

  const { invalid: err, message: errText } = fieldErrors(errors, 'g');
  const optional = <span class="muted">({m.common.optional})</span>;
  const nameField = (
    <div class="field">
      <label for="g-title">
        {kind === 'deliverable' ? f.deliverableLabel : f.titleLabel}{' '}
        {kind !== 'deliverable' && optional}
      </label>
      <input
        id="g-title"
        type="text"
        value={title}
        maxLength={INPUT.title}
        placeholder={kind === 'deliverable' ? undefined : autoTitle()}
        aria-required={kind === 'deliverable' ? 'true' : undefined}
        onInput={(e) => setTitle(e.currentTarget.value)}
        {...err('title')}
      />
      {errText('title') ||
        (kind === 'deliverable' && <span class="hint">{f.deliverableHint}</span>)}
    </div>
  );

  return (
    <Screen title={id ? g.editTitle : g.newTitle} back={{ href: '/goals', label: m.common.back }}>
      <form ref={form} onSubmit={submit} noValidate class="goal-form">
        {!id && (
          <ChoiceGroup
            legend={g.kinds.legend}
            name="goal-kind"
            value={kind}
            options={KINDS.map((k) => ({ value: k, label: g.kinds[k] }))}
            onChange={setKind}
          />
        )}
        {kind === 'deliverable' && nameField}
        {kind === 'period' && (
          <>
            <TargetSentence
              target={target}
              measure={measure}
              period={period}
              onTarget={setTarget}
              onMeasure={setMeasure}
              onPeriod={setPeriod}
              invalid={err('target')}
              error={errText('target')}
            />
            <RoleChecks legend={f.limitRoles} value={roleIds} onChange={setRoleIds} />
          </>
        )}
        {kind === 'level' ? (
          <>
            <SkillPicker
              legend={f.skill}
              single
              name="g-skill"
              value={skillId ? [skillId] : []}
              onChange={([next]) => {
                setSkillId(next ?? '');
                setSuggested(false);
              }}
              invalid={err('skill')}
              error={errText('skill') || (suggested && <p class="hint">{f.suggested}</p>)}
            />
            <div class="field">
              <label for="g-level">{f.level}</label>
              <select
                id="g-level"
                value={String(level)}
                onChange={(e) => setLevel(Number(e.currentTarget.value) as Level)}
              >
                {([1, 2, 3, 4] as const).map((l) => (
                  <option key={l} value={String(l)}>
                    {l} · {text(LEVEL_INFO[l].name, lang.value)}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : (
          <SkillPicker
            legend={
              <>
                {kind === 'period' ? f.limitSkills : f.deliverableSkills} {optional}
              </>
            }
            name="g-skills"
            value={skillIds}
            onChange={setSkillIds}
          />
        )}
        {kind === 'period' && <p class="note">{f.limitHint}</p>}
        {kind !== 'period' && (
          <div class="field">
            <label for="g-due">{f.due}</label>
            <input
              id="g-due"
              type="date"
              {...DAY_RANGE}
              value={due}
              onInput={(e) => setDue(e.currentTarget.value)}
              {...err('due')}
            />
            {errText('due') || <DateEcho day={due} />}
          </div>
        )}
        {kind !== 'deliverable' && nameField}
        <div class="field">
          <label for="g-start">{f.start}</label>
          <input
            id="g-start"
            type="date"
            {...DAY_RANGE}
            value={start}
            onInput={(e) => setStart(e.currentTarget.value)}
            {...err('start')}
          />
          {errText('start') || <DateEcho day={start} />}
        </div>
        {kind === 'period' && (
          <div class="field">
            <label for="g-end">
              {f.end} {optional}
            </label>
            <input
              id="g-end"
              type="date"
              value={end}
              min={start}
              max={INPUT.days.max}
              onInput={(e) => setEnd(e.currentTarget.value)}
              {...err('end')}
            />
            <DateEcho day={end} />
            {errText('end') || <span class="hint">{f.endHint}</span>}
          </div>
        )}
        <button type="submit" class="btn btn--block">
          {f.save}
        </button>
      </form>
    </Screen>
  );
}
