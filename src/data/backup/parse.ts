// Reading a backup file the user picked: the whole file is checked before anything is written,
// and a refusal says why with a code the UI translates plus the place in the file.
import * as v from 'valibot';
import { CONTENT_CHANGES, type ContentChange } from '../../domain/catalog/changes';
import { withRenamedSkills } from '../../domain/catalog/upgrade-data';
import { isDayKey } from '../../domain/days';
import { isSafeId } from '../../domain/limits';
import { reminderGoalId } from '../../domain/types';
import type { BackupDoc } from './format';
import {
  BACKUP_FORMAT,
  BackupSchema,
  BackupVersionError,
  type RawDoc,
  RECORD_STORES,
  upgradeBackup,
} from './format';

export type RestoreErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-a-backup'
  | 'newer-version'
  | 'invalid'
  | 'dangling-reference';

/** What is wrong with the value at an 'invalid' path, for a sentence in plain words. */
export type FieldProblem =
  | 'missing'
  | 'unknown-field'
  | 'too-long'
  | 'duplicate'
  | 'bad-id'
  | 'bad-value';

/** The record at fault as the user knows it (read from the file, so each part may be absent). */
export interface RecordLabel {
  readonly title?: string;
  readonly day?: string;
  readonly skillId?: string;
}

export interface RestoreError {
  readonly code: RestoreErrorCode;
  /** Where or what: a path such as 'activities[3].minutes', a size, a version number. */
  readonly detail: string;
  readonly problem?: FieldProblem;
  readonly record?: RecordLabel;
}

export type ParseResult =
  | { readonly ok: true; readonly doc: BackupDoc }
  | { readonly ok: false; readonly error: RestoreError };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const fail = (code: RestoreErrorCode, detail: string): ParseResult => ({
  ok: false,
  error: { code, detail },
});

