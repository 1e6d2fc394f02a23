import { loadSettings } from '../data/settings';
import type { Settings } from '../domain/types';
import { lang, pickLanguage } from '../i18n/index';
import { invalidateCatalogState, loadCatalogState } from './catalog';
import { invalidateCertifications, loadCertifications } from './certifications';
import { invalidateGoals, loadGoals } from './goals';
import { forgetRecentWindow, logVersion } from './log';
import { invalidateReminders, loadReminders } from './reminders';
import { initSettings, settings } from './settings';
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
 * Settings another device changed, on screen at once. A new language too: read and shown as at
 * a start (initSettings: its words load lazily, the boot hints follow), with no reload. Words
 * that cannot be fetched now leave the screen as it was: the language is stored, so the next
 * start shows it.
 */
async function showSyncedSettings(next: Settings): Promise<void> {
  settings.value = next;
  if (!next.lang || next.lang === lang.value) return;
  try {
    await initSettings([next.lang], pickLanguage);
  } catch (error) {
    console.warn('the language chosen on another device shows at the next start', error);
  }
}
