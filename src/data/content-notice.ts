// Which content version's news the person has seen, kept in the `meta` store (per device, not
// part of a backup: it is a view state, like a dismissed card). A new database gets the current
// version at creation (db.ts), so a new install never sees news of changes it never had.
import { CONTENT_NOTICE_SEEN_KEY, db } from './db';
import { withStorageErrors } from './errors';

/** A database made before the key existed was made under content version 1, the only one then. */
const BEFORE_THE_KEY = 1;

function versionOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

/** The content version whose news was last seen (or dismissed). */
export async function noticeSeenVersion(): Promise<number> {
  const record = await (await db()).get('meta', CONTENT_NOTICE_SEEN_KEY);
  return versionOf(record?.value) ?? BEFORE_THE_KEY;
}

/** Records that the news up to `version` was seen. Never lowers it (an older tab may call). */
export function markNoticeSeen(version: number): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction('meta', 'readwrite');
    const stored = versionOf((await tx.store.get(CONTENT_NOTICE_SEEN_KEY))?.value);
    if (stored === null || stored < version) {
      await tx.store.put({ key: CONTENT_NOTICE_SEEN_KEY, value: version });
    }
    await tx.done;
  });
}
