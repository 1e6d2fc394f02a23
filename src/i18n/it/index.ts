import type { Messages } from '../messages';
import { assess } from './assess';
import { backup } from './backup';
import { certifications } from './certifications';
import { contentNotice } from './content-notice';
import { itFirst } from './first';
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

/** Dates in Italian. Exported here so one import fetches a language's strings and dates. */
export { it as dateLocale } from 'date-fns/locale/it';

export const it: Messages = {
  ...itFirst,
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
};
