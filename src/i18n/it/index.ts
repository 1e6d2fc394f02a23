import type { Messages } from '../messages';
import { common } from './common';
import { settings } from './settings';
import { shell } from './shell';

export const it: Messages = { common, shell, settings };
