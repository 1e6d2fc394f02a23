import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/data/settings';
import { pickLanguage } from '../../src/i18n/index';
import { initSettings } from '../../src/state/settings';
import { SettingsScreen } from '../../src/ui/screens/settings/index';

describe('Settings screen', () => {
  it('switches to Italian, relabels the screen and remembers the choice', async () => {
    await initSettings(['en-GB'], pickLanguage);
    const { rerender } = render(<SettingsScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Italiano'));
    await waitFor(() => expect(document.documentElement.lang).toBe('it'));
    rerender(<SettingsScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeTruthy();
    await waitFor(async () => expect((await loadSettings()).lang).toBe('it'));
  });

  it('applies and stores the dark theme', async () => {
    await initSettings(['en'], pickLanguage);
    render(<SettingsScreen />);
    fireEvent.click(screen.getByLabelText('Dark'));
    await waitFor(async () => expect((await loadSettings()).theme).toBe('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    // Mirrored for the next start's boot script, which paints before IndexedDB is open.
    await waitFor(() => expect(localStorage.getItem('stt-theme')).toBe('dark'));
  });

  it('picks the first browser language it speaks', () => {
    expect(pickLanguage(['de-DE', 'it-IT', 'en'])).toBe('it');
    expect(pickLanguage(['fr'])).toBe('en');
  });
});
