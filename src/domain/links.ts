// The one rule for user links (activities, evidence, backups): only web addresses, http or
// https. Anything else (javascript:, data:, file:...) is refused when typed, when imported and
// again when rendered.

/** The address as the app may use it (normalised by URL), or null if it is not http(s). */
export function webLink(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function isWebLink(raw: string): boolean {
  return webLink(raw) !== null;
}

/** A stand-in origin: only whether a path stays on it matters, never its name. */
const HOME = 'https://app.invalid';

/**
 * A return path from an address (?from=) as a same-app path, or `fallback`. The path is read
 * the way a browser reads an href, so `//evil.example`, `/\evil.example` (a backslash counts as
 * a slash), `/\t/evil.example` (tabs and line breaks are dropped), `javascript:` and the like
 * all leave the app and are refused; what comes back is the browser's own normalised form.
 */
export function sameAppPath(from: string | undefined, fallback: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
  if (!from?.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(from)) return fallback;
  try {
    const url = new URL(from, `${HOME}/`);
    if (url.origin !== HOME || url.username || url.password) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
