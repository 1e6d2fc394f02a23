/** What the browser says about this app's storage. Every field may be unknown. */
export interface StorageStatus {
  readonly usage: number | null;
  readonly quota: number | null;
  readonly persisted: boolean | null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => null) ?? null,
    storage?.persisted?.().catch(() => null) ?? null,
  ]);
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted,
  };
}

/**
 * Asks the browser to keep our data under storage pressure. Chromium decides silently (granted
 * for installed apps and engaged sites), Firefox may prompt: so we ask after the first record
 * the user saved, when the data is worth keeping, and never at first load.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    return await storage.persist();
  } catch {
    return null;
  }
}
