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
  // Another tab chose Reload: the new worker now serves this tab, which still runs the old code.
  // Offer the reload here too (the old screens keep working meanwhile: see src/sw/previous-version.ts).
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) updateReady.value = true;
  });
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
  // This tab runs the worker's version: files kept for tabs of an earlier one may go now.
  navigator.serviceWorker.controller?.postMessage({ type: 'TAB_STARTED' });
  // Look for updates when the user comes back to the app, not on a timer.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => {});
  });
  return registration;
}

/**
 * The user chose to reload: activate the waiting worker, then reload once it controls us. If
 * another tab already activated it (or there is none), nothing would fire: reload at once.
 */
export function applyUpdate(): void {
  const worker = waitingWorker;
  if (worker?.state !== 'installed') {
    location.reload();
    return;
  }
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated' || worker.state === 'redundant') reload();
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
