import type { CustomResource, DayKey, ResourceMark } from '../domain/types';
import { db, newId, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, type RecordWrite, writeRecords } from './sync/hook';

// Where to learn, the user's side: resources they added to a skill (customResources) and their
// marks on any resource, built-in or their own (resourceMarks, keyed by the resource's id:
// saved "to learn", done on a day). Both stores are small, so screens read them whole.

/** What the "Add your own resource" form hands over. */
export type CustomResourceInput = Omit<CustomResource, 'id' | 'createdAt' | 'updatedAt'>;

/** Saves a resource the user added to a skill and returns it with its id and stamps. */
export async function addCustomResource(input: CustomResourceInput): Promise<CustomResource> {
  return withStorageErrors(async () => {
    const at = now();
    const resource: CustomResource = { ...clean(input), id: newId(), createdAt: at, updatedAt: at };
    await assertStorable('customResources', resource);
    const tx = (await db()).transaction(['customResources', ...CHANGE_STORES], 'readwrite');
    await checkGeneration(tx);
    // The record, its clocks and its outgoing change: one transaction (see sync/hook).
    const write = { store: 'customResources', before: undefined, after: resource } as const;
    await commitWrites(tx, writeRecords(tx, [write], at));
    return resource;
  });
}

/** What a delete removed, so "Undo" can put it back exactly. */
export interface RemovedResource {
  readonly resource: CustomResource;
  readonly mark: ResourceMark | null;
}

/** Deletes one of the user's resources and its mark, together; null if it was already gone. */
export async function deleteCustomResource(id: string): Promise<RemovedResource | null> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(
      ['customResources', 'resourceMarks', ...CHANGE_STORES],
      'readwrite',
    );
    const [resources, marks] = [tx.objectStore('customResources'), tx.objectStore('resourceMarks')];
    const [, resource, mark] = await Promise.all([
      checkGeneration(tx),
      resources.get(id),
      marks.get(id),
    ]);
    const writes: RecordWrite[] = [
      { store: 'customResources', before: resource, after: undefined },
      { store: 'resourceMarks', before: mark, after: undefined },
    ];
    await commitWrites(tx, ...(resource ? [writeRecords(tx, writes, now())] : []));
    return resource ? { resource, mark: mark ?? null } : null;
  });
}

/** Puts back a deleted resource and its mark exactly as they were (undo). */
export async function restoreCustomResource(removed: RemovedResource): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction(
      ['customResources', 'resourceMarks', ...CHANGE_STORES],
      'readwrite',
    );
    const [, resource, mark] = await Promise.all([
      checkGeneration(tx),
      tx.objectStore('customResources').get(removed.resource.id),
      removed.mark ? tx.objectStore('resourceMarks').get(removed.mark.id) : undefined,
    ]);
    const writes: RecordWrite[] = [
      { store: 'customResources', before: resource, after: removed.resource },
      ...(removed.mark
        ? [{ store: 'resourceMarks', before: mark, after: removed.mark } as const]
        : []),
    ];
    await commitWrites(tx, writeRecords(tx, writes, now()));
  });
}

/** The user's resources for one skill, oldest first (the order they were added in). */
export async function customResourcesForSkill(skillId: string): Promise<CustomResource[]> {
  const list = await (await db()).getAllFromIndex('customResources', 'bySkill', skillId);
  return list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export async function allCustomResources(): Promise<CustomResource[]> {
  return (await db()).getAll('customResources');
}

export async function allResourceMarks(): Promise<ResourceMark[]> {
  return (await db()).getAll('resourceMarks');
}

/** A change of mark: save to (or take off) the "to learn" list, mark done on a day or undone. */
export interface MarkChange {
  readonly toLearn?: boolean;
  /** A day marks it done; null takes the mark "done" away. */
  readonly doneOn?: DayKey | null;
}

/**
 * Applies a change to the mark of resource `id` (any resource id: built-in or the user's own)
 * and returns the mark as stored, or null when nothing is left to keep (neither saved nor done:
 * the record is deleted, so no empty marks pile up). Read and write in one transaction, so two
 * quick taps never lose one another's change.
 */
export async function changeResourceMark(
  id: string,
  change: MarkChange,
): Promise<ResourceMark | null> {
  return withStorageErrors(async () => {
    const at = now();
    // The shape is checked before the transaction (the check loads its schema lazily).
    await assertStorable('resourceMarks', {
      id,
      toLearn: change.toLearn ?? false,
      ...(change.doneOn ? { doneOn: change.doneOn } : {}),
      createdAt: at,
      updatedAt: at,
    });
    const tx = (await db()).transaction(['resourceMarks', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('resourceMarks');
    const [, found] = await Promise.all([checkGeneration(tx), store.get(id)]);
    const toLearn = change.toLearn ?? found?.toLearn ?? false;
    const doneOn = change.doneOn === undefined ? found?.doneOn : (change.doneOn ?? undefined);
    const next: ResourceMark | null =
      toLearn || doneOn
        ? {
            id,
            toLearn,
            ...(doneOn ? { doneOn } : {}),
            createdAt: found?.createdAt ?? at,
            updatedAt: at,
          }
        : null;
    // A mark set to nothing is deleted (its tombstone syncs), one set to something is put.
    const write = { store: 'resourceMarks', before: found, after: next ?? undefined } as const;
    await commitWrites(tx, writeRecords(tx, [write], at));
    return next;
  });
}

/** Drops empty optional fields, trims text. */
function clean(input: CustomResourceInput): CustomResourceInput {
  const { publisher, link, lang, cost, ...rest } = input;
  return {
    ...rest,
    name: rest.name.trim(),
    ...(publisher?.trim() ? { publisher: publisher.trim() } : {}),
    ...(link?.trim() ? { link: link.trim() } : {}),
    ...(lang ? { lang } : {}),
    ...(cost ? { cost } : {}),
  };
}
