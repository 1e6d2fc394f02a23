import { signal } from '@preact/signals';
import type { Lang } from '../domain/types';
import type { sync as en } from './en/sync';
import type { Shape } from './types';

// Sync's part of the catalog, loaded with the sync code rather than with the language: a person
// who never turns sync on never downloads it. Typed like the rest (Italian must match English).

export type SyncMessages = Shape<typeof en>;

const loaders: Record<Lang, () => Promise<SyncMessages>> = {
  en: () => import('./en/sync').then((m) => m.sync),
  it: () => import('./it/sync').then((m) => m.sync),
};

const loaded = signal<{ lang: Lang; messages: SyncMessages } | null>(null);

/** Loads sync's strings in `lang` (again when the language changes). */
export async function loadSyncMessages(lang: Lang): Promise<SyncMessages> {
  if (loaded.value?.lang === lang) return loaded.value.messages;
  const messages = await loaders[lang]();
  loaded.value = { lang, messages };
  return messages;
}

/** The strings loaded last; null before loadSyncMessages resolved once. */
export function syncMessages(): SyncMessages | null {
  return loaded.value?.messages ?? null;
}
