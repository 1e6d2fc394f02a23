import type { FirstMessages } from '../messages';
import { common } from './common';
import { shell } from './shell';
import { welcome } from './welcome';

/** What a first visit needs before Welcome works (see en/first.ts). */
export const itFirst: FirstMessages = { common, shell, welcome };
