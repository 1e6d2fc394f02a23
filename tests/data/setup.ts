import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { resetDbForTests } from '../../src/data/db';

// A fresh, empty database for every test: no test sees another's records.
beforeEach(() => {
  resetDbForTests();
  globalThis.indexedDB = new IDBFactory();
});
