// What /log/new takes from its address to prefill the form ("Start" on a learning resource,
// "Log activity" on a skill). An address is outside input: anyone can craft one, so each value
// is checked here and a value that fails is dropped (the form starts without it), never cut
// or passed on as it came. The form still shows everything and the person still saves it.

import { INPUT, isSafeId } from './limits';
import { webLink } from './links';
import { ACTIVITY_TYPES, type ActivityType } from './types';

export interface LogPrefill {
  readonly skill?: string;
  readonly type?: ActivityType;
  readonly title?: string;
  readonly link?: string;
}

type Query = Readonly<Record<string, string | undefined>>;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The prefill an address asks for, keeping only values the form itself would accept. */
export function readLogPrefill(query: Query): LogPrefill {
  const skill = query.skill;
  const type = query.type;
  const title = query.title?.trim();
  const link = query.link?.trim() ? webLink(query.link) : null;
  return {
    ...(skill && isSafeId(skill) ? { skill } : {}),
    ...(type && (ACTIVITY_TYPES as readonly string[]).includes(type)
      ? { type: type as ActivityType }
      : {}),
    ...(title && title.length <= INPUT.title && !CONTROL.test(title) ? { title } : {}),
    ...(link && link.length <= INPUT.link ? { link } : {}),
  };
}

/** The address of the log form with a prefill and a same-app path to return to. */
export function logFormHref(prefill: LogPrefill, from?: string): string {
  const query = new URLSearchParams();
  if (prefill.skill) query.set('skill', prefill.skill);
  if (prefill.type) query.set('type', prefill.type);
  if (prefill.title) query.set('title', prefill.title);
  if (prefill.link) query.set('link', prefill.link);
  if (from) query.set('from', from);
  const search = query.toString();
  return search ? `/log/new?${search}` : '/log/new';
}
