import type { ComponentChild } from 'preact';
import { INPUT } from '../../../domain/limits';
import { messages } from '../../../i18n/index';
import type { Invalid } from '../../components/form-fields';
import type { FormValues } from './form-model';

/** The renewal reminder: on/off, days before the expiry and a time (only with an expiry date). */
export function RemindFields({
  v,
  set,
  invalid,
  error,
}: {
  v: FormValues;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  invalid: Invalid;
  error: ComponentChild;
}) {
  const f = messages().certifications.form;
  if (!v.expiresOn) return <p class="note">{f.needsExpiry}</p>;
  return (
    <fieldset>
      <legend class="visually-hidden">{f.remind}</legend>
      <label class="check-row" for="cert-remind">
        <input
          id="cert-remind"
          type="checkbox"
          checked={v.remind}
          onChange={(e) => set('remind', e.currentTarget.checked)}
        />
        <span>
          {f.remind}
          <span class="hint">{f.remindHint}</span>
        </span>
      </label>
      {v.remind && (
        <div>
          <div class="field">
            <label for="cert-before">{f.daysBefore}</label>
            <input
              id="cert-before"
              type="number"
              inputMode="numeric"
              min={INPUT.renewalDaysBefore.min}
              max={INPUT.renewalDaysBefore.max}
              value={v.daysBefore}
              onInput={(e) => set('daysBefore', e.currentTarget.value)}
              {...invalid}
            />
            {error}
          </div>
          <div class="field">
            <label for="cert-time">{f.time}</label>
            <input
              id="cert-time"
              type="time"
              required
              value={v.time}
              onInput={(e) => set('time', e.currentTarget.value)}
            />
          </div>
        </div>
      )}
    </fieldset>
  );
}
