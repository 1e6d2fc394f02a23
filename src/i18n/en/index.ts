import { common } from './common';
import { settings } from './settings';
import { shell } from './shell';

/** The source of every message key. Feature files add their own section here. */
export const en = { common, shell, settings } as const;
