import type { ComponentType } from 'preact';
import { fullCatalog } from '../i18n/index';
import { lazyScreen } from './shell/screen-unavailable';

/**
 * A screen loaded on demand together with the whole language: a first visit starts with only
 * Welcome's strings (i18n/index.ts), so every other screen's chunk and the rest of the strings
 * are fetched side by side. For a returning user the language is already whole: no wait. A
 * failure of either shows what lazyScreen shows (a new version is ready, Reload).
 */
export function lazyWithLanguage<T extends ComponentType<never>>(load: () => Promise<T>) {
  return lazyScreen(() => Promise.all([load(), fullCatalog()]).then(([screen]) => screen));
}
