import { signal } from '@preact/signals';
import type { Locale } from 'date-fns';
import type { Lang } from '../domain/types';
import type { FirstMessages, Messages } from './messages';

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
// request (one dynamic import, so the chunk needs no namespace helper either). Its first part
// (common, shell, welcome) is a chunk of its own: a first visit loads only that before Welcome
// works, and the rest once Welcome is usable (see README, Performance).
const loaders: Record<Lang, () => Promise<[Messages, Locale]>> = {
  en: () => import('./en/index').then((m) => [m.en as Messages, m.dateLocale]),
  it: () => import('./it/index').then((m) => [m.it, m.dateLocale]),
};
const firstLoaders: Record<Lang, () => Promise<FirstMessages>> = {
  en: () => import('./en/first').then((m) => m.enFirst),
  it: () => import('./it/first').then((m) => m.itFirst),
};

/** Whether the catalog holds the whole language, not only its first part. */
let whole = false;
/** The language last asked for: a slower, older load never overwrites a newer choice. */
let wanted: Lang | null = null;
let chosen: () => void = () => {};
const languageChosen = new Promise<void>((resolve) => {
  chosen = resolve;
});

function show(next: Lang, loaded: Messages, isWhole: boolean, locale?: Locale) {
  if (wanted !== next) return;
  if (locale) dateLocale = locale;
  whole = isWhole;
  catalog.value = loaded;
  lang.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  chosen();
}

/** Loads a language, whole, and makes it current; `<html lang>` follows. */
export async function loadLanguage(next: Lang): Promise<void> {
  wanted = next;
  const [loaded, locale] = await loaders[next]();
  show(next, loaded, true, locale);
}

/**
 * Loads only what Welcome needs of a language (the language's whole catalog if it is already
 * here). Until the rest arrives, reading another section of messages() throws, with a message
 * that says so: the app shows no other screen before fullCatalog() resolved (ui/app.tsx).
 */
export async function loadWelcomeLanguage(next: Lang): Promise<void> {
  if (whole) return loadLanguage(next);
  wanted = next;
  show(next, firstPartOnly(await firstLoaders[next]()), false);
}

/** Whether the whole catalog of the current language is loaded. */
export function isWholeCatalog(): boolean {
  return whole;
}

/** Resolves once the current language is loaded whole (loading the rest if needed). */
export async function fullCatalog(): Promise<void> {
  await languageChosen;
  while (!whole) await loadLanguage(wanted ?? lang.value);
}

function firstPartOnly(first: FirstMessages): Messages {
  return new Proxy(first, {
    get(target, key) {
      if (typeof key !== 'string' || key in target || key === 'then' || key === 'toJSON') {
        return Reflect.get(target, key);
      }
      throw new Error(`messages().${key} read before the whole language loaded (fullCatalog)`);
    },
  }) as unknown as Messages;
}
