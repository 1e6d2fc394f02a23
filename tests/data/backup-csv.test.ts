import { describe, expect, it } from 'vitest';
import { activitiesCsv, activitiesCsvFileName } from '../../src/data/backup/csv';
import type { Activity } from '../../src/domain/types';

const base: Activity = {
  id: 'a',
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  day: '2026-03-02',
  minutes: 45,
  type: 'webinar',
  title: 'Moderazione',
  skillIds: [],
};
const names: Record<string, string> = { 'cm.mod': 'Moderazione, base', 'smm.an': 'Analytics' };
const csv = (list: Activity[]) => activitiesCsv(list, (id) => names[id] ?? id);

/** Rows without the BOM, split on CRLF (the last line ends with one too). */
const rows = (text: string) => text.slice(1).split('\r\n').slice(0, -1);

describe('activitiesCsv', () => {
  it('starts with a UTF-8 BOM and a header, ends every line with CRLF', () => {
    const text = csv([base]);
    expect(text.startsWith('\uFEFFdate,time,minutes,type,title,skills,note,link\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows(text)).toEqual([
      'date,time,minutes,type,title,skills,note,link',
      '2026-03-02,,45,webinar,Moderazione,,,',
    ]);
  });

  it('quotes commas, doubles quotes, keeps a newline inside a quoted note, keeps accents', () => {
    const text = csv([
      {
        ...base,
        time: '07:45',
        title: 'Il "metodo" à la carte, parte 2',
        skillIds: ['cm.mod', 'smm.an', 'future.x'],
        note: 'Sul treno.\r\nDa rivedere: è utile',
        link: 'https://example.org/?a=1,2',
      },
    ]);
    expect(rows(text.replace('\r\nDa', '<CRLF>Da'))[1]).toBe(
      '2026-03-02,07:45,45,webinar,"Il ""metodo"" à la carte, parte 2",' +
        '"Moderazione, base; Analytics; future.x","Sul treno.<CRLF>Da rivedere: è utile",' +
        '"https://example.org/?a=1,2"',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const text = csv([
      { ...base, title: '=HYPERLINK("http://evil","click")', note: '+1 idea', id: '1' },
      { ...base, title: '-2 ore', note: '@SUM(A1)', id: '2', createdAt: '2026-03-03T00:00:00Z' },
    ]);
    const [, first, second] = rows(text);
    expect(first).toBe(
      `2026-03-02,,45,webinar,"'=HYPERLINK(""http://evil"",""click"")",,'+1 idea,`,
    );
    expect(second).toBe("2026-03-02,,45,webinar,'-2 ore,,'@SUM(A1),");
  });

  it('lists activities oldest first', () => {
    const later = { ...base, id: 'b', day: '2026-03-05', title: 'Later' };
    const morning = { ...base, id: 'c', time: '07:00', title: 'Morning' };
    const evening = { ...base, id: 'd', time: '21:00', title: 'Evening' };
    const titles = rows(csv([later, evening, morning])).map((r) => r.split(',')[4]);
    expect(titles).toEqual(['title', 'Morning', 'Evening', 'Later']);
  });

  it('names the file after the day', () => {
    expect(activitiesCsvFileName('2026-11-26')).toBe(
      'self-training-tracker-activities-2026-11-26.csv',
    );
  });
});
