// What the user reads about a backup: refusals in plain words (never "formatVersion is not
// valid"), records named by their title and day (never "activity no. 5"), built-in-named keys
// that do not break the screen, and the CSV's Type column in the export's language.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../src/data/backup/parse';
import { STORED } from '../../src/domain/limits';
import { pickLanguage } from '../../src/i18n/index';
import { exportActivitiesCsv, placeInWords, restoreErrorText } from '../../src/state/backup';
import { initSettings, setLanguage } from '../../src/state/settings';
import { RestoreScreen } from '../../src/ui/screens/restore/index';
import { seed } from '../data/fixture-db';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';

afterEach(() => vi.restoreAllMocks());

function pick(input: HTMLElement, name: string, body: string) {
  const file = new File([body], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const BUILTIN_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

/** The sample file with `"<key>": <value>` added inside the object that `anchor` opens. */
function withKey(anchor: string, key: string, value = '1'): string {
  const text = JSON.stringify(sampleDoc());
  const at = text.indexOf(anchor) + anchor.length;
  return `${text.slice(0, at)}"${key}":${value},${text.slice(at)}`;
}

/** One place per level of the file: top, data, a record, a record's nested object. */
const LEVELS = [
  '{', // the file itself
  '"data":{',
  '"activities":[{',
  '"evidence":[{',
  '"pauses":[{',
  '"settings":{',
];

/** Refusals of every built-in-named key at every level, as the user reads them. */
function refusalsOfBuiltinKeys(): string[] {
  const out: string[] = [];
  for (const anchor of LEVELS) {
    for (const key of BUILTIN_KEYS) {
      const result = parseBackup(withKey(anchor, key));
      expect(result.ok, `${key} after ${anchor}`).toBe(false);
      if (!result.ok) out.push(restoreErrorText(result.error));
    }
  }
  return out;
}

describe('keys named like built-ins', () => {
  it('are refused at every level of the file with a sentence, never an exception', async () => {
    await initSettings(['en'], pickLanguage);
    const sentences = refusalsOfBuiltinKeys();
    expect(sentences).toHaveLength(LEVELS.length * BUILTIN_KEYS.length);
    for (const sentence of sentences) {
      expect(sentence).toMatch(/Nothing was changed\.$/);
      expect(sentence).not.toMatch(/function|\[object|is not valid$/);
    }
  });

  it('as ids and values they are plain data: the file restores', () => {
    const data = sampleData();
    const first = data.activities[0];
    if (!first) throw new Error('sample');
    const doc = sampleDoc({
      ...data,
      activities: [
        ...data.activities,
        { ...first, id: 'constructor', title: 'toString', skillIds: ['valueOf', 'hasOwnProperty'] },
      ],
      settings: data.settings && { ...data.settings, followedRoleIds: ['constructor'] },
    });
    const result = parseBackup(JSON.stringify(doc));
    expect(result.ok).toBe(true);
  });

  it('leave the restore screen with a message, not stuck on "Reading the file…"', async () => {
    await initSettings(['en'], pickLanguage);
    render(<RestoreScreen />);
    pick(
      screen.getByLabelText('Choose a backup file'),
      'b.json',
      withKey('"data":{', 'constructor'),
    );
    const alert = await screen.findByTestId('restore-error');
    expect(alert.textContent).toMatch(/damaged.*Nothing was changed/);
    expect(screen.queryByText('Reading the file…')).toBeNull();
  });
});

describe('refusals in plain words', () => {
  const doc = () => JSON.parse(JSON.stringify(sampleDoc())) as Record<string, unknown>;
  const refusal = (file: unknown) => {
    const result = parseBackup(JSON.stringify(file));
    if (result.ok) throw new Error('accepted');
    return restoreErrorText(result.error);
  };

  it('a damaged header or data section says so, naming no raw key (EN and IT)', async () => {
    for (const [lang, damaged] of [
      ['en', /first part \(version, date\) is missing or damaged/],
      ['it', /parte iniziale \(versione, data\) manca o è danneggiata/],
    ] as const) {
      await initSettings([lang], pickLanguage);
      await setLanguage(lang);
      const cases = [
        { ...doc(), formatVersion: 'one' },
        { ...doc(), formatVersion: 0 },
        { ...doc(), exportedAt: 'yesterday' },
        { ...doc(), data: 'all of it' },
        { ...doc(), extra: true },
      ];
      for (const file of cases) {
        const text = refusal(file);
        expect(text).toMatch(damaged);
        expect(text).not.toMatch(/formatVersion|exportedAt|"data"|data is|extra/);
      }
      const noList = doc();
      delete (noList.data as Record<string, unknown>).activities;
      expect(refusal(noList)).toMatch(lang === 'en' ? /list “Activities”/ : /elenco «Attività»/);
    }
  });

  it('a bad record is named by its title and day, with the field and what is wrong', async () => {
    await initSettings(['en'], pickLanguage);
    await setLanguage('en');
    const data = sampleData();
    const [first, second] = data.activities;
    if (!first || !second) throw new Error('sample');
    const bad = { ...second, title: 'Webinar on moderation', minutes: 0 };
    const text = refusal(sampleDoc({ ...data, activities: [first, bad] }));
    expect(text).toContain('the activity “Webinar on moderation” of 10 Mar 2026, field “minutes”');
    expect(text).toContain('a value the app cannot use');
    expect(text).not.toMatch(/no\. 2/);
    const long = { ...second, title: 'x'.repeat(STORED.title + 1) };
    expect(refusal(sampleDoc({ ...data, activities: [first, long] }))).toContain(
      'a value is longer than the app can keep',
    );
    await setLanguage('it');
    expect(refusal(sampleDoc({ ...data, activities: [first, bad] }))).toContain(
      'l’attività «Webinar on moderation» del 10 mar 2026, campo «minuti»',
    );
  });

  it('keeps the numbered form when the file names nothing', async () => {
    await initSettings(['en'], pickLanguage);
    await setLanguage('en');
    expect(placeInWords('activities[3].minutes')).toBe('activity no. 4, field “minutes”');
    expect(placeInWords('constructor')).toBe('constructor');
  });
});

describe('CSV export', () => {
  it('writes the Type column as the app shows it, in the language of the export', async () => {
    await seed(sampleData());
    await initSettings(['it'], pickLanguage);
    await setLanguage('it');
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:csv';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await exportActivitiesCsv(new Date('2026-12-01T10:00:00'));
    await waitFor(() => expect(blob).not.toBeNull());
    const rows = (await (blob as unknown as Blob).text()).split('\r\n');
    expect(rows[0]).toContain('Tipo');
    expect(rows[1]).toContain(',Webinar,');
    expect(rows[2]).toContain(',Lettura,');
    expect(rows.join('\n')).not.toMatch(/,reading,|,webinar,/);
  });
});
