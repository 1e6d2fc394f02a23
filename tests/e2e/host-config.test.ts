import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cspOf,
  type HeaderRule,
  headersFor,
  hostRules,
  IMMUTABLE,
  MANIFEST_TYPE,
  matches,
  REVALIDATE,
} from '../../scripts/host-config/rules';
import { type Nginx, startNginx } from './nginx-server';

// The host configuration the build wrote (dist/_headers, dist/nginx.conf), read as a host reads
// it, and Debian's nginx answering with it.

const dist = () => inject('distDir');
const read = (file: string) => readFileSync(join(dist(), file), 'utf8');

/** dist/_headers as Netlify and Cloudflare Pages read it. */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: stray line ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The CSP each place carries: the page's <meta>, _headers, and every nginx location. */
function policies(): [string, string][] {
  const fromHeaders = headersFor(parseHeadersFile(read('_headers')), '/index.html');
  const nginx = [...read('nginx.conf').matchAll(/add_header Content-Security-Policy "([^"]+)"/g)];
  expect(nginx.length).toBeGreaterThan(0);
  return [
    ['index.html <meta>', cspOf(read('index.html'))],
    ['_headers', fromHeaders['Content-Security-Policy'] ?? ''],
    ...nginx.map((m, i): [string, string] => [`nginx.conf location ${i + 1}`, m[1] ?? '']),
  ];
}

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the host configuration the build writes', () => {
  it('allows every inline script and style of index.html by its hash, in every policy', () => {
    const html = read('index.html');
    const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/\ssrc=/.test(m[1] ?? ''))
      .map((m) => m[2] ?? '');
    const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[2]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const [where, csp] of policies()) {
      for (const s of scripts) expect(directive(csp, 'script-src'), where).toContain(sha256(s));
      for (const s of styles) expect(directive(csp, 'style-src'), where).toContain(sha256(s ?? ''));
      expect(csp, where).not.toContain('unsafe-inline');
    }
    // Handlers and style attributes cannot be allowed by hash (only with 'unsafe-hashes').
    expect(html).not.toMatch(/<[^>]+\s(on[a-z]+|style)\s*=/i);
  });

  it('has one source: _headers is the rules for this index.html, framing forbidden', () => {
    const rules = parseHeadersFile(read('_headers'));
    expect(rules).toEqual(hostRules(cspOf(read('index.html'))));
    const csp = headersFor(rules, '/')['Content-Security-Policy'];
    expect(directive(csp ?? '', 'frame-ancestors')).toEqual(["'none'"]);
    // No header is set by two rules for one path: Netlify and Cloudflare would join them.
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/assets/a.js']) {
      const names = rules
        .filter((r) => matches(r.path, path))
        .flatMap((r) => Object.keys(r.headers));
      expect(new Set(names).size, path).toBe(names.length);
    }
    expect(read('_redirects')).toMatch(/^\/\*\s+\/index\.html\s+200$/m);
    // And nginx.conf says nothing that _headers does not.
    const pairs = rules.flatMap((r) => Object.entries(r.headers).map(([n, v]) => `${n}: ${v}`));
    const nginx = [...read('nginx.conf').matchAll(/add_header (\S+) "([^"]*)"/g)];
    expect(nginx.length).toBeGreaterThan(0);
    for (const [, name, value] of nginx) expect(pairs).toContain(`${name}: ${value}`);
  });
});

describe('Debian nginx serving the build with the generated nginx.conf', () => {
  let nginx: Nginx | undefined;
  beforeAll(async () => {
    nginx = await startNginx(dist());
  });
  afterAll(async () => {
    await nginx?.stop();
  });
  const get = (path: string) => fetch(`${nginx?.url}${path}`, { redirect: 'manual' });

  it('sends every header of _headers, with the same value, on each kind of path', async () => {
    const rules = parseHeadersFile(read('_headers'));
    const assets = readdirSync(join(dist(), 'assets'));
    const script = `/assets/${assets.find((f) => f.startsWith('vendor-') && f.endsWith('.js'))}`;
    const style = `/assets/${assets.find((f) => f.endsWith('.css'))}`;
    const paths = ['/', '/index.html', '/progress', '/roles/skill/sh.voice', '/sw.js'];
    paths.push('/manifest.webmanifest', script, style, '/pwa-192x192.png');
    const page = read('index.html');
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(headersFor(rules, path))) {
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
      // Deep links get the app's page, revalidated like index.html itself.
      if (!path.includes('.') || path.startsWith('/roles/')) {
        expect(await response.text(), path).toBe(page);
        expect(response.headers.get('cache-control'), path).toBe(REVALIDATE);
      }
    }
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toBe(MANIFEST_TYPE);
    expect((await get(script)).headers.get('content-type')).toBe('application/javascript');
    expect((await get(script)).headers.get('cache-control')).toBe(IMMUTABLE);
    // Compressed on the wire, as the budget counts it.
    expect((await get(script)).headers.get('content-encoding')).toBe('gzip');
  });

  it('answers a missing hashed file with a 404 that is not cached, and hides its own config', async () => {
    const missing = await get('/assets/gone-0123abcd.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    for (const file of ['/nginx.conf', '/_headers', '/_redirects']) {
      expect((await get(file)).status, file).toBe(404);
    }
  });
});
