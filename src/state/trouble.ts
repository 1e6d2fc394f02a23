import { signal } from '@preact/signals';
import { type DbTrouble, onDbTrouble } from '../data/db';

/** Set when another tab or version needs this one to reload. */
export const dbTrouble = signal<DbTrouble | null>(null);

export function watchDbTrouble(): void {
  onDbTrouble((t) => {
    dbTrouble.value = t;
  });
}
