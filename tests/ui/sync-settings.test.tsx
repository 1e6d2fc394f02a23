import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnosis, SyncBackend } from '../../src/data/sync/service';
import { pickLanguage } from '../../src/i18n/index';
import { changeSettings, initSettings } from '../../src/state/settings';
import { lastSyncedAt, syncStatus, useSyncBackendForTests } from '../../src/state/sync';
import { stopSyncTriggers } from '../../src/state/sync-triggers';
import { SyncScreen } from '../../src/ui/screens/settings/sync/index';
import { fakeCrypto, MemoryChangeLog, MemoryRemote } from '../data/sync/fakes';

// Settings → Sync with the engine's in-memory fakes for the server, the crypto and the model.

let remote: MemoryRemote;
let diagnosis: Diagnosis;

function backend(): SyncBackend {
  return {
    openRemote: () => remote,
    diagnose: async () => diagnosis,
    crypto: fakeCrypto,
    changes: new MemoryChangeLog('phone-0001'),
    listConflicts: async () => [],
    resolveConflict: async () => true,
    enable: async () => {},
    disable: async () => {},
  };
}

function open() {
  window.history.replaceState(null, '', '/settings/sync');
  return render(
    <LocationProvider>
      <SyncScreen />
    </LocationProvider>,
  );
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function fillServer() {
  await screen.findByRole('heading', { level: 2, name: 'Your storage' });
  type('Folder address (WebDAV)', 'https://cloud.example.org/remote.php/dav/files/giulia/Tracker/');
  type('User name', 'giulia');
  type('App password', 'app-pass');
  type('Name of this device', 'Phone');
}

beforeEach(async () => {
  remote = new MemoryRemote();
  diagnosis = { ok: true, existing: false, ignoresPreconditions: false };
  useSyncBackendForTests(backend());
  syncStatus.value = { kind: 'off' };
  lastSyncedAt.value = null;
  await initSettings(['en'], pickLanguage);
  await changeSettings({ onboarded: true });
});

afterEach(() => {
  stopSyncTriggers();
  useSyncBackendForTests(null);
});

describe('Settings → Sync', () => {
  it('sets up an empty folder: test, passphrase twice, recovery key once, then synced', async () => {
    open();
    expect(await screen.findByText('Sync is off on this device.')).toBeTruthy();
    await fillServer();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/The folder is empty/)).toBeTruthy();
    type('Choose a sync passphrase', 'short');
    type('Type the passphrase again', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on sync' }));
    expect(await screen.findByText('Use at least 10 characters.')).toBeTruthy();
    type('Choose a sync passphrase', 'correct horse battery');
    type('Type the passphrase again', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on sync' }));
    expect((await screen.findByTestId('recovery-key')).textContent).toBe('RK-1');
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toMatch(/Synced /));
    expect(remote.files.has('keyring')).toBe(true);
    expect([...remote.files.keys()]).toContain('phone-0001.00000001');
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I have kept it' }));
    expect(screen.queryByTestId('recovery-key')).toBeNull();
  });

  it('says what is wrong with the connection, and offers nothing to turn on', async () => {
    diagnosis = { ok: false, kind: 'cors' };
    open();
    await fillServer();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/WebAppPassword/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn on sync' })).toBeNull();
  });

  it('joining a folder with a wrong passphrase says so and keeps nothing', async () => {
    remote.files.set('keyring', (await fakeCrypto.createKeyring('the right one!')).keyring);
    diagnosis = { ok: true, existing: true, ignoresPreconditions: false };
    open();
    await fillServer();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/already holds your synced data/)).toBeTruthy();
    type('Sync passphrase or recovery key', 'a wrong one');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on sync' }));
    expect(await screen.findByText(/does not open your synced data/)).toBeTruthy();
    expect(screen.getByText('Sync is off on this device.')).toBeTruthy();
    expect(remote.dirs.size).toBe(0);
  });

  it('turning off and removing the device are explicit and delete nothing on the server', async () => {
    open();
    await fillServer();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByText(/The folder is empty/);
    type('Choose a sync passphrase', 'correct horse battery');
    type('Type the passphrase again', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on sync' }));
    await screen.findByRole('heading', { name: 'This device' });
    await waitFor(() => expect(remote.files.has('phone-0001.00000001')).toBe(true));
    await waitFor(() => expect(syncStatus.value.kind).toBe('synced'));
    const files = [...remote.files.keys()].sort();
    fireEvent.click(screen.getByRole('button', { name: 'Turn sync off' }));
    expect(await screen.findByText('Sync is off on this device.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove this device from sync' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove from sync' }));
    expect(await screen.findByRole('heading', { name: 'Your storage' })).toBeTruthy();
    expect([...remote.files.keys()].sort()).toEqual(files);
  });
});
