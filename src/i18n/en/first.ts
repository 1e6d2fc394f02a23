import { common } from './common';
import { shell } from './shell';
import { welcome } from './welcome';

/**
 * What a first visit needs before Welcome works: the shell around it and Welcome itself, in a
 * chunk of its own (about 1 KB). The rest of the language (index.ts) loads once Welcome is
 * usable; every other screen waits for it (i18n/index.ts, fullCatalog).
 */
export const enFirst = { common, shell, welcome } as const;
