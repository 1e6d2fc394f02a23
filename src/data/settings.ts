import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import { db } from './db';
import { checkGeneration } from './generation';

const KEY = 'app';

/** The user's preferences, with defaults for anything never saved. */
export async function loadSettings(): Promise<Settings> {
  const stored = await (await db()).get('settings', KEY);
  return { ...DEFAULT_SETTINGS, ...stored };
}

export type SettingsPatch = Partial<Omit<Settings, 'updatedAt'>>;

/**
 * Saves a change to the preferences and returns the whole new record. Only the named fields
 * change, on the record as stored now; a patch that depends on a field (add one followed role)
 * is a function of the stored record, so it never writes back what another tab has replaced.
 */
export async function updateSettings(
  patch: SettingsPatch | ((current: Settings) => SettingsPatch),
): Promise<Settings> {
  // The write and the change hook are loaded on the first save, not at first paint.
  return (await import('./sync/hook')).writeSettings(patch, db, checkGeneration);
}

/**
 * Fetches the settings write ahead of the first save (main.tsx, once the first screen works): a
 * choice made and the page reloaded at once must not wait for a download that the reload cancels.
 */
export function preloadSettingsWrite(): Promise<unknown> {
  return import('./sync/hook');
}
