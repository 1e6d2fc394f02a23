import { signal } from '@preact/signals';

/** True when a new version is installed and waiting: the UI offers "Reload". */
export const updateReady = signal(false);
let waitingWorker: ServiceWorker | null = null;

function watch(registration: ServiceWorkerRegistration): void {
  const offer = (worker: ServiceWorker | null) => {
    // Only an update: on first install there is no controller and nothing to reload.
    if (worker && navigator.serviceWorker.controller) {
      waitingWorker = worker;
      updateReady.value = true;
    }
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

/** Registers the worker. The app never reloads by itself: an update waits for the user. */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  watch(registration);
  // Look for updates when the user comes back to the app, not on a timer.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => {});
  });
  return registration;
}

/** The user chose to reload: activate the waiting worker, then reload once it controls us. */
export function applyUpdate(): void {
  if (!waitingWorker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}
