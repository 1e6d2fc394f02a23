/// <reference lib="webworker" />
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { openAppAt } from './notification-click';
import { previousVersionFile, pruneIfOldTabsGone, rememberOldTabs } from './previous-version';
import { checkRemindersInWorker, REMINDER_SYNC_TAG } from './reminder-check';

declare const self: ServiceWorkerGlobalScope;

// The app shell, versioned by the build: a new build installs beside the old one and waits.
// Our own controller rather than precacheAndRoute(): workbox's activate step deletes the
// previous version's files at once, while tabs still running it need them (previous-version.ts).
const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
self.addEventListener('install', (event) => {
  void precache.install(event);
});
self.addEventListener('activate', (event) => {
  event.waitUntil(rememberOldTabs().then(() => pruneIfOldTabsGone(precache)));
});
// Only caches of older workbox releases (another cache name): never this app's versions.
cleanupOutdatedCaches();
registerRoute(new PrecacheRoute(precache));

// Every in-app URL (/log/new, /roles/cm...) is the same single page, offline too.
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('/index.html')));

// A hashed file of an earlier version, asked for by a tab still running it.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/assets/') &&
    request.method === 'GET',
  ({ request }) => previousVersionFile(precache, request),
);

self.addEventListener('message', (event) => {
  // Sent by the page only after the user chose "Reload" (src/state/sw-bridge.ts).
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // Sent by every tab once started: an earlier version's last tab may just have reloaded.
  if (event.data?.type === 'TAB_STARTED') event.waitUntil(pruneIfOldTabsGone(precache));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = typeof event.notification.data?.url === 'string' ? event.notification.data.url : '/';
  event.waitUntil(openAppAt(self, url));
});

/** Periodic Background Sync is Chromium-only and not in TypeScript's lib yet. */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// Installed and permitted on Chromium: the browser wakes us now and then (best effort, at most
// about twice a day as registered) to show reminders that came due while the app was closed.
self.addEventListener('periodicsync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
  const sync = event as PeriodicSyncEvent;
  if (sync.tag !== REMINDER_SYNC_TAG) return;
  sync.waitUntil(
    checkRemindersInWorker(self.registration, new Date(), self.navigator.language).then(() => {}),
  );
});
