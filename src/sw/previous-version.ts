/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope;

// A new version activates while other tabs still run the old code, and those tabs will import
// the old version's lazy screens: hashed files the server no longer has. So the old files stay
// in the precache cache (workbox would delete them on activate) until no tab that was open at
// activation is left, and this worker serves them to whoever still asks.

const STATE_CACHE = 'stt-sw-state';
const OLD_TABS = '/__sw/tabs-open-at-activation';

async function openTabIds(): Promise<Set<string>> {
  const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return new Set(tabs.map((t) => t.id));
}

/** On activate: the tabs open now were loaded by an earlier version (or none). */
export async function rememberOldTabs(): Promise<void> {
  const ids = [...(await openTabIds())];
  const state = await caches.open(STATE_CACHE);
  await state.put(OLD_TABS, new Response(JSON.stringify(ids)));
}

/**
 * Removes the files of earlier versions once none of the tabs open at activation is left (a
 * reloaded tab has a new id). Runs when a tab says it started, and after activation.
 */
export async function pruneIfOldTabsGone(precache: PrecacheController): Promise<void> {
  const state = await caches.open(STATE_CACHE);
  const saved = await state.match(OLD_TABS);
  // Nothing recorded: the last activation's leftovers were already removed (every tab start asks).
  if (!saved) return;
  const ids = (await saved.json().catch(() => [])) as unknown;
  const open = await openTabIds();
  if (Array.isArray(ids) && ids.some((id) => open.has(id as string))) return;
  const current = new Set(precache.getURLsToCacheKeys().values());
  const cache = await caches.open(precache.strategy.cacheName);
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
  await state.delete(OLD_TABS);
}

/** A hashed file this version does not list (an old tab's): the kept copy, else the network. */
export async function previousVersionFile(
  precache: PrecacheController,
  request: Request,
): Promise<Response> {
  const cache = await caches.open(precache.strategy.cacheName);
  return (await cache.match(request, { ignoreVary: true })) ?? fetch(request);
}
