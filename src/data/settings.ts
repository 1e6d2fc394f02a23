import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import { db, now } from './db';

const KEY = 'app';

/** The user's preferences, with defaults for anything never saved. */
export async function loadSettings(): Promise<Settings> {
  const stored = await (await db()).get('settings', KEY);
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Saves a change to the preferences and returns the whole new record. */
export async function updateSettings(
  patch: Partial<Omit<Settings, 'updatedAt'>>,
): Promise<Settings> {
  const database = await db();
  const tx = database.transaction('settings', 'readwrite');
  const current = { ...DEFAULT_SETTINGS, ...(await tx.store.get(KEY)) };
  const next: Settings = { ...current, ...patch, updatedAt: now() };
  await tx.store.put(next, KEY);
  await tx.done;
  return next;
}
