// What every record's schema is made of (domain/types/basics.ts and the limits of
// domain/limits.ts): ids, days, timestamps, times, links, bounded texts and lists, the stamps.
import * as v from 'valibot';
import { isDayKey } from '../../../domain/days';
import { ID_PATTERN, STORED } from '../../../domain/limits';
import { isWebLink } from '../../../domain/links';

/**
 * The stored tier of domain/limits.ts: what the data layer writes, so everything any version of
 * the app saved restores (see there). Kept under this name for the schema's readers.
 */
export const LIMITS = STORED;

const TIMESTAMP_RE =
  /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
function isTimestamp(s: string): boolean {
  const m = TIMESTAMP_RE.exec(s);
  return m !== null && isDayKey(m[1] ?? '') && Number.isFinite(Date.parse(s));
}
export const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A safe alphabet: no line break or control character can reach a calendar file or a URL. */
export const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'not a valid id'));
export const Ids = v.pipe(v.array(Id), v.maxLength(LIMITS.inner));
export const Day = v.pipe(v.string(), v.check(isDayKey, 'not a calendar day'));
export const Stamp = v.pipe(v.string(), v.check(isTimestamp, 'not a timestamp'));
export const Clock = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
export const Link = v.pipe(
  v.string(),
  v.maxLength(LIMITS.link),
  v.check(isWebLink, 'not an http(s) link'),
);
export const Title = str(LIMITS.title);
export const Note = str(LIMITS.note);
export const Level = v.picklist([0, 1, 2, 3, 4]);
export const Rating = v.picklist([0, 1, 2, 3, 4, 'na']);
export const Weekday = v.picklist([1, 2, 3, 4, 5, 6, 7]);
export const Int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
export const IntIn = (range: { readonly min: number; readonly max: number }) =>
  Int(range.min, range.max);
export const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.inner) =>
  v.pipe(v.array(item), v.maxLength(max));
export const text = (max: number) =>
  v.union([str(max), v.strictObject({ en: str(max), it: str(max) })]);
/** A list of records with ids, each id once (deleting one must never delete two). */
export const uniqueIds = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.pipe(
    list(item),
    v.check((items) => new Set(items.map((x) => x.id)).size === items.length, 'duplicate id'),
  );

export const stamped = { id: Id, createdAt: Stamp, updatedAt: Stamp };
