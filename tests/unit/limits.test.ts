// The limits themselves: every id the app makes or ships fits the safe alphabet, the forms'
// tier never exceeds what is stored (so what a form takes, a backup restores), and the day
// range refuses typos like 9999 or 0202.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../src/domain/catalog/index';
import { INPUT, isDayInRange, isSafeId, STORED } from '../../src/domain/limits';

describe('limits', () => {
  it('every built-in id (roles, areas, skills, steps) is a safe id', () => {
    const ids = [
      ...BUILTIN_CATALOG.roles.flatMap((r) => [r.id, ...r.areas.map((a) => a.id)]),
      ...BUILTIN_CATALOG.skills.flatMap((s) => [s.id, ...s.checklist.map((c) => c.id)]),
    ];
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !isSafeId(id))).toEqual([]);
  });

  it('ids the app generates are safe, and hostile ones are not', () => {
    for (const id of [crypto.randomUUID(), 'my-1a2b3c4d', 'my-1a2b3c4d/9f8e7d', 'cm.onboarding']) {
      expect(isSafeId(id), id).toBe(true);
    }
    for (const id of [
      '',
      'a\nb',
      'a\r\nUID:x',
      'a b',
      ' a',
      '__proto__',
      'x'.repeat(101),
      'a\u202e',
    ]) {
      expect(isSafeId(id), JSON.stringify(id)).toBe(false);
    }
  });

  it('what a form takes is never more than what is stored', () => {
    for (const key of [
      'title',
      'label',
      'name',
      'note',
      'evidenceNote',
      'description',
      'summary',
      'step',
      'link',
    ] as const) {
      expect(INPUT[key], key).toBeLessThanOrEqual(STORED[key]);
    }
    expect(INPUT.steps).toBeLessThanOrEqual(STORED.inner);
    expect(INPUT.targetMinutes.max).toBeLessThanOrEqual(STORED.target.max);
    expect(INPUT.targetSessions.max).toBeLessThanOrEqual(STORED.target.max);
    expect(INPUT.daysBefore.max).toBeLessThanOrEqual(STORED.daysBefore.max);
  });

  it('days: a real calendar day from 2000 to 2100', () => {
    expect(isDayInRange('2026-12-01')).toBe(true);
    expect(isDayInRange('2000-01-01')).toBe(true);
    expect(isDayInRange('2100-12-31')).toBe(true);
    for (const day of ['9999-12-31', '0202-03-01', '1999-12-31', '2101-01-01', '2026-02-30', '']) {
      expect(isDayInRange(day), day).toBe(false);
    }
  });
});
