// The wording rules of the review (Dec 2026) checked on every UI string, so a new string that
// breaks one fails here with its key: counts agree with their noun, Italian quotes are « »,
// and nothing addresses the user in the masculine only.
import { describe, expect, it as test } from 'vitest';
import { en } from '../../src/i18n/en/index';
import { it } from '../../src/i18n/it/index';

interface Entry {
  readonly key: string;
  readonly value: string;
  /** Inside a plural message ({ one, other }): its {n} picks the form. */
  readonly plural: boolean;
}

function entries(node: unknown, key = '', plural = false): Entry[] {
  if (typeof node === 'string') return [{ key, value: node, plural }];
  if (Array.isArray(node)) return node.flatMap((x, i) => entries(x, `${key}[${i}]`, plural));
  if (node && typeof node === 'object') {
    const isPlural = 'one' in node && 'other' in node;
    return Object.entries(node).flatMap(([k, v]) => entries(v, key ? `${key}.${k}` : k, isPlural));
  }
  return [];
}

/** Placeholders that hold a count ({max} is left out: limits are constants, never 1). */
const COUNTS = ['n', 'done', 'total', 'shown', 'count', 'roles', 'skills'];
/** Words that may follow a count without agreeing with it ("3 of 5", "2 a week", "4 done"). */
const LINKS = new Set(['of', 'a', 'per', 'and', 'is', 'done', 'di', 'su', 'e']);
/** Reviewed: never shown with a count of 1, or invariable. */
const REVIEWED: Record<string, string> = {
  'common.minutesShort': 'an abbreviation: 1 min, 2 min',
  'log.list.matchesCapped': 'shown only above the cap of matches (hundreds)',
};

/** Strings where a count stands before a word it must agree with, without a plural form. */
function countsBeforeNouns(list: readonly Entry[]): string[] {
  const found: string[] = [];
  for (const { key, value, plural } of list) {
    if (key in REVIEWED) continue;
    for (const m of value.matchAll(/\{(\w+)\} (\p{L}+)/gu)) {
      const [whole, name = '', word = ''] = m;
      if (!COUNTS.includes(name) || LINKS.has(word.toLowerCase())) continue;
      // In a plural message only {n} chooses the form; another count before a noun is a bug
      // ("{done} competenze" reads "1 competenze").
      if (plural && name === 'n') continue;
      found.push(`${key}: ${whole}`);
    }
  }
  return found;
}

describe('UI strings', () => {
  const enList = entries(en);
  const itList = entries(it);

  test('put a count before a noun only through a plural form, in both languages', () => {
    expect(countsBeforeNouns(enList)).toEqual([]);
    expect(countsBeforeNouns(itList)).toEqual([]);
  });

  test('quote in Italian with « » only', () => {
    expect(itList.filter((e) => /[“”"]/.test(e.value)).map((e) => e.key)).toEqual([]);
  });

  test('never address the user in the masculine only, in Italian', () => {
    const masculine =
      /(?<!il )\bbenvenut[oi]\b|\bti sei valutat|\bsei (pronto|sicuro|iscritto|arrivato|stato)\b|\ba te stesso\b|\bautonomo\b|\bvalutato\b|\biscritto\b/i;
    expect(itList.filter((e) => masculine.test(e.value)).map((e) => e.key)).toEqual([]);
  });
});
