// The words for a value past a limit (domain/limits.ts), and a quiet counter that shows up
// only near the limit, so a long title is cut short by the user, never silently by the app.
import type { LimitProblem } from '../../domain/limits';
import { fmt, formatDay, formatNumber } from '../../i18n/format';
import { messages } from '../../i18n/index';

export function limitText(problem: LimitProblem, what: 'text' | 'step' = 'text'): string {
  const m = messages().limits;
  switch (problem.kind) {
    case 'too-long':
      return fmt(what === 'step' ? m.stepTooLong : m.tooLong, {
        max: formatNumber(problem.max),
        n: formatNumber(problem.length),
      });
    case 'too-many':
      return fmt(m.tooMany, { max: formatNumber(problem.max), n: formatNumber(problem.count) });
    case 'out-of-range':
      return fmt(m.outOfRange, { min: formatNumber(problem.min), max: formatNumber(problem.max) });
    case 'day-out-of-range':
      return fmt(m.dayOutOfRange, { min: formatDay(problem.min), max: formatDay(problem.max) });
  }
}

/** "180 of 200 characters", from 80% of the limit on; nothing before. */
export function CharCount({ value, max, id }: { value: string; max: number; id?: string }) {
  if (value.length < max * 0.8) return null;
  return (
    <span id={id} class={value.length > max ? 'hint error' : 'hint'} aria-live="polite">
      {fmt(messages().limits.counter, {
        n: formatNumber(value.length),
        max: formatNumber(max),
      })}
    </span>
  );
}
