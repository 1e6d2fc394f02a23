/// <reference lib="webworker" />

/** Only same-origin paths are opened: a notification's data can never send the user away. */
export function safeAppPath(url: string, origin: string): string {
  try {
    const target = new URL(url, origin);
    return target.origin === origin ? target.pathname + target.search + target.hash : '/';
  } catch {
    return '/';
  }
}

/** Focuses an open window of the app and navigates it, or opens a new one. */
export async function openAppAt(scope: ServiceWorkerGlobalScope, url: string): Promise<void> {
  const path = safeAppPath(url, scope.location.origin);
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const client = windows.find((w) => new URL(w.url).origin === scope.location.origin);
  if (client) {
    // Let the page route itself (keeps unsaved state logic in one place); navigate as fallback.
    client.postMessage({ type: 'OPEN', url: path });
    await client.focus();
    return;
  }
  await scope.clients.openWindow(path);
}
