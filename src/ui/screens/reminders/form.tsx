import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { INPUT, numberProblem, textProblem } from '../../../domain/limits';
import type { Goal, IsoWeekday, Reminder } from '../../../domain/types';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles } from '../../../state/catalog';
import { userMessageFor } from '../../../state/errors';
import { activeGoals } from '../../../state/goals';
import { type ReminderInput, reminders, submitReminder } from '../../../state/reminders';
import { weekStartsOn } from '../../../state/settings';
import { showToast } from '../../../state/toast';
import { ChoiceGroup } from '../../components/choice-group';
import { fieldErrors } from '../../components/field-errors';
import { useFocusFirstError } from '../../components/focus-first-error';
import { limitText } from '../../components/limit-text';
import { Screen } from '../../components/screen';
import { skillOptions } from '../../components/skill-groups';
import { weekdayName, weekdaysInOrder } from './describe';
import { defaultsOf } from './form-model';

type Kind = Reminder['kind'];
type Errors = Partial<Record<'days' | 'goal' | 'label' | 'daysBefore', string>>;

/** Create or edit a rule: weekly, N days before a goal's deadline, or "goal at risk". */
export function ReminderForm({ id }: { id?: string }) {
  const m = messages();
  const r = m.reminders;
  const f = r.form;
  const { route } = useLocation();
  const existing = id ? reminders.value.find((x) => x.id === id) : undefined;
  const [v, setV] = useState(() => defaultsOf(existing));
  const [errors, setErrors] = useState<Errors>({});
  const { form, focusAfter } = useFocusFirstError(errors);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));
  const skills = useMemo(
    () => skillOptions(catalog.value, followedRoles.value, lang.value),
    [catalog.value, followedRoles.value, lang.value],
  );
  const goalChoices = activeGoals.value.filter((g: Goal) =>
    v.kind === 'deadline' ? g.kind !== 'period' : v.kind === 'atRisk' ? g.kind === 'period' : true,
  );
  const title = id ? r.editTitle : r.newTitle;
  const back = { href: '/reminders', label: m.common.back };

  if (id && !existing) {
    return (
      <Screen title={title} back={back}>
        <p>{f.notFound}</p>
      </Screen>
    );
  }

  // A renewal reminder is set on its certification's form, next to the expiry it counts from.
  if (existing?.kind === 'renewal') {
    return (
      <Screen title={title} back={back}>
        <a href={`/progress/certifications/${encodeURIComponent(existing.certificationId)}`}>
          {m.certifications.form.editTitle}
        </a>
      </Screen>
    );
  }

  function toInput(): ReminderInput | null {
    const next: Errors = {};
    if (v.kind === 'weekly' && v.days.length === 0) next.days = f.noDays;
    if (v.kind !== 'weekly' && !goalChoices.some((g) => g.id === v.goalId)) {
      next.goal = f.noGoalPicked;
    }
    const long = textProblem(v.label.trim(), INPUT.label);
    if (long) next.label = limitText(long);
    const before = numberProblem(Number(v.daysBefore || 0), INPUT.daysBefore);
    if (v.kind === 'deadline' && before) next.daysBefore = limitText(before);
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusAfter(next);
      return null;
    }
    const base = { enabled: existing?.enabled ?? true, label: v.label, time: v.time || '18:30' };
    if (v.kind === 'weekly') {
      return {
        ...base,
        kind: 'weekly',
        days: [...v.days].sort(),
        ...(v.goalId ? { goalId: v.goalId } : {}),
        ...(v.skillId ? { skillId: v.skillId } : {}),
      };
    }
    if (v.kind === 'deadline') {
      const daysBefore = Math.max(0, Math.floor(Number(v.daysBefore) || 0));
      return { ...base, kind: 'deadline', goalId: v.goalId, daysBefore };
    }
    return { ...base, kind: 'atRisk', goalId: v.goalId, weekday: v.weekday };
  }

  async function onSubmit(e: Event) {
    e.preventDefault();
    const input = toInput();
    if (!input) return;
    try {
      await submitReminder(input, id, existing?.updatedAt);
      showToast({ message: r.saved });
      route('/reminders');
    } catch (error) {
      showToast({ message: userMessageFor(error), tone: 'error' });
    }
  }

  const { invalid, message: errText } = fieldErrors(errors, 'r');
  const noGoals = v.kind === 'deadline' ? f.noDeadlineGoals : f.noPeriodGoals;

  return (
    <Screen title={title} back={back}>
      <form ref={form} class="card reminder-form" onSubmit={onSubmit} noValidate>
        {!existing && (
          <ChoiceGroup
            legend={r.kinds.legend}
            name="r-kind"
            value={v.kind}
            options={[
              { value: 'weekly', label: r.kinds.weekly },
              { value: 'deadline', label: r.kinds.deadline },
              { value: 'atRisk', label: r.kinds.atRisk },
            ]}
            onChange={(k: Kind) => set('kind', k)}
          />
        )}
        <div class="field">
          <label for="r-label">
            {f.label} <span class="muted">({m.common.optional})</span>
          </label>
          <input
            id="r-label"
            type="text"
            maxLength={INPUT.label}
            value={v.label}
            aria-describedby="r-label-hint"
            onInput={(e) => set('label', e.currentTarget.value)}
            {...invalid('label')}
          />
          {errText('label')}
          <span id="r-label-hint" class="hint">
            {f.labelHint}
          </span>
        </div>
        {v.kind === 'weekly' && (
          <fieldset class="reminder-days" {...invalid('days')}>
            <legend>{f.days}</legend>
            <div class="reminder-days__chips">
              {weekdaysInOrder(weekStartsOn.value).map((day) => (
                <label key={day} class="reminder-chip">
                  <input
                    type="checkbox"
                    checked={v.days.includes(day)}
                    onChange={() =>
                      set(
                        'days',
                        v.days.includes(day) ? v.days.filter((d) => d !== day) : [...v.days, day],
                      )
                    }
                  />
                  <span aria-hidden="true">{weekdayName(day)}</span>
                  <span class="visually-hidden">{weekdayName(day, 'long')}</span>
                </label>
              ))}
            </div>
            {errText('days')}
          </fieldset>
        )}
        {v.kind !== 'weekly' && goalChoices.length === 0 && (
          <p class="note">
            {noGoals} {errText('goal')}
          </p>
        )}
        {(v.kind === 'weekly' || goalChoices.length > 0) && (
          <div class="field">
            <label for="r-goal">{v.kind === 'weekly' ? f.goalOptional : f.goal}</label>
            <select
              id="r-goal"
              value={v.goalId}
              onChange={(e) => set('goalId', e.currentTarget.value)}
              {...invalid('goal')}
            >
              <option value="">{v.kind === 'weekly' ? f.noGoal : ''}</option>
              {goalChoices.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </select>
            {errText('goal') || (v.kind === 'weekly' && <span class="hint">{f.goalHint}</span>)}
          </div>
        )}
        {v.kind === 'weekly' && (
          <div class="field">
            <label for="r-skill">{f.skill}</label>
            <select
              id="r-skill"
              value={v.skillId}
              onChange={(e) => set('skillId', e.currentTarget.value)}
            >
              <option value="">{f.noSkill}</option>
              {skills.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {v.kind === 'deadline' && (
          <div class="field">
            <label for="r-before">{f.daysBefore}</label>
            <input
              id="r-before"
              type="number"
              inputMode="numeric"
              min={INPUT.daysBefore.min}
              max={INPUT.daysBefore.max}
              value={v.daysBefore}
              onInput={(e) => set('daysBefore', e.currentTarget.value)}
              {...invalid('daysBefore')}
            />
            {errText('daysBefore')}
          </div>
        )}
        {v.kind === 'atRisk' && (
          <div class="field">
            <label for="r-weekday">{f.weekday}</label>
            <select
              id="r-weekday"
              value={String(v.weekday)}
              onChange={(e) => set('weekday', Number(e.currentTarget.value) as IsoWeekday)}
            >
              {weekdaysInOrder(weekStartsOn.value).map((d) => (
                <option key={d} value={String(d)}>
                  {weekdayName(d, 'long')}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="r-time">{f.time}</label>
          <input
            id="r-time"
            type="time"
            required
            value={v.time}
            onInput={(e) => set('time', e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="btn btn--block">
          {f.save}
        </button>
      </form>
    </Screen>
  );
}
