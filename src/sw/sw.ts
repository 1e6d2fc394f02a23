/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { openAppAt } from './notification-click';
import { checkRemindersInWorker, REMINDER_SYNC_TAG } from './reminder-check';

declare const self: ServiceWorkerGlobalScope;

// The app shell, versioned by the build: a new build installs beside the old one and waits.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app URL (/log/new, /roles/cm...) is the same single page, offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  // Sent by the page only after the user chose "Reload" (src/state/sw-bridge.ts).
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
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
