// A conflict reads in the words of the screens where the person set the value: the setting's
// name and its choice ("Language": "English" against "Italiano"), role and skill names, minutes,
// and "this device" said plainly: never a stored field name or code.
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConflictView, SyncBackend } from '../../src/data/sync/service';
import type { Lang } from '../../src/domain/types';
import { loadLanguage } from '../../src/i18n/index';
import { loadSyncMessages } from '../../src/i18n/sync';
import { loadCatalogState } from '../../src/state/catalog';
import { useSyncBackendForTests } from '../../src/state/sync';
import { SyncConflicts } from '../../src/ui/screens/settings/sync/conflicts';
import { fakeCrypto, MemoryChangeLog, MemoryRemote } from '../data/sync/fakes';

const HERE = 'phone-0001';
const STAMP = 's01234567';
const at = '2026-12-01T17:45:00.000Z';
const CONFLICTS: ConflictView[] = [
  {
    id: 'c1',
    kind: 'field',
    store: 'settings',
    recordId: 'app',
    field: 'lang',
    kept: { device: HERE, value: 'en', at },
    other: { device: 'laptop-0002', value: 'it', at },
  },
  {
    id: 'c2',
    kind: 'field',
    store: 'settings',
    recordId: 'app',
    field: 'followedRoleIds',
    kept: { device: HERE, value: ['cm', 'smm'], at },
    other: { device: 'laptop-0002', value: ['cm'], at },
  },
  {
    id: 'c3',
    kind: 'field',
    store: 'settings',
    recordId: 'app',
    field: 'weekStartsOn',
    kept: { device: HERE, value: null, at },
    other: { device: 'laptop-0002', value: 0, at },
  },
  {
    // The other side is the record as it was before sync (stamped from its content).
    id: 'c4',
    kind: 'field',
    store: 'settings',
    recordId: 'app',
    field: 'showStreak',
    kept: { device: HERE, value: false, at },
    other: { device: STAMP, value: true, at: '2026-03-01T08:00:00.000Z' },
  },
];

function backend(): SyncBackend {
  return {
    openRemote: () => new MemoryRemote(),
    diagnose: async () => ({ ok: true, existing: false, ignoresPreconditions: false }),
    crypto: fakeCrypto,
    changes: new MemoryChangeLog(HERE),
    listConflicts: async () => CONFLICTS,
    resolveConflict: async () => true,
    enable: async () => {},
    disable: async () => {},
  };
}

beforeEach(() => useSyncBackendForTests(backend()));
afterEach(() => useSyncBackendForTests(null));

async function show(lang: Lang) {
  await loadLanguage(lang);
  await loadCatalogState();
  render(<SyncConflicts m={await loadSyncMessages(lang)} />);
  await waitFor(() =>
    expect(screen.getAllByTestId('sync-conflict')).toHaveLength(CONFLICTS.length),
  );
  return document.body.textContent ?? '';
}

describe('a sync conflict in words', () => {
  it('in English', async () => {
    const shown = await show('en');
    for (const words of [
      'Language',
      'English',
      'Italiano',
      'Roles followed',
      'Community Manager, Social Media Manager',
      'Weeks start on',
      'Same as the language',
      'Sunday',
      'From this device, ',
      'As it was before sync was turned on, ',
    ]) {
      expect(shown).toContain(words);
    }
    expect(shown).not.toMatch(/\blang\b|followedRoleIds|weekStartsOn|\bsmm\b|“this device”/);
    expect(shown).not.toContain(STAMP);
  });

  it('in Italian', async () => {
    const shown = await show('it');
    for (const words of [
      'Lingua',
      'Ruoli seguiti',
      'Domenica',
      'Da questo dispositivo, ',
      'Com’era prima di attivare la sincronizzazione, ',
    ]) {
      expect(shown).toContain(words);
    }
    expect(shown).not.toMatch(/\blang\b|followedRoleIds|weekStartsOn/);
  });
});
