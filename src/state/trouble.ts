import { signal } from '@preact/signals';
import { type DbTrouble, onDbTrouble } from '../data/db';
import { watchUnhandledStorageErrors } from './errors';

/** Why this tab must reload: the database's troubles, or data replaced by another tab. */
export type Trouble = DbTrouble | 'changed-elsewhere';

/** Set when another tab or version needs this one to reload. */
export const dbTrouble = signal<Trouble | null>(null);

// A restore keeps the database version, so `blocking` never fires in the other tabs: they are
// told on this channel instead, and show the same reload banner rather than stale data.
const CHANNEL = 'stt-data';
let channel: BroadcastChannel | null = null;

function dataChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel === 'function') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

export function watchDbTrouble(): void {
  onDbTrouble((t) => {
    dbTrouble.value = t;
  });
  const ch = dataChannel();
  if (ch) {
    ch.onmessage = (event: MessageEvent) => {
      if (event.data === 'replaced') dbTrouble.value ??= 'changed-elsewhere';
    };
  }
  watchUnhandledStorageErrors();
}

/** Tells the other open tabs that the data was restored (this tab does not hear itself). */
export function announceDataReplaced(): void {
  dataChannel()?.postMessage('replaced');
}
