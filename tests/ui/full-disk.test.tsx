// A full disk while the person changes theme, language, followed roles, or backs up: each says
// so in plain words, and the screen goes back to what is really stored.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../../src/data/settings';
import { messages, pickLanguage } from '../../src/i18n/index';
import { loadCatalogState } from '../../src/state/catalog';
import { userMessageFor } from '../../src/state/errors';
import { initSettings } from '../../src/state/settings';
import { toast } from '../../src/state/toast';
import { RoleList } from '../../src/ui/screens/roles/role-list';
import { SettingsScreen } from '../../src/ui/screens/settings/index';

afterEach(() => {
  vi.restoreAllMocks();
  toast.value = null;
});

/** From now on every IndexedDB put fails the way a full disk makes it fail. */
function fillTheDisk() {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('', 'QuotaExceededError');
  });
}

/** The machine may be loaded: wait on the condition, generously. */
const SLOW = { timeout: 10_000 };
const FULL = () => messages().common.storageFull;

async function openSettings() {
  await initSettings(['en'], pickLanguage);
  render(<SettingsScreen />);
  fillTheDisk();
}

const radio = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('full disk on the Settings screen', () => {
  it('a theme that cannot be kept is not applied, and the person is told', async () => {
    await openSettings();
    fireEvent.click(radio('Dark'));
    await waitFor(() => expect(toast.value?.message).toBe(FULL()), SLOW);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(radio('Dark').checked).toBe(false);
    expect(radio('Same as the device').checked).toBe(true);
    vi.restoreAllMocks();
    expect((await loadSettings()).theme).toBe('system');
  });

  it('a language that cannot be kept switches back, and the person is told', async () => {
    await openSettings();
    fireEvent.click(radio('Italiano'));
    await waitFor(() => expect(toast.value?.message).toBe(FULL()), SLOW);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(radio('English').checked).toBe(true);
    vi.restoreAllMocks();
    expect((await loadSettings()).lang).toBeNull(); // still never chosen: nothing was written
  });

  // Roles are followed on Roles (Settings only names them and links there).
  it('a Follow that cannot be kept is not shown as followed, and the person is told', async () => {
    await initSettings(['en'], pickLanguage);
    await loadCatalogState();
    render(
      <LocationProvider>
        <RoleList />
      </LocationProvider>,
    );
    fillTheDisk();
    fireEvent.click(await screen.findByRole('button', { name: 'Follow Community Manager' }));
    await waitFor(() => expect(toast.value?.message).toBe(FULL()), SLOW);
    expect(screen.getByRole('button', { name: 'Follow Community Manager' })).toBeTruthy();
    vi.restoreAllMocks();
    expect((await loadSettings()).followedRoleIds).toEqual([]);
  });

  it('Back up now says the file may be incomplete and does not count the backup', async () => {
    await openSettings();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    expect(screen.getByTestId('last-backup').textContent).toBe('Last backup file made: never');
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    const said = await screen.findByText(/storage is full/, undefined, SLOW);
    expect(said.textContent).toMatch(
      /^The file self-training-tracker-backup-\d{4}-\d\d-\d\d\.json was handed to your browser, but your device’s storage is full: the file may be incomplete, so this backup was not counted\./,
    );
    expect(screen.getByTestId('last-backup').textContent).toBe('Last backup file made: never');
    vi.restoreAllMocks();
    expect((await loadSettings()).lastBackupAt).toBeUndefined();
  });
});

describe('refusal messages', () => {
  it('never leave the reason empty', () => {
    const text = userMessageFor(new DOMException('', 'UnknownError'));
    expect(text).toBe('Could not save: UnknownError. Nothing was changed.');
    expect(userMessageFor(new Error(''))).toBe(
      'Could not save: the browser gave no reason. Nothing was changed.',
    );
  });
});
