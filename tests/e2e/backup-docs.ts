// Backup files built in the test process (no app code): what a user would restore.
const T = '2026-03-01T08:00:00.000Z';

export interface DocOptions {
  activities?: number;
  title?: (i: number) => string;
  note?: (i: number) => string | undefined;
  day?: (i: number) => string;
  skillIds?: (i: number) => string[];
  customRoles?: unknown[];
  followedRoleIds?: string[];
  skillStates?: unknown[];
  customSkills?: unknown[];
}

function day(i: number): string {
  const d = new Date(2025, 0, 1 + (i % 400));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A valid backup document, onboarded on the CM role, with `activities` activities. */
export function backupDoc(opts: DocOptions = {}): string {
  const activities = Array.from({ length: opts.activities ?? 0 }, (_, i) => {
    const note = opts.note?.(i);
    return {
      id: `act-${i}`,
      createdAt: T,
      updatedAt: T,
      day: opts.day ? opts.day(i) : day(i),
      minutes: 30,
      type: 'reading',
      title: opts.title ? opts.title(i) : `Reading ${i}`,
      skillIds: opts.skillIds ? opts.skillIds(i) : ['cm.moderation'],
      ...(note === undefined ? {} : { note }),
    };
  });
  return JSON.stringify({
    format: 'self-training-tracker-backup',
    formatVersion: 1,
    exportedAt: T,
    contentVersion: 1,
    data: {
      settings: {
        lang: null,
        theme: 'system',
        followedRoleIds: opts.followedRoleIds ?? ['cm'],
        onboarded: true,
        weekStartsOn: null,
        showStreak: false,
        calendarSequence: 0,
        persistAsked: true,
        updatedAt: T,
      },
      skillStates: opts.skillStates ?? [],
      assessments: [],
      activities,
      goals: [],
      reminders: [],
      customSkills: opts.customSkills ?? [],
      customRoles: opts.customRoles ?? [],
    },
  });
}
