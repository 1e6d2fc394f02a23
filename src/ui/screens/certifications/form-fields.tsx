import type { ComponentChild } from 'preact';
import { INPUT } from '../../../domain/limits';
import { messages } from '../../../i18n/index';
import { DateEcho } from '../../components/date-echo';
import type { fieldErrors } from '../../components/field-errors';
import { CharCount } from '../../components/limit-text';
import type { FormValues } from './form-model';

// The certification form's parts that repeat or stand on their own.

export type Invalid = ReturnType<ReturnType<typeof fieldErrors>['invalid']>;

/** A labelled one-line text field with its counter near the limit, error and hint. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  optional?: boolean;
  hint?: string;
  onInput: (value: string) => void;
  invalid: Invalid;
  error: ComponentChild;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {props.optional && <span class="muted"> ({messages().common.optional})</span>}
      </label>
      <input
        id={props.id}
        type="text"
        maxLength={props.max}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        {...(props.hint ? { 'aria-describedby': hintId } : {})}
        {...props.invalid}
      />
      <CharCount value={props.value} max={props.max} />
      {props.error}
      {props.hint && (
        <span id={hintId} class="hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}

/** An optional date with the day written out below it, its error and hint. */
export function DateField(props: {
  id: string;
  label: string;
  value: string;
  hint?: string;
  onInput: (value: string) => void;
  invalid: Invalid;
  error: ComponentChild;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>
        {props.label} <span class="muted">({messages().common.optional})</span>
      </label>
      <input
        id={props.id}
        type="date"
        min={INPUT.days.min}
        max={INPUT.days.max}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        {...(props.hint ? { 'aria-describedby': hintId } : {})}
        {...props.invalid}
      />
      <DateEcho day={props.value} />
      {props.error}
      {props.hint && (
        <span id={hintId} class="hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}

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
