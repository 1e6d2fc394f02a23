import type { ComponentChild, ComponentChildren, TargetedEvent } from 'preact';
import { INPUT, textProblem } from '../../domain/limits';
import { isWebLink } from '../../domain/links';
import { messages } from '../../i18n/index';
import { DateEcho } from './date-echo';
import { CharCount, limitText } from './limit-text';

// The labelled fields the forms share, so each is wired once: a label (with "optional"), a hint
// the input names in aria-describedby, and the error from fieldErrors() in its place (its
// aria-invalid is what useFocusFirstError() moves the focus to).

/** What fieldErrors(...).invalid(key) gives an input: aria-invalid and its error's id, or {}. */
export type Invalid = { readonly 'aria-invalid'?: 'true'; readonly 'aria-describedby'?: string };

const hintIdOf = (fieldId: string) => `${fieldId}-hint`;

/** What a field is told: its id, label, value and what to do with a new one, hint and error. */
interface FieldProps {
  id: string;
  label: string;
  value: string;
  optional?: boolean | undefined;
  hint?: string | undefined;
  onInput: (value: string) => void;
  invalid: Invalid;
  error: ComponentChild;
}

/** A field's frame: its label (with "optional"), the control, then the error and the hint. */
function Field(props: FieldProps & { children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {props.optional && <span class="muted"> ({messages().common.optional})</span>}
      </label>
      {props.children}
      {props.error}
      {props.hint && (
        <span id={hintIdOf(props.id)} class="hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}

/** The input's part of the wiring: id, value, input handler, hint, then the error's override. */
function inputProps(props: FieldProps) {
  return {
    id: props.id,
    value: props.value,
    onInput: (e: TargetedEvent<HTMLInputElement>) => props.onInput(e.currentTarget.value),
    ...(props.hint ? { 'aria-describedby': hintIdOf(props.id) } : {}),
    ...props.invalid,
  };
}

/** A labelled one-line text field with its counter near the limit, error and hint. */
export function TextField(props: FieldProps & { max: number }) {
  return (
    <Field {...props}>
      <input type="text" maxLength={props.max} {...inputProps(props)} />
      <CharCount value={props.value} max={props.max} />
    </Field>
  );
}

/** An optional date with the day written out below it, its error and hint. */
export function DateField(props: Omit<FieldProps, 'optional'>) {
  return (
    <Field {...props} optional>
      <input type="date" min={INPUT.days.min} max={INPUT.days.max} {...inputProps(props)} />
      <DateEcho day={props.value} />
    </Field>
  );
}

/**
 * A web address (the app keeps only http and https ones) with a hint saying so. An `error`
 * shown here takes the hint's place; a form that shows its error elsewhere passes `error` null
 * and that error's id in `invalid`, and the input names both the error and the hint.
 */
export function LinkField(props: FieldProps & { hint: string }) {
  const errorId = props.invalid['aria-describedby'];
  const hintId = hintIdOf(props.id);
  return (
    <Field {...props} hint={props.error ? undefined : props.hint}>
      <input
        type="url"
        inputMode="url"
        maxLength={INPUT.link}
        {...inputProps(props)}
        aria-describedby={props.error ? errorId : errorId ? `${errorId} ${hintId}` : hintId}
      />
    </Field>
  );
}

/**
 * Why a typed link cannot be saved, or null (an empty one is fine): `notWeb` is the form's own
 * words for an address that is not http(s); a too long one gets the usual limit message.
 */
export function linkProblem(value: string, notWeb: string): string | null {
  const link = value.trim();
  if (!link) return null;
  if (!isWebLink(link)) return notWeb;
  const long = textProblem(link, INPUT.link);
  return long ? limitText(long) : null;
}
