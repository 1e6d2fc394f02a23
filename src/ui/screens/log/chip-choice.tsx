import type { ComponentChild } from 'preact';
import { DateEcho } from '../../components/date-echo';

/** A free entry beside the chips, for what they do not offer (90 minutes, last Tuesday). */
export interface OtherEntry {
  id: string;
  label: string;
  type: 'number' | 'date';
  min?: number | string;
  max?: number | string;
}

/**
 * One question of the log form as a row of radio chips, one tap each, plus an optional free
 * entry that shares the same value. `invalid` (from fieldErrors) marks the free entry when there
 * is one, else the whole group; `error` is the message shown under it.
 */
export function ChipChoice({
  legend,
  name,
  value,
  chips,
  onChange,
  other,
  invalid = {},
  error,
}: {
  legend: string;
  name: string;
  value: string;
  chips: readonly { value: string; label: string }[];
  onChange: (next: string) => void;
  other?: OtherEntry;
  invalid?: { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  error?: ComponentChild;
}) {
  return (
    <fieldset class="chip-group" {...(other ? {} : invalid)}>
      <legend>{legend}</legend>
      <div class="chip-group__options">
        {chips.map((chip) => (
          <label key={chip.value} class="chip-radio">
            <input
              type="radio"
              name={name}
              value={chip.value}
              checked={value === chip.value}
              onChange={() => onChange(chip.value)}
            />
            <span>{chip.label}</span>
          </label>
        ))}
        {other && (
          <span class="field field--inline">
            <label for={other.id}>{other.label}</label>
            <input
              id={other.id}
              type={other.type}
              inputMode={other.type === 'number' ? 'numeric' : undefined}
              min={other.min}
              max={other.max}
              value={value}
              onInput={(e) => onChange(e.currentTarget.value)}
              {...invalid}
            />
            {other.type === 'date' && <DateEcho day={value} />}
          </span>
        )}
      </div>
      {error}
    </fieldset>
  );
}
