import { signal } from '@preact/signals';
import { REMINDER_SYNC_TAG } from '../sw/reminder-sync-tag';

// What this device can do for reminders, detected (never assumed from the user agent alone):
// notification permission, installed or not, Periodic Background Sync. Settings shows it.

export type PermissionState = NotificationPermission | 'unsupported';
export type SyncState = 'registered' | 'available' | 'denied' | 'unavailable';
export type Platform = 'ios' | 'android' | 'desktop';

export const notificationPermission = signal<PermissionState>(readPermission());
export const periodicSync = signal<SyncState>('unavailable');

function readPermission(): PermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Installed: running as a home-screen app (display-mode standalone, or iOS's own flag). */
export function isInstalled(): boolean {
  const ios = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return (
    ios || (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches)
  );
}

export function platform(): Platform {
  const ua = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)) {
    return 'ios';
  }
  return /Android/.test(ua) ? 'android' : 'desktop';
}

/** Asks for notification permission: call ONLY from a tap, after saying why. */
export async function askNotificationPermission(): Promise<PermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  notificationPermission.value = await Notification.requestPermission();
  if (notificationPermission.value === 'granted') await registerPeriodicCheck();
  return notificationPermission.value;
}

interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  getTags(): Promise<string[]>;
}
type WithPeriodicSync = ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager };

const TWELVE_HOURS = 12 * 60 * 60 * 1000;

/**
 * Registers the background due-check where the browser offers it (installed Chromium with
 * notifications allowed). Never throws: a browser that says no leaves the state 'denied' or
 * 'unavailable', and the other layers still work.
 */
export async function registerPeriodicCheck(): Promise<SyncState> {
  periodicSync.value = await detectAndRegister();
  return periodicSync.value;
}

async function detectAndRegister(): Promise<SyncState> {
  notificationPermission.value = readPermission();
  if (!('serviceWorker' in navigator)) return 'unavailable';
  try {
    const registration = (await Promise.race([
      navigator.serviceWorker.ready,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
    ])) as WithPeriodicSync | null;
    const manager = registration?.periodicSync;
    if (!manager) return 'unavailable';
    if ((await manager.getTags()).includes(REMINDER_SYNC_TAG)) return 'registered';
    const status = await navigator.permissions
      .query({ name: 'periodic-background-sync' as PermissionName })
      .then((s) => s.state)
      .catch(() => 'denied' as const);
    if (status !== 'granted' || notificationPermission.value !== 'granted') {
      return isInstalled() ? 'denied' : 'unavailable';
    }
    await manager.register(REMINDER_SYNC_TAG, { minInterval: TWELVE_HOURS });
    return 'registered';
  } catch {
    return isInstalled() ? 'denied' : 'unavailable';
  }
}
