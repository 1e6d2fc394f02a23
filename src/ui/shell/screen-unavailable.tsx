import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { messages } from '../../i18n/index';
import { applyUpdate } from '../../state/sw-bridge';
import { Screen } from '../components/screen';

/**
 * Shown instead of a screen whose file could not load: typically a tab still running the
 * previous version after an update replaced its files (and the worker no longer has them).
 */
export function ScreenUnavailable() {
  const m = messages().shell.update;
  return (
    <Screen title={m.screenMissing.title}>
      <p>{m.screenMissing.body}</p>
      <button type="button" class="btn" onClick={applyUpdate}>
        {m.reload}
      </button>
    </Screen>
  );
}

/**
 * preact-iso's lazy() for screens: a failed import (an old tab after an update, offline with
 * the cache gone) shows ScreenUnavailable instead of leaving the main area empty.
 */
export function lazyScreen<T extends ComponentType<never>>(load: () => Promise<T>) {
  return lazy<T | typeof ScreenUnavailable>(() =>
    load().catch((error: unknown) => {
      console.warn('screen file did not load', error);
      return ScreenUnavailable;
    }),
  );
}
