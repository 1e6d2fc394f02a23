import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/data/settings';
import { pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState } from '../../src/state/catalog';
import { changeSettings, initSettings, settings } from '../../src/state/settings';
import { toast } from '../../src/state/toast';
import { RoleDetail } from '../../src/ui/screens/roles/role-detail';

beforeEach(async () => {
  invalidateCatalogState();
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['smm', 'cm', 'strategist'], onboarded: true });
  await loadCatalogState();
});

describe('Unfollowing a role', () => {
  it('happens at once, says so with Undo, and Undo puts the role back where it was', async () => {
    render(
      <LocationProvider>
        <RoleDetail params={{ roleId: 'cm' }} />
      </LocationProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Following' }));
    await waitFor(async () =>
      expect((await loadSettings()).followedRoleIds).toEqual(['smm', 'strategist']),
    );
    expect(toast.value?.message).toBe('You no longer follow Community Manager.');
    expect(toast.value?.action?.label).toBe('Undo');
    expect(screen.getByRole('button', { name: 'Follow' })).toBeTruthy();

    await toast.value?.action?.run();
    await waitFor(async () =>
      expect((await loadSettings()).followedRoleIds).toEqual(['smm', 'cm', 'strategist']),
    );
    expect(settings.value.followedRoleIds).toEqual(['smm', 'cm', 'strategist']);
    await screen.findByRole('button', { name: 'Following' });
  });
});
