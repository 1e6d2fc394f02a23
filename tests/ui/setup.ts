import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { resetDbForTests } from '../../src/data/db';
import { loadLanguage } from '../../src/i18n/index';
import { backgroundSettled } from '../../src/state/background';

// findBy/waitFor wait on a condition; a loaded machine (CI's two cores running two workers) can
// take more than the default second to load a lazy screen or commit a save.
configure({ asyncUtilTimeout: 10_000 });

// Each UI test starts with an empty database and the English catalog loaded.
beforeEach(async () => {
  resetDbForTests();
  globalThis.indexedDB = new IDBFactory();
  await loadLanguage('en');
});

// What a save started in the background (a lazy chunk, a recognition) ends inside its own test.
afterEach(async () => {
  await backgroundSettled();
  cleanup();
});
