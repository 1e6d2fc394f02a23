// A slow disk (a phone busy elsewhere): a choice tapped in Settings shows at once and does not
// spring back while its write runs; it is stored once the disk lets it.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { pickLanguage } from '../../src/i18n/index';
import { initSettings, settings } from '../../src/state/settings';
import { SettingsScreen } from '../../src/ui/screens/settings/index';

const disk = vi.hoisted(() => ({ held: Promise.resolve() }));
vi.mock('../../src/data/settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/data/settings')>();
  return {
    ...real,
    updateSettings: async (...args: Parameters<typeof real.updateSettings>) => {
      await disk.held;
      return real.updateSettings(...args);
    },
  };
});

/** Holds every settings write until the returned function is called. */
function slowDisk(): () => void {
  let release = () => {};
  disk.held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return release;
}

const radio = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const { loadSettings } = await import('../../src/data/settings');

describe('a choice in Settings on a slow disk', () => {
  it.each([
    ['Dark', 'theme', 'dark'],
    ['Italiano', 'lang', 'it'],
  ] as const)(
    '%s stays ticked while it is written, then is stored',
    async (label, field, value) => {
      await initSettings(['en'], pickLanguage);
      render(<SettingsScreen />);
      const release = slowDisk();
      fireEvent.click(radio(label));
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The screen renders again meanwhile (the new words arriving do that): the tick stays.
      act(() => {
        settings.value = { ...settings.value };
      });
      expect(radio(label).checked).toBe(true);
      expect((await loadSettings())[field]).not.toBe(value);
      release();
      await waitFor(async () => expect((await loadSettings())[field]).toBe(value));
      expect(radio(label).checked).toBe(true);
    },
  );
});
