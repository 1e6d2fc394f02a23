import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LEVEL_INFO, skillById, text } from '../../../domain/catalog/index';
import { isDayKey } from '../../../domain/days';
import type { Goal, Level } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';
import { userMessageFor } from '../../../state/errors';
import { type GoalInput, goals, submitGoal } from '../../../state/goals';
import { today } from '../../../state/log';
import { showToast } from '../../../state/toast';
import { ChoiceGroup } from '../../components/choice-group';
import { fieldErrors } from '../../components/field-errors';
import { useFocusFirstError } from '../../components/focus-first-error';
import { Screen } from '../../components/screen';
import { SkillPicker, skillOptions } from '../log/skill-picker';
import { RoleChecks } from './role-checks';

type Kind = Goal['kind'];
type Errors = Partial<Record<'target' | 'skill' | 'due' | 'end', string>>;

/** Create or edit a goal: a regular target, a level by a date, or a deliverable by a date. */
export function GoalForm({ id }: { id?: string }) {
  const m = messages();
  const g = m.goals;
  const f = g.form;
  const { route } = useLocation();
  const existing = id ? goals.value.find((x) => x.id === id) : undefined;
  const now = today();
  const [kind, setKind] = useState<Kind>('period');
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('2');
  const [measure, setMeasure] = useState<'sessions' | 'minutes'>('sessions');
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [skillId, setSkillId] = useState('');
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

  const skills = useMemo(
    () => skillOptions(catalog.value, followedRoles.value, lang.value),
    [catalog.value, followedRoles.value, lang.value],
  );

  if (id && !existing) {
    return (
      <Screen title={g.editTitle} back={{ href: '/goals', label: m.common.back }}>
        <p>{f.notFound}</p>
      </Screen>
    );
  }

  function autoTitle(): string {
    if (kind === 'period') {
      const amount =
        measure === 'sessions'
          ? plural(m.common.sessions, Number(target))
          : plural(m.common.minutes, Number(target));
      return fmt(g.auto.period, {
        amount,
        period: period === 'week' ? g.auto.weekUnit : g.auto.monthUnit,
      });
    }
    if (kind === 'level') {
      const s = skillById(catalog.value, skillId);
      return fmt(g.auto.level, { skill: s ? text(s.name, lang.value) : '', level });
    }
    return g.kinds.deliverable;
  }

  async function submit(e: Event) {
    e.preventDefault();
    const next: Errors = {};
    const n = Number(target);
    if (kind === 'period' && (!Number.isInteger(n) || n < 1)) next.target = f.targetInvalid;
    if (kind === 'level' && !skillId) next.skill = f.skillMissing;
    if (kind !== 'period' && !isDayKey(due)) next.due = f.dueMissing;
    if (end && (!isDayKey(end) || end < start)) next.end = f.endBeforeStart;
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

  return (
    <Screen title={id ? g.editTitle : g.newTitle} back={{ href: '/goals', label: m.common.back }}>
      <form ref={form} onSubmit={submit} noValidate class="goal-form">
        {!id && (
          <ChoiceGroup
            legend={g.kinds.legend}
            name="goal-kind"
            value={kind}
            options={[
              { value: 'period', label: g.kinds.period },
              { value: 'level', label: g.kinds.level },
              { value: 'deliverable', label: g.kinds.deliverable },
            ]}
            onChange={setKind}
          />
        )}
        {kind === 'period' && (
          <>
            <div class="field">
              <label for="g-target">{f.target}</label>
              <input
                id="g-target"
                type="number"
                inputMode="numeric"
                min={1}
                value={target}
                onInput={(e) => setTarget(e.currentTarget.value)}
                {...err('target')}
              />
              {errText('target')}
            </div>
            <ChoiceGroup
              legend={f.measure}
              name="g-measure"
              value={measure}
              options={[
                { value: 'sessions', label: f.sessions },
                { value: 'minutes', label: f.minutes },
              ]}
              onChange={setMeasure}
            />
            <ChoiceGroup
              legend={f.period}
              name="g-period"
              value={period}
              options={[
                { value: 'week', label: f.week },
                { value: 'month', label: f.month },
              ]}
              onChange={setPeriod}
            />
            <RoleChecks legend={f.limitRoles} value={roleIds} onChange={setRoleIds} />
            <p class="note">{f.limitHint}</p>
            <SkillPicker value={skillIds} onChange={setSkillIds} />
          </>
        )}
        {kind === 'level' && (
          <>
            <div class="field">
              <label for="g-skill">{f.skill}</label>
              <select
                id="g-skill"
                value={skillId}
                onChange={(e) => setSkillId(e.currentTarget.value)}
                {...err('skill')}
              >
                <option value="" />
                {skills.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {errText('skill')}
            </div>
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
        )}
        {kind !== 'period' && (
          <div class="field">
            <label for="g-due">{f.due}</label>
            <input
              id="g-due"
              type="date"
              value={due}
              onInput={(e) => setDue(e.currentTarget.value)}
              {...err('due')}
            />
            {errText('due')}
          </div>
        )}
        <div class="field">
          <label for="g-title">
            {f.titleLabel} <span class="muted">({m.common.optional})</span>
          </label>
          <input
            id="g-title"
            type="text"
            value={title}
            placeholder={autoTitle()}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="g-start">{f.start}</label>
          <input
            id="g-start"
            type="date"
            value={start}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </div>
        {kind === 'period' && (
          <div class="field">
            <label for="g-end">
              {f.end} <span class="muted">({m.common.optional})</span>
            </label>
            <input
              id="g-end"
              type="date"
              value={end}
              min={start}
              onInput={(e) => setEnd(e.currentTarget.value)}
              {...err('end')}
            />
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
