import type { enFirst } from './en/first';
import type { en } from './en/index';
import type { Shape } from './types';

/** The full catalog every language provides: the English one, widened. */
export type Messages = Shape<typeof en>;
/** The part of the catalog a first visit loads before Welcome works (common, shell, welcome). */
export type FirstMessages = Shape<typeof enFirst>;
