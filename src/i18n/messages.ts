import type { en } from './en/index';
import type { Shape } from './types';

/** The full catalog every language provides: the English one, widened. */
export type Messages = Shape<typeof en>;
