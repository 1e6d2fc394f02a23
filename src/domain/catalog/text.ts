import type { Lang, Text } from '../types';

/** Text in the wanted language; user-made text is one plain string, shown as written. */
export function text(t: Text, lang: Lang): string {
  if (typeof t === 'string') return t;
  return t[lang] || t.en;
}
