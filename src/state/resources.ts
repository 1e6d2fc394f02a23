import { computed, signal } from '@preact/signals';
import {
  addCustomResource,
  allCustomResources,
  allResourceMarks,
  type CustomResourceInput,
  changeResourceMark,
  deleteCustomResource,
  restoreCustomResource,
} from '../data/resources';
import {
  type BuiltinResource,
  builtinResourceById,
  resourcesForSkill,
} from '../domain/catalog/resources';
import { todayKey } from '../domain/days';
import type { CustomResource, DayKey, ResourceMark } from '../domain/types';
import { messages } from '../i18n/index';
import { inBackground } from './background';
import { noteRecordSaved } from './settings';
import { guarded } from './skills';
import { showToast } from './toast';

// Where to learn, as the screens see it: a skill's resources (built-in ones from the catalog,
// then the user's own), the user's marks on them, and the "to learn" list. The two stores are
// small, so they are read whole once and patched by this tab's writes (a restore reloads).

export type { CustomResourceInput } from '../data/resources';

/** A resource as the screens show it, built-in or the user's own. */
export interface ResourceView {
  readonly id: string;
  readonly name: string;
  readonly publisher?: string;
  readonly kind: BuiltinResource['kind'];
  readonly lang?: BuiltinResource['lang'];
  readonly cost?: BuiltinResource['cost'];
  readonly link?: string;
  readonly skillIds: readonly string[];
  /** Set for the user's own resources (they can delete those). */
  readonly custom?: CustomResource;
}

export const customResources = signal<readonly CustomResource[]>([]);
export const resourceMarks = signal<ReadonlyMap<string, ResourceMark>>(new Map());
export const resourcesLoaded = signal(false);
let loading: Promise<void> | null = null;

/** Reads the user's resources and marks once per page (later calls wait for the same read). */
export function loadResources(): Promise<void> {
  loading ??= Promise.all([allCustomResources(), allResourceMarks()])
    .then(([own, marks]) => {
      customResources.value = own.sort(byCreation);
      resourceMarks.value = new Map(marks.map((m) => [m.id, m]));
      resourcesLoaded.value = true;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Forgets what was read (tests, and a database swapped under the page): the next load reads again. */
export function invalidateResources(): void {
  loading = null;
  resourcesLoaded.value = false;
  customResources.value = [];
  resourceMarks.value = new Map();
}

function ownView(r: CustomResource): ResourceView {
  return { ...r, skillIds: [r.skillId], custom: r };
}

/** A skill's resources: the built-in ones, then the user's own in the order they were added. */
export function resourcesFor(skillId: string): ResourceView[] {
  return [
    ...resourcesForSkill(skillId),
    ...customResources.value.filter((r) => r.skillId === skillId).map(ownView),
  ];
}

/** Any resource by id (built-in or own); undefined when it left the catalog or was deleted. */
function resourceById(id: string): ResourceView | undefined {
  const own = customResources.value.find((r) => r.id === id);
  if (own) return ownView(own);
  return builtinResourceById(id);
}

export interface MarkedResource {
  readonly mark: ResourceMark;
  /** null: the resource left the catalog or was deleted; the mark is kept, shown by its id. */
  readonly resource: ResourceView | null;
}

/** The "to learn" list: what is saved and not done yet (latest saved first), and what is done. */
export const toLearnList = computed(() => {
  const entries = [...resourceMarks.value.values()].map(
    (mark): MarkedResource => ({ mark, resource: resourceById(mark.id) ?? null }),
  );
  return {
    saved: entries
      .filter((e) => e.mark.toLearn && !e.mark.doneOn)
      .sort((a, b) => (a.mark.updatedAt < b.mark.updatedAt ? 1 : -1)),
    done: entries
      .filter((e) => e.mark.doneOn)
      .sort((a, b) => ((a.mark.doneOn ?? '') < (b.mark.doneOn ?? '') ? 1 : -1)),
  };
});

function putMark(id: string, mark: ResourceMark | null): void {
  const next = new Map(resourceMarks.value);
  if (mark) next.set(id, mark);
  else next.delete(id);
  resourceMarks.value = next;
}

/** Saves a resource to the "to learn" list, or takes it off. */
export function saveToLearn(id: string, on: boolean): Promise<boolean> {
  return guarded(async () => {
    putMark(id, await changeResourceMark(id, { toLearn: on }));
    await noteRecordSaved();
  });
}

/** Marks a resource done on a day (today by default), or not done with null. */
export function markDone(id: string, day: DayKey | null = todayKey(new Date())): Promise<boolean> {
  return guarded(async () => {
    putMark(id, await changeResourceMark(id, { doneOn: day }));
    await noteRecordSaved();
  });
}

/** Adds one of the user's own resources to a skill; throws so the form can keep what was typed. */
export async function addResource(input: CustomResourceInput): Promise<CustomResource> {
  const saved = await addCustomResource(input);
  customResources.value = [...customResources.value, saved];
  inBackground(noteRecordSaved);
  return saved;
}

/** Deletes one of the user's resources (and its mark), with "Undo" in a toast. */
export function removeResource(resource: CustomResource): Promise<boolean> {
  return guarded(async () => {
    const removed = await deleteCustomResource(resource.id);
    customResources.value = customResources.value.filter((r) => r.id !== resource.id);
    putMark(resource.id, null);
    if (!removed) return;
    const m = messages();
    showToast({
      message: m.learn.deleted,
      action: {
        label: m.common.undo,
        run: () =>
          void guarded(async () => {
            await restoreCustomResource(removed);
            customResources.value = [...customResources.value, removed.resource].sort(byCreation);
            putMark(removed.resource.id, removed.mark);
          }),
      },
    });
  });
}

function byCreation(a: CustomResource, b: CustomResource): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