/** A readable piece of a record: a short single-line string, or nothing. */
function shortText(value: unknown): string | undefined {
  const raw =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null && Object.hasOwn(value, 'en')
        ? (value as { en: unknown }).en
        : undefined;
  if (typeof raw !== 'string') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = raw.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

const own = (record: object, key: string): unknown =>
  Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

/**
 * The title, day and skill of record `index` of `store` in a raw (unvalidated) document, so a
 * refusal can say "activity 'Webinar' of 3 Dec 2026" instead of "activity no. 5".
 */
export function recordLabel(doc: unknown, store: string, index: number): RecordLabel | undefined {
  const data = typeof doc === 'object' && doc !== null ? own(doc, 'data') : undefined;
  const list = typeof data === 'object' && data !== null ? own(data, store) : undefined;
  const record = Array.isArray(list) ? (list[index] as unknown) : undefined;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const title = shortText(own(record, 'title') ?? own(record, 'label') ?? own(record, 'name'));
  const day = own(record, 'day');
  const skill = store === 'skillStates' ? own(record, 'id') : own(record, 'skillId');
  const label: RecordLabel = {
    ...(title ? { title } : {}),
    ...(typeof day === 'string' && isDayKey(day) ? { day } : {}),
    ...(typeof skill === 'string' && isSafeId(skill) ? { skillId: skill } : {}),
  };
  return Object.keys(label).length > 0 ? label : undefined;
}

/** The store and index an issue path starts with, as in 'activities[3].title'. */
function recordAt(path: string): { store: string; index: number } | null {
  const match = /^([A-Za-z]+)\[(\d+)\]/.exec(path);
  return match?.[1] && match[2] ? { store: match[1], index: Number(match[2]) } : null;
}

function problemOf(issue: v.BaseIssue<unknown>): FieldProblem {
  if (issue.input === undefined) return 'missing';
  if (issue.type === 'strict_object') return 'unknown-field';
  if (issue.type === 'max_length') return 'too-long';
  if (issue.message === 'duplicate id') return 'duplicate';
  if (issue.message === 'not a valid id') return 'bad-id';
  return 'bad-value';
}

/** A refusal of an invalid value, with what is wrong and which record it is. */
function invalid(doc: unknown, path: string, problem: FieldProblem): ParseResult {
  const at = recordAt(path);
  const record = at ? recordLabel(doc, at.store, at.index) : undefined;
  return {
    ok: false,
    error: { code: 'invalid', detail: path, problem, ...(record ? { record } : {}) },
  };
}

/** UTF-8 size, computed only when the character count leaves it in doubt. */
function utf8Bytes(text: string, maxBytes: number): number {
  if (text.length > maxBytes || text.length * 3 <= maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/** 'data.activities[3].minutes' -> 'activities[3].minutes'. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path.replace(/^data\./, '') || '(file)';
}

function isRawDoc(x: unknown): x is RawDoc {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The first record whose id repeats an earlier one in the same list, as a path. */
function firstDuplicateId(doc: BackupDoc): string | null {
  for (const store of RECORD_STORES) {
    const seen = new Set<string>();
    const list: readonly { id: string }[] = doc.data[store];
    for (const [i, record] of list.entries()) {
      if (seen.has(record.id)) return `${store}[${i}].id`;
      seen.add(record.id);
    }
  }
  return null;
}

/**
 * Validates a whole backup file. Checks, in order: size (default 20 MB), JSON, that it is our
 * format, its version (newer -> 'newer-version'; older -> upgraded), every field (-> 'invalid'
 * with the path of the first problem), and unique ids per list. Goal references from reminders
 * depend on the restore mode, so checkReferences() runs at preview and apply time.
 * A file written under an older content version gets the skill renames made since (the same ones
 * the database got, see data/content-upgrade.ts), so a restore never brings old ids back;
 * `contentChanges` is for tests. The file's contentVersion is left as written.
 */
export function parseBackup(
  text: string,
  opts: { maxBytes?: number; contentChanges?: readonly ContentChange[] } = {},
): ParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = utf8Bytes(text, maxBytes);
  if (bytes > maxBytes) return fail('too-large', String(bytes));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('not-json', error instanceof Error ? error.message : 'JSON');
  }
  if (!isRawDoc(raw) || raw.format !== BACKUP_FORMAT) return fail('not-a-backup', 'format');
  let upgraded: RawDoc;
  try {
    upgraded = upgradeBackup(raw);
  } catch (error) {
    if (!(error instanceof BackupVersionError)) throw error;
    return error.kind === 'newer'
      ? fail('newer-version', String(error.version))
      : fail('invalid', 'formatVersion');
  }
  const result = v.safeParse(BackupSchema, upgraded, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    return invalid(upgraded, issuePath(issue), problemOf(issue));
  }
  const doc: BackupDoc = result.output;
  const duplicate = firstDuplicateId(doc);
  if (duplicate) return invalid(upgraded, duplicate, 'duplicate');
  const changes = opts.contentChanges ?? CONTENT_CHANGES;
  const data = withRenamedSkills(doc.data, changes, doc.contentVersion);
  return { ok: true, doc: data === doc.data ? doc : { ...doc, data } };
}

/**
 * Reminders must point at a goal that will exist after the restore: one in the file, or, when
 * merging, one already in the database. Skill and role ids are NOT checked: a file from an app
 * with newer built-in content may name skills this version does not know yet, and dropping the
 * user's records for that would lose data; they are kept and shown once the content arrives.
 */
export function checkReferences(
  doc: BackupDoc,
  mode: 'replace' | 'merge',
  goalIdsInDb: ReadonlySet<string>,
): RestoreError | null {
  const goalIds = new Set(doc.data.goals.map((g) => g.id));
  for (const [i, reminder] of doc.data.reminders.entries()) {
    const goalId = reminderGoalId(reminder);
    if (goalId === undefined || goalIds.has(goalId)) continue;
    if (mode === 'merge' && goalIdsInDb.has(goalId)) continue;
    const record = recordLabel({ data: doc.data }, 'reminders', i);
    return {
      code: 'dangling-reference',
      detail: `reminders[${i}].goalId`,
      ...(record ? { record } : {}),
    };
  }
  return null;
}
