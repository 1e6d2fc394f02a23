import { format, parseISO } from 'date-fns';
import { plural } from '../../../i18n/format';
import { currentDateLocale, messages } from '../../../i18n/index';
import type { BackupCounts } from '../../../state/backup';

export { restoreErrorText } from '../../../state/backup';

// Small formatters shared by the Settings backup section and the restore screen.

/** Record kinds in the order the user thinks of them (settings last). */
export const KINDS = [
  'activities',
  'goals',
  'skillStates',
  'assessments',
  'reminders',
  'customSkills',
  'customRoles',
  'certifications',
  'customResources',
  'resourceMarks',
  'settings',
] as const;

/** "12 activities, 3 goals, 5 skill levels": the kinds present, settings left out. */
export function countsSummary(counts: BackupCounts): string {
  const m = messages().backup.stores;
  return KINDS.filter((k) => k !== 'settings' && counts[k] > 0)
    .map((k) => plural(m[k], counts[k]))
    .join(', ');
}

/** A timestamp as a local date and time in the user's language. */
export function formatStamp(iso: string): string {
  const locale = currentDateLocale();
  return format(parseISO(iso), 'PPp', locale ? { locale } : undefined);
}
