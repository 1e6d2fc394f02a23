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
