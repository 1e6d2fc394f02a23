import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/data/settings';
import { pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState } from '../../src/state/catalog';
import { changeSettings, initSettings } from '../../src/state/settings';
import { SettingsScreen } from '../../src/ui/screens/settings/index';

function openSettings() {
  window.history.replaceState(null, '', '/settings');
  return render(
    <LocationProvider>
      <Router>
        <Route path="/settings" component={SettingsScreen} />
        <Route default component={SettingsScreen} />
      </Router>
    </LocationProvider>,
  );
}

beforeEach(async () => {
  invalidateCatalogState();
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm'], onboarded: true });
  await loadCatalogState();
});

describe('the review setting', () => {
  it('offers 6, 12, 18 months or never, 12 chosen by default, and saves a change', async () => {
    openSettings();
    const group = await screen.findByRole('group', {
      name: 'Ask to re-confirm levels of 3 or more after',
    });
    const labels = [...group.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['6 months', '12 months', '18 months', 'Never']);
    expect((screen.getByRole('radio', { name: '12 months' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Never' }));
    await expect.poll(async () => (await loadSettings()).levelReviewMonths).toBe('off');
    expect((screen.getByRole('radio', { name: 'Never' }) as HTMLInputElement).checked).toBe(true);
  });
});
