import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import { db, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration } from './generation';
import type { SettingsPatch } from './settings';
import { CHANGE_STORES, commitWrites, writeRecords } from './sync/record-change';

// The settings write, apart from data/settings.ts (which is in the first load): loaded on the
// first save, with the change hook it needs.

export function writeSettings(
  patch: SettingsPatch | ((current: Settings) => SettingsPatch),
): Promise<Settings> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['settings', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('settings');
    const [, stored] = await Promise.all([checkGeneration(tx), store.get('app')]);
    const current = { ...DEFAULT_SETTINGS, ...stored };
    const change = typeof patch === 'function' ? patch(current) : patch;
    const next: Settings = { ...current, ...change, updatedAt: now() };
    // A default never saved is what the record held: filling it in is no change to send.
    const write = { store: 'settings', before: stored && current, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], next.updatedAt));
    return next;
  });
}
