import { dataChangedAt } from '../data/sync/service';
import { lastSyncedAt, syncNow, syncStatus } from './sync';

// When a round runs: on opening, when the app comes back to the foreground, when the network
// comes back, a few seconds after a local change, and by hand (Sync now). A change is seen by
// the stamp every write leaves in `meta` (polled while the app is visible, so writes of other
// tabs count too); the stamp at a round's start is the one that round covers.

const AFTER_CHANGE_MS = 3000;
const POLL_MS = 4000;
const FOCUS_GAP_MS = 15_000;

let baseline: string | null | undefined;
let pending: ReturnType<typeof setTimeout> | undefined;
let stop: (() => void) | null = null;

async function round(): Promise<void> {
  clearTimeout(pending);
  pending = undefined;
  baseline = await dataChangedAt().catch(() => baseline ?? null);
  await syncNow();
}

const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible';

/** Starts the triggers (once) and runs the opening round. Returns how to stop them. */
export function startSyncTriggers(): () => void {
  if (stop) return stop;
  const onVisible = () => {
    const last = lastSyncedAt.value ? Date.parse(lastSyncedAt.value) : 0;
    if (visible() && Date.now() - last > FOCUS_GAP_MS) void round();
  };
  const onOnline = () => void round();
  const onOffline = () => {
    if (syncStatus.value.kind !== 'off') syncStatus.value = { kind: 'offline' };
  };
  const poll = setInterval(() => {
    if (!visible() || pending) return;
    void dataChangedAt()
      .then((stamp) => {
        if (baseline !== undefined && stamp !== baseline && !pending) {
          pending = setTimeout(() => void round(), AFTER_CHANGE_MS);
        }
      })
      .catch(() => {});
  }, POLL_MS);
  document.addEventListener('visibilitychange', onVisible);
  addEventListener('online', onOnline);
  addEventListener('offline', onOffline);
  void round();
  stop = () => {
    clearInterval(poll);
    clearTimeout(pending);
    document.removeEventListener('visibilitychange', onVisible);
    removeEventListener('online', onOnline);
    removeEventListener('offline', onOffline);
    stop = null;
  };
  return stop;
}

export function stopSyncTriggers(): void {
  stop?.();
}
