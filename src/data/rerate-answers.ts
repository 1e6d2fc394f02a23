import type { DayKey } from '../domain/types';
import { db } from './db';
import { withStorageErrors } from './errors';

// When the person last answered a "still true?" about each skill (kept it, changed it, or said
// "not now"): the re-rate suggestion stays quiet for a while after. App state, not user data:
// kept in `meta`, not in backups (losing it only means one question may come back early).

const KEY = 'rerate.answered';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Per skill id, the day of the last answer. Anything malformed in storage is ignored. */
export async function rerateAnswers(): Promise<Map<string, DayKey>> {
  const record = await (await db()).get('meta', KEY);
  const out = new Map<string, DayKey>();
  const value = record?.value;
  if (typeof value !== 'object' || value === null) return out;
  for (const [skillId, day] of Object.entries(value)) {
    if (typeof day === 'string' && DAY.test(day)) out.set(skillId, day);
  }
  return out;
}

/** Records an answer about one skill (read-modify-write in one transaction). */
export async function recordRerateAnswer(skillId: string, day: DayKey): Promise<void> {
  await withStorageErrors(async () => {
    const tx = (await db()).transaction('meta', 'readwrite');
    const record = await tx.store.get(KEY);
    const current =
      typeof record?.value === 'object' && record.value !== null
        ? (record.value as Record<string, unknown>)
        : {};
    await Promise.all([tx.store.put({ key: KEY, value: { ...current, [skillId]: day } }), tx.done]);
  });
}
