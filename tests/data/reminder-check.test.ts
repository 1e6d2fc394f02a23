import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logActivity } from '../../src/data/activities';
import { saveGoal } from '../../src/data/goals';
import {
  dismissedReminders,
  dismissReminders,
  recordCheck,
  wasShown,
} from '../../src/data/reminder-log';
import { deleteReminder, restoreReminder, saveReminder } from '../../src/data/reminders';
import { updateSettings } from '../../src/data/settings';
import { checkRemindersInWorker } from '../../src/sw/reminder-check';

// 2026-04-06 is a Monday. Times are local wall-clock (the test runs in the machine's zone).
const local = (s: string) => new Date(s.replace(' ', 'T'));

interface Shown {
  title: string;
  options: NotificationOptions;
}
function fakeRegistration() {
  const shown: Shown[] = [];
  return {
    shown,
    async showNotification(title: string, options: NotificationOptions = {}) {
      shown.push({ title, options });
    },
  };
}

async function mondayRule(extra: { goalId?: string; label?: string } = {}) {
  return saveReminder({
    kind: 'weekly',
    enabled: true,
    label: extra.label ?? 'Study analytics',
    days: [1],
    time: '18:30',
    skillId: 'st.analytics',
    ...(extra.goalId ? { goalId: extra.goalId } : {}),
  });
}

describe('the service worker due-check', () => {
  // The rules are set up the week before (a reminder is never due before it was created).
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(local('2026-03-30 09:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows a due reminder once, whichever run sees it first', async () => {
    const rule = await mondayRule();
    const reg = fakeRegistration();
    expect(await checkRemindersInWorker(reg, local('2026-04-06 18:00'), 'en-GB')).toBe(0);
    expect(await checkRemindersInWorker(reg, local('2026-04-06 18:45'), 'en-GB')).toBe(1);
    expect(await checkRemindersInWorker(reg, local('2026-04-06 19:30'), 'en-GB')).toBe(0);
    expect(reg.shown).toHaveLength(1);
    const [first] = reg.shown;
    expect(first?.title).toBe('Study analytics');
    expect(first?.options.data).toEqual({ url: '/log/new?skill=st.analytics' });
    expect(first?.options.tag).toBe(`${rule.id}@${local('2026-04-06 18:30').toISOString()}`);
    expect(await wasShown(String(first?.options.tag))).toBe(true);
  });

  it('does not repeat an occurrence that the page already recorded, even with an old lastCheck', async () => {
    await mondayRule();
    const page = fakeRegistration();
    await checkRemindersInWorker(page, local('2026-04-06 18:31'), 'en-GB');
    // The worker's run began before the page's finished: its window still holds 18:30.
    await recordCheck([], local('2026-04-06 18:00'));
    const worker = fakeRegistration();
    expect(await checkRemindersInWorker(worker, local('2026-04-06 18:32'), 'en-GB')).toBe(0);
    expect(page.shown).toHaveLength(1);
    expect(worker.shown).toHaveLength(0);
  });

  it('stays quiet when the linked weekly goal is already met this week', async () => {
    const goal = await saveGoal({
      kind: 'period',
      title: 'One session a week',
      start: '2026-03-02',
      pauses: [],
      archived: false,
      period: 'week',
      measure: 'sessions',
      target: 1,
      skillIds: [],
      roleIds: [],
    });
    await mondayRule({ goalId: goal.id });
    await logActivity({
      day: '2026-04-06',
      minutes: 30,
      type: 'reading',
      title: 'Read a report',
      skillIds: [],
    });
    await updateSettings({ weekStartsOn: 1 });
    const reg = fakeRegistration();
    expect(await checkRemindersInWorker(reg, local('2026-04-06 19:00'), 'en-GB')).toBe(0);
    expect(reg.shown).toEqual([]);
  });

  it('says nothing during a vacation pause, and speaks Italian when the user chose it', async () => {
    await mondayRule({ label: '' });
    await updateSettings({ remindersPausedUntil: '2026-04-06', lang: 'it' });
    const reg = fakeRegistration();
    expect(await checkRemindersInWorker(reg, local('2026-04-06 19:00'), 'en-GB')).toBe(0);
    await updateSettings({ remindersPausedUntil: '2026-04-10' });
    expect(await checkRemindersInWorker(reg, local('2026-04-13 19:00'), 'en-GB')).toBe(1);
    expect(reg.shown[0]?.title).toBe('È ora di allenarti');
  });

  it('ignores disabled and deleted rules; undo brings a rule back', async () => {
    const rule = await mondayRule();
    const removed = await deleteReminder(rule.id);
    const reg = fakeRegistration();
    expect(await checkRemindersInWorker(reg, local('2026-04-06 19:00'), 'en-GB')).toBe(0);
    if (removed) await restoreReminder(removed);
    expect(await checkRemindersInWorker(reg, local('2026-04-13 19:00'), 'en-GB')).toBe(1);
  });
});

describe('dismissed reminders', () => {
  it('remembers what the user dismissed, and forgets keys older than a week', async () => {
    const now = local('2026-04-20 10:00');
    const old = `r1@${local('2026-04-01 18:30').toISOString()}`;
    const recent = `r1@${local('2026-04-19 18:30').toISOString()}`;
    await dismissReminders([old, recent], now);
    expect([...(await dismissedReminders())]).toEqual([recent]);
  });
});
