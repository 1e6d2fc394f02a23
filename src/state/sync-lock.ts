// One tab at a time syncs: two rounds at once would push the same changes twice (harmless, but
// wasteful) and race on the progress. Web Locks where the browser has them, else a lease in
// localStorage that a closed tab frees after a minute.

const NAME = 'stt-sync';
const LEASE_MS = 60_000;

export async function withSyncLock<T>(run: () => Promise<T>): Promise<T | 'busy'> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks?.request) {
    return locks.request(NAME, { ifAvailable: true }, (lock) => (lock ? run() : 'busy'));
  }
  const me = Math.random().toString(36).slice(2);
  if (!takeLease(me)) return 'busy';
  try {
    return await run();
  } finally {
    try {
      if (JSON.parse(localStorage.getItem(NAME) ?? 'null')?.owner === me)
        localStorage.removeItem(NAME);
    } catch {
      // nothing to free
    }
  }
}

function takeLease(owner: string): boolean {
  try {
    const held = JSON.parse(localStorage.getItem(NAME) ?? 'null') as {
      owner: string;
      until: number;
    } | null;
    if (held && held.until > Date.now()) return false;
    localStorage.setItem(NAME, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
    return JSON.parse(localStorage.getItem(NAME) ?? 'null')?.owner === owner;
  } catch {
    return true; // no storage at all: a single tab is the only case left
  }
}
