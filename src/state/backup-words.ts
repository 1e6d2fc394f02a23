// Refusals and warnings about a backup in the user's words: a record is named by its title and
// day ("the activity “Webinar” of 3 Dec 2026"), a field by the form's name for it, and the file
// itself in a sentence, never by storage order or raw keys. Keys read from a file go through
// Object.hasOwn: a key named "constructor" or "toString" is just an unknown key.
import type { RecordLabel, RestoreError } from '../data/backup/index';
import { skillById, text } from '../domain/catalog/index';
import { fmt, formatDay } from '../i18n/format';
import { lang, messages } from '../i18n/index';
import { catalog } from './catalog';

type BackupMessages = ReturnType<typeof messages>['backup'];
type StoreKey = keyof BackupMessages['record'];

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

/** "the activity “Webinar” of 3 Dec 2026", or "activity no. 4" when the file names nothing. */
function recordInWords(store: StoreKey, n: number, label: RecordLabel | undefined): string {
  const m = messages().backup;
  const skill = label?.skillId ? skillById(catalog.value, label.skillId) : undefined;
  const title = label?.title ?? (skill ? text(skill.name, lang.value) : undefined);
  if (!title) return fmt(m.record[store], { n });
  const named = fmt(m.named.titled, { kind: m.named.kinds[store], title });
  return label?.day ? fmt(m.named.onDay, { record: named, day: formatDay(label.day) }) : named;
}

/** 'evidence[0].note' -> "evidence" (the form's word for the first key), else the key itself. */
function fieldInWords(path: string): string {
  const fields = messages().backup.fields;
  const key = /^[A-Za-z_$][\w$]*/.exec(path)?.[0] ?? path;
  return has(fields, key) ? fields[key] : key;
}

/**
 * 'activities[3].minutes' -> "the activity “Webinar” of 3 Dec 2026, field “minutes”" (with the
 * record's label from the file), "activity no. 4, field “minutes”" without one. Null when the
 * path names no record kind (the file's header or something outside the data).
 */
export function recordPlace(path: string, label?: RecordLabel): string | null {
  const m = messages().backup;
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?\.?(.*)$/.exec(path);
  const store = match?.[1];
  if (!match || !store || !has(m.record, store)) return null;
  if (match[2] === undefined && store !== 'settings') return null;
  const record = recordInWords(store, Number(match[2] ?? 0) + 1, label);
  return match[3] ? fmt(m.place, { record, field: fieldInWords(match[3]) }) : record;
}

/** Like recordPlace, with the path itself as the last resort (never an empty string). */
export function placeInWords(path: string, label?: RecordLabel): string {
  return recordPlace(path, label) ?? path;
}

/** The sentence for a refused file: what is wrong, where, and that nothing changed. */
export function restoreErrorText(error: RestoreError): string {
  const m = messages().backup;
  const errors = m.restore.errors;
  if (error.code === 'dangling-reference') {
    // The record, not the field name: "the reminder “Study” refers to a goal...".
    const place = placeInWords(error.detail.split('.')[0] ?? '', error.record);
    return fmt(errors['dangling-reference'], { place });
  }
  if (error.code !== 'invalid')
    return has(errors, error.code) ? errors[error.code] : errors.damaged;
  const place = recordPlace(error.detail, error.record);
  if (place === null) {
    const store = /^[A-Za-z]+/.exec(error.detail)?.[0] ?? '';
    return has(m.kinds, store) ? fmt(errors.listDamaged, { kind: m.kinds[store] }) : errors.damaged;
  }
  const problem = error.problem;
  return problem
    ? fmt(errors.invalidBecause, { place, problem: errors.problems[problem] })
    : fmt(errors.invalid, { place });
}
