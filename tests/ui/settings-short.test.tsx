import { render, screen, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState } from '../../src/state/catalog';
import { changeSettings, initSettings } from '../../src/state/settings';
import { SettingsScreen } from '../../src/ui/screens/settings/index';

function openAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <Router>
        <Route path="/settings" component={SettingsScreen} />
        <Route path="/settings/reminders" component={SettingsScreen} />
        <Route path="/settings/storage" component={SettingsScreen} />
        <Route path="/settings/*" component={SettingsScreen} />
      </Router>
    </LocationProvider>,
  );
}

beforeEach(async () => {
  invalidateCatalogState();
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm', 'smm'], onboarded: true });
  await loadCatalogState();
});

describe('Settings, grouped and short', () => {
  it('names the followed roles in one line with a link to Roles, instead of repeating the list', async () => {
    openAt('/settings');
    const roles = await screen.findByRole('region', { name: 'Your roles' });
    expect(
      within(roles).getByText('You follow Community Manager and Social Media Manager.'),
    ).toBeTruthy();
    expect(within(roles).getByRole('link', { name: 'Change in Roles' }).getAttribute('href')).toBe(
      '/roles',
    );
    // No checkbox per role here any more (Roles is where roles are followed).
    expect(screen.queryByRole('checkbox', { name: /Community Manager/ })).toBeNull();
  });

  it('keeps the technical parts one tap away, on pages of their own', async () => {
    openAt('/settings');
    const more = await screen.findByRole('navigation', { name: 'More settings' });
    expect(
      within(more)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/settings/sync', '/settings/reminders', '/settings/storage']);
    expect(screen.queryByRole('heading', { name: 'Reminders on this device' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Storage on this device' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Backup' })).toBeTruthy();
  });

  it('opens Reminders on this device as its own page with a way back', async () => {
    openAt('/settings/reminders');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reminders on this device' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe('/settings');
  });

  it('says "Page not found" for an address under Settings that is not one of its pages', async () => {
    openAt('/settings/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Your roles' })).toBeNull();
  });
});
