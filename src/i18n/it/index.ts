import type { Messages } from '../messages';
import { backup } from './backup';
import { common } from './common';
import { goals } from './goals';
import { limits } from './limits';
import { log } from './log';
import { oops } from './oops';
import { progress } from './progress';
import { reminders } from './reminders';
import { roles } from './roles';
import { settings } from './settings';
import { shell } from './shell';
import { today } from './today';
import { welcome } from './welcome';

/** Dates in Italian. Exported here so one import fetches a language's strings and dates. */
export { it as dateLocale } from 'date-fns/locale/it';

export const it: Messages = {
  common,
  shell,
  settings,
  roles,
  progress,
  welcome,
  log,
  goals,
  today,
  backup,
  reminders,
  limits,
  oops,
};
