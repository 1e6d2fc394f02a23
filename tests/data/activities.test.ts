import { describe, expect, it } from 'vitest';
import {
  type ActivityInput,
  activitiesBetween,
  activitiesForSkill,
  deleteActivity,
  latestActivities,
  logActivity,
  oldestActivityDay,
  restoreActivity,
  updateActivity,
} from '../../src/data/activities';

function input(day: string, patch: Partial<ActivityInput> = {}): ActivityInput {
  return { day, minutes: 30, type: 'webinar', title: `On ${day}`, skillIds: [], ...patch };
}

describe('activities', () => {
  it('reads only the days asked for, newest first, ends included', async () => {
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09', '2026-03-15']) {
      await logActivity(input(day));
    }
    const week = await activitiesBetween('2026-03-02', '2026-03-08');
    expect(week.map((a) => a.day)).toEqual(['2026-03-08', '2026-03-02']);
    expect(await activitiesBetween('2026-03-10', '2026-03-09')).toEqual([]);
    expect(await oldestActivityDay()).toBe('2026-03-01');
  });

  it('finds the last activities that touched a skill, whatever other skills they touch', async () => {
    await logActivity(input('2026-01-01', { skillIds: ['sh.analytics', 'cm.moderation'] }));
    await logActivity(input('2026-01-05', { skillIds: ['cm.moderation'] }));
    await logActivity(input('2026-01-09', { skillIds: ['sh.analytics'] }));
    await logActivity(input('2026-01-10', { skillIds: ['smm.ads'] }));
    const analytics = await activitiesForSkill('sh.analytics', 5);
    expect(analytics.map((a) => a.day)).toEqual(['2026-01-09', '2026-01-01']);
    expect((await activitiesForSkill('cm.moderation', 1)).map((a) => a.day)).toEqual([
      '2026-01-05',
    ]);
  });

  it('gives back the latest few without reading everything', async () => {
    for (let d = 1; d <= 9; d++) await logActivity(input(`2026-02-0${d}`));
    const latest = await latestActivities(3);
    expect(latest.map((a) => a.day)).toEqual(['2026-02-09', '2026-02-08', '2026-02-07']);
  });

  it('deletes an activity and puts it back exactly as it was on undo', async () => {
    const saved = await logActivity(
      input('2026-04-01', { note: 'moderation', link: 'https://x.test' }),
    );
    const removed = await deleteActivity(saved.id);
    expect(removed).toEqual(saved);
    expect(await activitiesBetween('2026-04-01', '2026-04-01')).toEqual([]);
    if (removed) await restoreActivity(removed);
    expect(await activitiesBetween('2026-04-01', '2026-04-01')).toEqual([saved]);
    expect(await deleteActivity('missing')).toBeNull();
  });

  it('edits keep the id and creation time, move the day and drop cleared fields', async () => {
    const saved = await logActivity(input('2026-04-01', { note: 'draft' }));
    const edited = await updateActivity(saved.id, input('2026-04-03', { minutes: 45, note: ' ' }));
    expect(edited.id).toBe(saved.id);
    expect(edited.createdAt).toBe(saved.createdAt);
    expect(edited.note).toBeUndefined();
    expect(await activitiesBetween('2026-04-01', '2026-04-02')).toEqual([]);
    expect((await activitiesBetween('2026-04-03', '2026-04-03'))[0]?.minutes).toBe(45);
  });
});
