import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentBackupDoc } from '../../src/data/backup/export';
import { StorageFullError } from '../../src/data/errors';
import { loadSettings } from '../../src/data/settings';
import { pickLanguage } from '../../src/i18n/index';
import { backupNudgeDue, placeInWords, restoreBackup } from '../../src/state/backup';
import { userMessageFor } from '../../src/state/errors';
import { changeSettings, initSettings } from '../../src/state/settings';
import { RestoreScreen } from '../../src/ui/screens/restore/index';
import { BackupNudge } from '../../src/ui/screens/settings/backup-nudge';
import { BackupSection } from '../../src/ui/screens/settings/backup-section';
import { seed } from '../data/fixture-db';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';

afterEach(() => vi.restoreAllMocks());

function pick(input: HTMLElement, name: string, body: string) {
  const file = new File([body], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Back up now', () => {
  it('downloads a dated file and then says the last backup was today', async () => {
    await initSettings(['en'], pickLanguage);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    render(<BackupSection />);
    expect(screen.getByTestId('last-backup').textContent).toBe('Last backup file made: never');
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() =>
      expect(screen.getByTestId('last-backup').textContent).toBe('Last backup file made: today'),
    );
    expect(clicks[0]).toMatch(/^self-training-tracker-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect((await loadSettings()).lastBackupAt).toBeTruthy();
  });
});

describe('Restore screen', () => {
  it('refuses a truncated file in plain words and changes nothing', async () => {
    await seed(sampleData());
    const before = await currentBackupDoc();
    render(<RestoreScreen />);
    const json = JSON.stringify(sampleDoc());
    pick(screen.getByLabelText('Choose a backup file'), 'cut.json', json.slice(0, json.length / 2));
    const alert = await screen.findByTestId('restore-error');
    expect(alert.textContent).toMatch(/not readable as a backup.*Nothing was changed/);
    expect(screen.queryByRole('button', { name: 'Replace my data' })).toBeNull();
    expect((await currentBackupDoc()).data).toEqual(before.data);
  });

  it('names the damaged record and field of an invalid file', async () => {
    const doc = sampleDoc();
    const bad = { ...doc, data: { ...doc.data, activities: [doc.data.activities[0], { x: 1 }] } };
    render(<RestoreScreen />);
    pick(screen.getByLabelText('Choose a backup file'), 'bad.json', JSON.stringify(bad));
    expect((await screen.findByTestId('restore-error')).textContent).toContain('activity no. 2');
  });

  it('previews per kind for the chosen mode, then replaces and reloads', async () => {
    const data = sampleData();
    await seed({ ...data, activities: data.activities.slice(0, 1) });
    render(<RestoreScreen />);
    pick(screen.getByLabelText('Choose a backup file'), 'backup.json', JSON.stringify(sampleDoc()));
    const table = await screen.findByTestId('restore-preview');
    const row = table.querySelector('[data-kind="activities"]');
    // new, changed, same, removed
    expect([...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '1',
      '0',
      '1',
      '0',
    ]);
    fireEvent.click(screen.getByLabelText('Merge'));
    await screen.findByRole('button', { name: 'Merge into my data' });
    expect(await screen.findByRole('columnheader', { name: 'Yours kept' })).toBeTruthy();
    const reload = vi.fn();
    const result = await restoreBackup(sampleDoc(), 'replace', reload);
    expect(result.ok).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
    expect((await currentBackupDoc()).data.activities).toHaveLength(2);
  });
});

describe('backup reminder rule', () => {
  const now = new Date(2026, 5, 30, 12);
  it('waits two weeks of data before the first backup, then asks', () => {
    const base = { lastBackupAt: undefined, newest: '2026-06-29T10:00:00.000Z', now };
    expect(backupNudgeDue({ ...base, oldest: '2026-06-20T10:00:00.000Z' })).toBe(false);
    expect(backupNudgeDue({ ...base, oldest: '2026-06-10T10:00:00.000Z' })).toBe(true);
    expect(backupNudgeDue({ ...base, newest: null, oldest: null })).toBe(false);
  });
  it('asks again only when the backup is 14+ days old and data changed since', () => {
    const old = '2026-06-01T10:00:00.000Z';
    const base = { oldest: '2026-01-01T10:00:00.000Z', now };
    expect(backupNudgeDue({ ...base, lastBackupAt: old, newest: '2026-06-02T10:00:00.000Z' })).toBe(
      true,
    );
    expect(backupNudgeDue({ ...base, lastBackupAt: old, newest: '2026-05-30T10:00:00.000Z' })).toBe(
      false,
    );
    const recent = '2026-06-25T10:00:00.000Z';
    expect(
      backupNudgeDue({ ...base, lastBackupAt: recent, newest: '2026-06-29T10:00:00.000Z' }),
    ).toBe(false);
  });
});

describe('messages', () => {
  it('says where a file is broken without code syntax', () => {
    expect(placeInWords('activities[3].minutes')).toBe('activity no. 4, field “minutes”');
    expect(placeInWords('settings.theme')).toBe('the settings, field “theme”');
  });
  it('turns a full disk into the storage-full sentence, anything else into its reason', () => {
    expect(userMessageFor(new StorageFullError())).toMatch(/storage is full/);
    expect(userMessageFor(new Error('boom'))).toBe('Could not save: boom. Nothing was changed.');
  });
});

describe('backup nudge', () => {
  it('shows on a device with weeks-old data never backed up, not after a recent backup', async () => {
    await seed({ ...sampleData(), settings: null }); // records from March 2026, no backup yet
    await initSettings(['en'], pickLanguage);
    const { unmount } = render(<BackupNudge />);
    expect((await screen.findByTestId('backup-nudge')).textContent).toContain('not backed up yet');
    unmount();
    await changeSettings({ lastBackupAt: new Date().toISOString() });
    render(<BackupNudge />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('backup-nudge')).toBeNull();
  });
});
