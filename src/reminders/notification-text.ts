import type { Due } from '../domain/schedule/due';
import type { Certification, DayKey, Goal, Lang } from '../domain/types';

// The few words of a notification, in both languages. Kept apart from the UI catalog so the
// service worker carries only these lines, not the app's whole message files.

const TEXT = {
  en: {
    weekly: 'Time to train',
    weeklyBody: 'Tap to log what you studied or practised.',
    deadline: 'Deadline coming up',
    deadlineBody: (goal: string) => `“${goal}” is due soon.`,
    atRisk: 'Goal at risk',
    atRiskBody: (goal: string) => `“${goal}” is not met yet for this period.`,
    renewal: 'Certification to renew',
    renewalBody: (cert: string, day: string) => `“${cert}” expires on ${day}: time to renew it.`,
  },
  it: {
    weekly: 'È ora di allenarti',
    weeklyBody: 'Tocca per registrare cosa hai studiato o messo in pratica.',
    deadline: 'Scadenza in arrivo',
    deadlineBody: (goal: string) => `«${goal}» scade a breve.`,
    atRisk: 'Obiettivo a rischio',
    atRiskBody: (goal: string) => `«${goal}» non è ancora raggiunto in questo periodo.`,
    renewal: 'Certificazione da rinnovare',
    renewalBody: (cert: string, day: string) =>
      `«${cert}» scade il ${day}: è il momento di rinnovarla.`,
  },
} as const;

export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

/** Title and body for a due reminder: the user's label first, else words for its kind. */
export function notificationText(
  due: Due,
  goals: readonly Goal[],
  lang: Lang,
  certifications: readonly Certification[] = [],
): NotificationText {
  const t = TEXT[lang];
  const goal = due.goalId === undefined ? undefined : goals.find((g) => g.id === due.goalId);
  const label = due.label.trim();
  switch (due.kind) {
    case 'weekly':
      return label ? { title: label, body: t.weeklyBody } : { title: t.weekly, body: t.weeklyBody };
    case 'deadline': {
      const body = goal ? t.deadlineBody(goal.title) : t.weeklyBody;
      return { title: label || t.deadline, body };
    }
    case 'atRisk': {
      const body = goal ? t.atRiskBody(goal.title) : t.weeklyBody;
      return { title: label || t.atRisk, body };
    }
    case 'renewal': {
      const cert = certifications.find((c) => c.id === due.certificationId);
      const body = cert?.expiresOn
        ? t.renewalBody(cert.name, longDay(cert.expiresOn, lang))
        : t.weeklyBody;
      return { title: label || t.renewal, body };
    }
  }
}

/** "10 January 2027" / "10 gennaio 2027", with Intl (the worker has no date-fns locale). */
function longDay(day: DayKey, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
