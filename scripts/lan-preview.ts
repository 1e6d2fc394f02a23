import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// `npm run start:lan`: the production preview on every network address, to try the app on a
// phone. A phone gets the service worker (offline use, install, reminders) only over HTTPS
// (localhost is exempt, a LAN address is not): with PREVIEW_CERT and PREVIEW_KEY, a certificate
// the phone trusts (e.g. made with mkcert, see the README), the preview speaks HTTPS. Behind a
// tunnel (an HTTPS address that reaches this computer), PREVIEW_ALLOWED_HOSTS names the tunnel's
// host name(s), comma-separated, ".example.net" for every subdomain: Vite refuses other names.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

export function lanPreview(): Plugin {
  return {
    name: 'stt-lan-preview',
    config() {
      const { PREVIEW_CERT: cert, PREVIEW_KEY: key, PREVIEW_ALLOWED_HOSTS: hosts } = process.env;
      return {
        preview: {
          ...(cert && key ? { https: { cert: readFileSync(cert), key: readFileSync(key) } } : {}),
          ...(hosts ? { allowedHosts: hosts.split(',').map((h) => h.trim()) } : {}),
        },
      };
    },
    configurePreviewServer(server) {
      const { host, https } = server.config.preview;
      const onNetwork = host === true || (typeof host === 'string' && !LOOPBACK.has(host));
      if (onNetwork && !https) {
        server.config.logger.warn(
          'Plain http on a network address: a phone can open the app, but without HTTPS it gets ' +
            'no service worker (no offline use, no install, no reminders). Set PREVIEW_CERT and ' +
            'PREVIEW_KEY (README: "On a phone"), or use a tunnel or USB port forwarding.',
        );
      }
    },
  };
}
