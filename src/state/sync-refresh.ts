import { loadSettings } from '../data/settings';
import type { Settings } from '../domain/types';
import { isWholeCatalog, lang, loadLanguage, loadWelcomeLanguage } from '../i18n/index';
import { BOOT_HINT_KEYS } from './boot-hints';
import { invalidateCatalogState, loadCatalogState } from './catalog';
import { invalidateCertifications, loadCertifications } from './certifications';
import { invalidateGoals, loadGoals } from './goals';
import { forgetRecentWindow, logVersion } from './log';
import { invalidateReminders, loadReminders } from './reminders';
import { settings } from './settings';
import { invalidateAssessments } from './skills';

// After other devices' changes were applied (data/sync/apply.ts names the stores that changed),
// the models that hold those records read them again, as after a restore, but in place: no
// reload, and only what changed. The log's screens re-read their window when logVersion moves.

/** Re-reads the models of `stores` (the `stores` of applyRemoteChanges' result). */
export async function refreshAfterSync(stores: readonly string[]): Promise<void> {
  const changed = new Set(stores);
  const work: Promise<unknown>[] = [];
  if (changed.has('activities')) {
    forgetRecentWindow();
    logVersion.value++;
  }
  if (changed.has('assessments')) invalidateAssessments();
  if (['skillStates', 'customSkills', 'customRoles'].some((s) => changed.has(s))) {
    invalidateCatalogState();
    work.push(loadCatalogState());
  }
  if (changed.has('goals') || changed.has('reminders')) {
    invalidateGoals();
    invalidateReminders();
    work.push(loadGoals(), loadReminders());
  }
  if (changed.has('certifications')) {
    invalidateCertifications();
    work.push(loadCertifications());
  }
  // This device's own settings (theme and the like) are in the record too: never changed here.
  if (changed.has('settings')) work.push(loadSettings().then(showSyncedSettings));
  await Promise.all(work);
}

/**
 * Settings another device changed, on screen at once: a new language too (its words load
 * lazily, as when it is tapped in Settings). Words that cannot be fetched now leave the screen
 * as it was: the language is stored, so the next start shows it.
 */
async function showSyncedSettings(next: Settings): Promise<void> {
  settings.value = next;
  // The next start's boot script reads these before IndexedDB (see state/settings.ts keep()).
  mirror(BOOT_HINT_KEYS.onboarded, next.onboarded ? '1' : '0');
  if (!next.lang || next.lang === lang.value) return;
  mirror(BOOT_HINT_KEYS.lang, next.lang);
  try {
    await (isWholeCatalog() ? loadLanguage(next.lang) : loadWelcomeLanguage(next.lang));
  } catch (error) {
    console.warn('the language chosen on another device shows at the next start', error);
  }
}

function mirror(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage disabled: hints are optional.
  }
}
