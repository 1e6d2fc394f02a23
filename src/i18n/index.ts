import { signal } from '@preact/signals';
import type { Locale } from 'date-fns';
import type { Lang } from '../domain/types';
import type { Messages } from './messages';

export type { Messages } from './messages';

/** The active language; the UI re-renders when it changes. */
export const lang = signal<Lang>('en');
const catalog = signal<Messages | null>(null);
let dateLocale: Locale | undefined;

/** The active catalog. Only valid after loadLanguage() resolved (boot awaits it). */
export function messages(): Messages {
  const value = catalog.value;
  if (!value) throw new Error('messages() called before loadLanguage()');
  return value;
}

export function currentDateLocale(): Locale | undefined {
  return dateLocale;
}

/** The first of the browser's languages we speak, else English. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'it' || primary === 'en') return primary;
  }
  return 'en';
}

// Each language (strings + date-fns locale) is one lazy chunk: a user downloads one, in one
// request (one dynamic import, so the chunk needs no namespace helper either).
const loaders: Record<Lang, () => Promise<[Messages, Locale]>> = {
  en: () => import('./en/index').then((m) => [m.en as Messages, m.dateLocale]),
  it: () => import('./it/index').then((m) => [m.it, m.dateLocale]),
};

/** Loads a language and makes it current; `<html lang>` follows. */
export async function loadLanguage(next: Lang): Promise<void> {
  const [loaded, locale] = await loaders[next]();
  dateLocale = locale;
  catalog.value = loaded;
  lang.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}
