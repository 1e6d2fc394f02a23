import { signal } from '@preact/signals';
import { activityById } from '../data/activities';
import { loadProgress } from '../data/sync/local';
import type { ConflictChoice, ConflictView, SyncBackend } from '../data/sync/service';
import { skillById, text } from '../domain/catalog/index';
import { isContentStamp } from '../domain/sync/hlc';
import { lang } from '../i18n/index';
import { catalog } from './catalog';
import { goals } from './goals';
import { reminders } from './reminders';
import { syncConflicts, syncNow } from './sync';
import { refreshAfterSync } from './sync-refresh';

// The conflicts list as Settings → Sync shows it: each with the record's name as the person
// knows it, and the device names (from the devices' own files) instead of their random ids.

export interface ConflictItem extends ConflictView {
  /** The record's name ("Webinar on moderation"), '' when it has none. */
  readonly name: string;
  /** The devices' names; null for this device; BEFORE_SYNC for a value from before sync. */
  readonly keptBy: ConflictSource;
  readonly otherBy: ConflictSource;
}

/** A side that no device made since sync: a record as it was before (see contentStampDevice). */
export const BEFORE_SYNC = Symbol('before sync');
export type ConflictSource = string | null | typeof BEFORE_SYNC;

export const conflictList = signal<readonly ConflictItem[]>([]);

async function recordName(store: string, id: string): Promise<string> {
  if (store === 'activities') return (await activityById(id))?.title ?? '';
  if (store === 'goals') return goals.value.find((g) => g.id === id)?.title ?? '';
  if (store === 'reminders') return reminders.value.find((r) => r.id === id)?.label ?? '';
  if (store === 'skillStates' || store === 'customSkills') {
    const skill = skillById(catalog.value, id);
    return skill ? text(skill.name, lang.value) : '';
  }
  return '';
}

export async function loadConflicts(backend: SyncBackend): Promise<void> {
  const [list, progress, me] = await Promise.all([
    backend.listConflicts(),
    loadProgress(),
    backend.changes.localDeviceId(),
  ]);
  // A device not heard from yet by name shows its id: still tells two devices apart.
  const who = (device: string): ConflictSource =>
    device === me
      ? null
      : isContentStamp(device)
        ? BEFORE_SYNC
        : (progress.names[device] ?? device);
  conflictList.value = await Promise.all(
    list.map(async (c) => ({
      ...c,
      name: await recordName(c.store, c.recordId),
      keptBy: who(c.kept.device),
      otherBy: who(c.other.device),
    })),
  );
  syncConflicts.value = list.length;
}

/** Keeps what the person chose; the choice is a change that the next round sends. */
export async function settleConflict(
  backend: SyncBackend,
  id: string,
  keep: ConflictChoice,
): Promise<void> {
  const conflict = conflictList.value.find((c) => c.id === id);
  await backend.resolveConflict(id, keep);
  await refreshAfterSync(conflict ? [conflict.store] : []);
  await loadConflicts(backend);
  void syncNow();
}
