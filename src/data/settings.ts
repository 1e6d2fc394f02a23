import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import { db, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration } from './generation';

const KEY = 'app';

/** The user's preferences, with defaults for anything never saved. */
export async function loadSettings(): Promise<Settings> {
  const stored = await (await db()).get('settings', KEY);
  return { ...DEFAULT_SETTINGS, ...stored };
}

type SettingsPatch = Partial<Omit<Settings, 'updatedAt'>>;

/**
 * Saves a change to the preferences and returns the whole new record. Only the named fields
 * change, on the record as stored now; a patch that depends on a field (add one followed role)
 * is a function of the stored record, so it never writes back what another tab has replaced.
 */
export async function updateSettings(
  patch: SettingsPatch | ((current: Settings) => SettingsPatch),
): Promise<Settings> {
  return withStorageErrors(async () => {
    // Loaded on the first save, not at first paint (this module is in the first load).
    const { CHANGE_STORES, commitWrites, writeRecords } = await import('./sync/record-change');
    const tx = (await db()).transaction(['settings', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('settings');
    const [, stored] = await Promise.all([checkGeneration(tx), store.get(KEY)]);
    const current = { ...DEFAULT_SETTINGS, ...stored };
    const change = typeof patch === 'function' ? patch(current) : patch;
    const next: Settings = { ...current, ...change, updatedAt: now() };
    // A default never saved is what the record held: filling it in is no change to send.
    const write = { store: 'settings', before: stored && current, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], next.updatedAt));
    return next;
  });
}
