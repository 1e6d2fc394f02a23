import { format, parseISO } from 'date-fns';
import type { DayKey } from '../domain/types';
// fmt lives in ./fmt (no date-fns) so the app shell can use it without date-fns' format.
import { fmt } from './fmt';
import { currentDateLocale, lang } from './index';
import type { Plural } from './types';

export { fmt };

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for n in the current language and fills `{n}`. */
export function plural(message: Plural, n: number, vars: Record<string, string | number> = {}) {
  let rules = pluralRules.get(lang.value);
  if (!rules) {
    rules = new Intl.PluralRules(lang.value);
    pluralRules.set(lang.value, rules);
  }
  const category = rules.select(n);
  const form =
    category === 'one'
      ? message.one
      : category === 'many'
        ? (message.many ?? message.other)
        : message.other;
  return fmt(form, { n: formatNumber(n), ...vars });
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang.value, options).format(n);
}

/** Formats a local day key with a date-fns pattern in the current language. */
export function formatDay(day: DayKey, pattern = 'PP'): string {
  const locale = currentDateLocale();
  return format(parseISO(day), pattern, locale ? { locale } : undefined);
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return formatNumber(value, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  });
}
