import { targetRange } from '../../../domain/limits';
import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';

export type Measure = 'sessions' | 'minutes';
export type Period = 'week' | 'month';

/**
 * A period goal's target as one sentence: "[2] [sessions] every [week]". Each control keeps a
 * label of its own for screen readers; the sentence around them is the group's meaning.
 */
export function TargetSentence({
  target,
  measure,
  period,
  onTarget,
  onMeasure,
  onPeriod,
  invalid,
  error,
}: {
  target: string;
  measure: Measure;
  period: Period;
  onTarget: (next: string) => void;
  onMeasure: (next: Measure) => void;
  onPeriod: (next: Period) => void;
  invalid: { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  error: preact.ComponentChild;
}) {
  const f = messages().goals.form;
  // The unit agrees with the number typed ("1 session", "2 sessions").
  const n = Number(target);
  const count = Number.isFinite(n) && n > 0 ? n : 2;
  return (
    <fieldset class="goal-sentence">
      <legend>{f.target}</legend>
      <div class="goal-sentence__row">
        <label class="visually-hidden" for="g-target">
          {f.amount}
        </label>
        <input
          id="g-target"
          style={{ maxWidth: '6rem' }}
          type="number"
          inputMode="numeric"
          min={targetRange(measure).min}
          max={targetRange(measure).max}
          value={target}
          onInput={(e) => onTarget(e.currentTarget.value)}
          {...invalid}
        />
        <label class="visually-hidden" for="g-measure">
          {f.measure}
        </label>
        <select
          id="g-measure"
          value={measure}
          onChange={(e) => onMeasure(e.currentTarget.value as Measure)}
        >
          <option value="sessions">{plural(f.sessionUnit, count)}</option>
          <option value="minutes">{plural(f.minuteUnit, count)}</option>
        </select>
        <span aria-hidden="true">{f.every}</span>
        <label class="visually-hidden" for="g-period">
          {f.period}
        </label>
        <select
          id="g-period"
          value={period}
          onChange={(e) => onPeriod(e.currentTarget.value as Period)}
        >
          <option value="week">{f.week}</option>
          <option value="month">{f.month}</option>
        </select>
      </div>
      {error}
    </fieldset>
  );
}
