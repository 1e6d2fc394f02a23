import { computed, signal } from '@preact/signals';
import { loadSettings, preloadSettingsWrite, updateSettings } from '../data/settings';
import { requestPersistence } from '../data/storage';
import { CONTENT_CHANGES } from '../domain/catalog/changes';
import { DEFAULT_SETTINGS, type Lang, type Settings, type ThemeChoice } from '../domain/types';
import { isWholeCatalog, lang, loadLanguage, loadWelcomeLanguage } from '../i18n/index';
import { BOOT_HINT_KEYS } from './boot-hints';
import { userMessageFor } from './errors';
import { showToast } from './toast';

export { preloadSettingsWrite };

/** The user's preferences, as loaded from the device. */
export const settings = signal<Settings>(DEFAULT_SETTINGS);

/** 1 = Monday, 0 = Sunday: the user's choice, else the language's habit (Monday in Italy). */
export const weekStartsOn = computed<0 | 1 | 6>(() => {
  const chosen = settings.value.weekStartsOn;
  if (chosen !== null) return chosen;
  return lang.value === 'it' ? 1 : 0;
});

const { theme: THEME_MIRROR, onboarded: ONBOARDED_HINT, lang: LANG_HINT } = BOOT_HINT_KEYS;

function mirror(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage disabled: hints are optional.
  }
}

/** Whether a boot hint is '1' (storage disabled: no). */
export function hintSet(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Whether the last start had finished onboarding (to prefetch Today rather than Welcome). */
export const onboardedHint = () => hintSet(ONBOARDED_HINT);

/** Applies a theme to the page; 'system' follows prefers-color-scheme through CSS. */
export function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Every settings change goes through here: the signal, and the hints the next start's boot
 * script reads before IndexedDB is open (colours, language, Welcome or Today).
 */
function keep(next: Settings): void {
  settings.value = next;
  mirror(THEME_MIRROR, next.theme);
  mirror(ONBOARDED_HINT, next.onboarded ? '1' : '0');
  if (next.lang) mirror(LANG_HINT, next.lang);
}

/**
 * Reads the settings and loads the language. `welcomeOnly` says, from the settings, whether
 * the first screen is Welcome: then only Welcome's part of the language is loaded now (a first
 * visit stays small), and the rest once Welcome is usable (main.tsx).
 */
export async function initSettings(
  preferred: readonly string[],
  pick: (l: readonly string[]) => Lang,
  welcomeOnly: (s: Settings) => boolean = () => false,
) {
  // Skills renamed by a content update are moved in the data before any screen reads it. Loaded
  // apart (it needs the catalog's version, which the first screen fetches anyway) and run beside
  // the settings read: when the data is current it costs one meta read. A failure (full disk)
  // does not stop the app: nothing was written, and the next start tries again.
  // While no update has renamed a skill there is nothing to move: skip even the download.
  const upgrade = CONTENT_CHANGES.some((c) => Object.keys(c.renamedSkills ?? {}).length > 0)
    ? import('../data/content-upgrade')
        .then((m) => m.upgradeStoredContent())
        .catch((error: unknown) => console.warn('content upgrade postponed', error))
    : Promise.resolve();
  const [loaded] = await Promise.all([loadSettings(), upgrade]);
  keep(loaded);
  applyTheme(loaded.theme);
  const chosen = loaded.lang ?? pick(preferred);
  await (welcomeOnly(loaded) ? loadWelcomeLanguage(chosen) : loadLanguage(chosen));
}

/**
 * Switches the language at once and saves it. A refused save (full disk, another tab) switches
 * back and says why: the screen never shows a choice that the next start would not have.
 */
export async function setLanguage(next: Lang): Promise<boolean> {
  const before = lang.value;
  // Welcome has only its part of the language: a switch there loads the other's part only.
  const load = (l: Lang) => (isWholeCatalog() ? loadLanguage(l) : loadWelcomeLanguage(l));
  // Saved beside the download of its words, not after it: a reload right after the tap keeps it.
  const saving = changeSettings({ lang: next }, true);
  try {
    await Promise.all([load(next), saving]);
    return true;
  } catch (error) {
    // Words that could not be fetched: the language stored goes back to the one shown.
    await saving.then(() => changeSettings({ lang: before })).catch(() => {});
    await load(before);
    showToast({ message: userMessageFor(error), tone: 'error' });
    return false;
  }
}

/** Applies the theme at once and saves it; a refused save puts the stored theme back. */
export async function setTheme(next: ThemeChoice): Promise<boolean> {
  applyTheme(next);
  try {
    await changeSettings({ theme: next }, true);
    return true;
  } catch (error) {
    applyTheme(settings.value.theme);
    showToast({ message: userMessageFor(error), tone: 'error' });
    return false;
  }
}

/**
 * Saves a change to the preferences. `atOnce`: the controls show it before the disk has (a radio
 * tapped must not spring back while the write runs). When the save is refused, the signal goes
 * back to the values as stored (a new object, so controls the user already flipped re-render as
 * stored), and the error goes to the caller.
 */
export async function changeSettings(
  patch: Parameters<typeof updateSettings>[0],
  atOnce = false,
): Promise<void> {
  const stored = settings.value;
  if (atOnce && typeof patch === 'object') settings.value = { ...stored, ...patch };
  try {
    keep(await updateSettings(patch));
  } catch (error) {
    settings.value = { ...stored };
    throw error;
  }
}

/** Call after any user record is saved: the first one is when we ask to keep the data. */
export async function noteRecordSaved(): Promise<void> {
  if (settings.value.persistAsked) return;
  keep(await updateSettings({ persistAsked: true }));
  await requestPersistence();
}
