import { describe, expect, it } from 'vitest';
import { logActivity } from '../../src/data/activities';
import { addDays, todayKey } from '../../src/domain/days';
import {
  forgetRecentWindow,
  readLastDays,
  removeActivity,
  saveActivity,
} from '../../src/state/log';

// Today keeps its 90-day window in memory and patches it with this tab's writes, so a save
// shows at once without reading 90 days again. These are the cases where a cache goes stale.
const today = todayKey(new Date());
const input = (day: string, title: string) =>
  ({ day, minutes: 30, type: 'practice', title, skillIds: [] }) as const;
const titles = async () => (await readLastDays(90, today)).map((a) => a.title);

describe("Today's recent window", () => {
  it('shows a save, an edit that moves it out of the window, and a delete, without stale rows', async () => {
    forgetRecentWindow();
    expect(await titles()).toEqual([]);
    const saved = await saveActivity(input(today, 'Moderation drill'));
    const older = await saveActivity(input(addDays(today, -3), 'Webinar'));
    expect(await titles()).toEqual(['Moderation drill', 'Webinar']);

    await saveActivity(input(addDays(today, -200), 'Webinar'), older.id);
    expect(await titles()).toEqual(['Moderation drill']);

    await removeActivity(saved.id);
    expect(await titles()).toEqual([]);
  });

  it('reads again after the app was in the background (another tab may have logged)', async () => {
    forgetRecentWindow();
    await saveActivity(input(today, 'Mine'));
    expect(await titles()).toEqual(['Mine']);
    await logActivity(input(today, 'From another tab'));
    // Kept while this tab is in use: only its own writes are applied.
    expect(await titles()).toEqual(['Mine']);
    document.dispatchEvent(new Event('visibilitychange'));
    expect((await titles()).sort()).toEqual(['From another tab', 'Mine']);
  });
});
