// What a host must send with the app, in one list: the build writes it out for Netlify and
// Cloudflare Pages (_headers) and for nginx (nginx.conf), and the tests check nginx's answers
// against it. Paths are in _headers syntax: an exact path, or a prefix ending in "/*".

export interface HeaderRule {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Files whose name does not change between versions: always ask whether there is a new one. */
export const REVALIDATE = 'no-cache';
/** Files named by their content's hash: a new version has a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const MANIFEST_TYPE = 'application/manifest+json';
/** Every path the app does not have a file for gets this page; the app routes on the client. */
export const SPA_FALLBACK = '/index.html';
/** The host's configuration sits in the build folder: nginx does not hand it out. */
export const HOST_FILES = ['/_headers', '/_redirects', '/nginx.conf'] as const;

// Nothing of the app asks for the camera, microphone, location, sensors, payments or devices.
// It does share a backup through the system share sheet (navigator.share): web-share stays.
// Notifications, the app badge and background sync are not governed by this header.
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'web-share=(self)',
].join(', ');

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/;

/** The policy index.html carries (with the build's hashes): the header says the same, and more. */
export function cspOf(html: string): string {
  const csp = META_CSP.exec(html)?.[1];
  if (!csp || csp.includes('&'))
    throw new Error('host config: no readable CSP <meta> in index.html');
  return csp;
}

/**
 * The rules for a build whose index.html carries `metaCsp`. As a header the policy can forbid
 * framing (a <meta> policy cannot). No header is set by two rules that match the same path:
 * Netlify and Cloudflare would join the two values into one.
 */
export function hostRules(metaCsp: string): HeaderRule[] {
  const revalidate = { 'Cache-Control': REVALIDATE };
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': `${metaCsp}; frame-ancestors 'none'`,
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Permissions-Policy': PERMISSIONS_POLICY,
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    { path: '/', headers: revalidate },
    { path: '/index.html', headers: revalidate },
    { path: '/sw.js', headers: revalidate },
    {
      path: '/manifest.webmanifest',
      headers: { ...revalidate, 'Content-Type': MANIFEST_TYPE },
    },
    { path: '/assets/*', headers: { 'Cache-Control': IMMUTABLE } },
  ];
}

/** Whether a rule's path matches a request path, as Netlify and Cloudflare Pages match it. */
export function matches(rulePath: string, requestPath: string): boolean {
  return rulePath.endsWith('/*')
    ? requestPath.startsWith(rulePath.slice(0, -1))
    : rulePath === requestPath;
}

/** Every header a host sends for a request path, by the rules. */
export function headersFor(rules: readonly HeaderRule[], requestPath: string) {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.path, requestPath)) Object.assign(out, rule.headers);
  return out;
}
