import { assess } from './assess';
import { backup } from './backup';
import { certifications } from './certifications';
import { contentNotice } from './content-notice';
import { enFirst } from './first';
import { goals } from './goals';
import { learn } from './learn';
import { limits } from './limits';
import { log } from './log';
import { oops } from './oops';
import { progress } from './progress';
import { reminders } from './reminders';
import { review } from './review';
import { roles } from './roles';
import { settings } from './settings';
import { today } from './today';

/** Dates in English (British: day before month, as our users expect). In the same chunk. */
export { enGB as dateLocale } from 'date-fns/locale/en-GB';

/** The source of every message key. Feature files add their own section here. */
export const en = {
  // common, shell and welcome: also loaded alone on a first visit.
  ...enFirst,
  settings,
  roles,
  progress,
  log,
  goals,
  today,
  backup,
  reminders,
  limits,
  oops,
  assess,
  certifications,
  review,
  contentNotice,
  learn,
} as const;
