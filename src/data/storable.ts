// The data layer's own check before it writes a user record: the very schema a backup is read
// with (data/backup/schema.ts, on the stored limits of domain/limits.ts). So whatever the forms
// or a bug hand it, nothing is saved that the app's own backup would then refuse. The schema is
// loaded on the first save, not at first paint; run this BEFORE opening a transaction (an
// await on anything but a request inside one lets it commit early).
import type { RecordStore } from './backup/format';

export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly store: RecordStore,
    /** Where, e.g. 'title' or 'checklist.3.text'. */
    readonly path: string,
  ) {
    super(`${store}: ${path || 'record'} is outside what a backup can restore`);
  }
}

/** Throws InvalidRecordError when `record` would not pass a backup's schema for `store`. */
export async function assertStorable(store: RecordStore, record: unknown): Promise<void> {
  const [v, { RECORD_SCHEMAS }] = await Promise.all([import('valibot'), import('./backup/schema')]);
  const result = v.safeParse(RECORD_SCHEMAS[store], record, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw new InvalidRecordError(store, v.getDotPath(issue) ?? '');
  }
}
