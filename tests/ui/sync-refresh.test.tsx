// After another device's changes are applied, the models on screen show them without a reload.
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applyRemoteChanges, enableSync } from '../../src/data/sync/changes';
import { encodeHlc } from '../../src/domain/sync/hlc';
import { pickLanguage } from '../../src/i18n/index';
import { goals, loadGoals } from '../../src/state/goals';
import { logVersion } from '../../src/state/log';
import { initSettings, settings } from '../../src/state/settings';
import { refreshAfterSync } from '../../src/state/sync-refresh';
import { SettingsScreen } from '../../src/ui/screens/settings/index';

const device = 'laptop1234';
const hlc = (n: number) => encodeHlc({ wall: Date.now(), counter: n, device });
const at = '2026-11-30T10:00:00.000Z';

describe('refresh after a sync', () => {
  it('a goal, an activity and followed roles from another device appear at once', async () => {
    await enableSync();
    await loadGoals();
    expect(goals.value).toEqual([]);
    const version = logVersion.value;
    const result = await applyRemoteChanges([
      {
        store: 'goals',
        id: 'g-laptop',
        device,
        hlc: hlc(1),
        fields: {
          kind: 'deliverable',
          title: 'Crisis playbook',
          start: '2026-11-01',
          due: '2026-12-31',
          pauses: [],
          archived: false,
          skillIds: [],
          createdAt: at,
          updatedAt: at,
        },
      },
      {
        store: 'activities',
        id: 'a-laptop',
        device,
        hlc: hlc(2),
        fields: {
          day: '2026-11-30',
          minutes: 30,
          type: 'reading',
          title: 'Read',
          skillIds: [],
          createdAt: at,
          updatedAt: at,
        },
      },
      {
        // An edit of one field (base: the clock it replaced), plus a theme that must not land.
        store: 'settings',
        id: 'app',
        device,
        hlc: hlc(3),
        fields: { followedRoleIds: ['smm'], theme: 'dark' },
        base: { followedRoleIds: '', theme: '' },
      },
    ]);
    expect([...result.stores].sort()).toEqual(['activities', 'goals', 'settings']);
    await refreshAfterSync(result.stores);
    expect(goals.value.map((g) => g.title)).toEqual(['Crisis playbook']);
    expect(logVersion.value).toBe(version + 1);
    expect(settings.value.followedRoleIds).toEqual(['smm']);
    // Another device's theme is not this device's.
    expect(settings.value.theme).toBe('system');
  });

  it('a language chosen on another device shows as soon as a round brings it', async () => {
    await initSettings(['en'], pickLanguage);
    await enableSync();
    render(<SettingsScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    const result = await applyRemoteChanges([
      {
        store: 'settings',
        id: 'app',
        device,
        hlc: hlc(4),
        fields: { lang: 'it' },
        base: { lang: '' },
      },
    ]);
    await refreshAfterSync(result.stores);
    // No reload, no re-render asked for: the screen is in Italian, and the choice shows it.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeTruthy(),
    );
    expect(document.documentElement.lang).toBe('it');
    expect((screen.getByLabelText('Italiano') as HTMLInputElement).checked).toBe(true);
    // The next start's boot script fetches Italian's words first.
    expect(localStorage.getItem('stt-lang')).toBe('it');
  });
});
