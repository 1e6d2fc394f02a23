/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { openAppAt } from './notification-click';

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
