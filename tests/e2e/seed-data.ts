import type { BackupData, BackupDoc } from '../../src/data/backup/format';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';

// The data the layout tests and scripts/screenshots.mjs restore: the sample backup, in one
// language, with its activities moved into the last weeks so charts and Today have something.

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The sample data, in `lang`, with activities in the last weeks so charts have bars. */
function seedData(lang: 'en' | 'it'): BackupData {
  const data = sampleData();
  const settings = { ...data.settings, lang, theme: 'system' } as typeof data.settings;
  const activities = data.activities.flatMap((a, i) =>
    [3, 10, 24, 40].map((back, k) => ({
      ...a,
      id: k === 0 ? a.id : `${a.id}-${k}`,
      day: daysAgo(back + i),
    })),
  );
  // A second certification expiring in 30 days: Today's line and the list's "expiring soon".
  const expiring = {
    ...data.certifications[0],
    id: 'cert-2',
    name: 'TikTok Media Buying Professional',
    issuer: 'TikTok Academy',
    earnedOn: daysAgo(700),
    expiresOn: daysAgo(-30),
    skillIds: ['smm.paid'],
    knownId: 'tiktok.media-buying',
  } as (typeof data.certifications)[number];
  return {
    ...data,
    settings,
    activities,
    certifications: [...data.certifications, expiring],
  };
}

/** A backup file's content, ready to restore. */
export function seedDoc(lang: 'en' | 'it'): BackupDoc {
  return sampleDoc(seedData(lang));
}

/** Roles chosen and nothing else yet: every screen shows its empty state. */
export function emptyDoc(lang: 'en' | 'it'): BackupDoc {
  const data = sampleData();
  return sampleDoc({
    settings: { ...data.settings, lang, theme: 'system' } as typeof data.settings,
    skillStates: [],
    assessments: [],
    activities: [],
    goals: [],
    reminders: [],
    customSkills: [],
    customRoles: [],
    certifications: [],
    customResources: [],
    resourceMarks: [],
  });
}
