import { formatDay } from '../../i18n/format';

/**
 * The day a date field holds, written out in the app's language ("Tuesday 1 December 2026").
 * The native field shows the browser's own format (12/01/2026 in an American browser, a day
 * an Italian reads as 12 January): this line says which day it is, unambiguously.
 */
export function DateEcho({ day }: { day: string }) {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) return null;
  return <span class="hint date-echo">{formatDay(day, 'EEEE d MMMM yyyy')}</span>;
}
