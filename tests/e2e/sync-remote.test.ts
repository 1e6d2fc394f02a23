// The remote side of sync in real Chromium, from a page of the built app (its own origin and
// Content-Security-Policy) to WebDAV servers on other origins: the CORS preflight, conditional
// PUTs, the ETag header read across origins, PROPFIND, and the connection test's verdicts that
// only a browser can produce (no CORS headers). Encryption runs in the same page.
import { createServer } from 'node:http';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from './fault-proxy';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import { syncBundleForPage } from './sync-bundle';
import {
  DAV_PASSWORD,
  DAV_USER,
  type DavServer,
  freePort,
  startApacheDav,
  startNginxDav,
} from './webdav-server';

let apache: DavServer;
let noCors: DavServer;
let nginx: DavServer;
let proxy: FaultProxy;
let context: BrowserContext;
let page: Page;
let bundle: string;

beforeAll(async () => {
  [apache, noCors, nginx] = await Promise.all([
    startApacheDav(),
    startApacheDav({ cors: false }),
    startNginxDav(),
  ]);
  // In front of Apache, only to see the requests Chromium sends (the preflight among them).
  proxy = await startFaultProxy(apache.url);
  bundle = await syncBundleForPage();
  context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${inject('baseURL')}/`);
  await page.evaluate(bundle);
});
afterAll(async () => {
  await context?.close();
  await proxy?.stop();
  await Promise.all([apache?.stop(), noCors?.stop(), nginx?.stop()]);
});

interface Sync {
  webdavStore: typeof import('../../src/data/sync/webdav').webdavStore;
  diagnoseConnection: typeof import('../../src/data/sync/diagnose').diagnoseConnection;
}

/** The connection test's verdict, run in the page. */
const verdictIn = (url: string, password = DAV_PASSWORD) =>
  page.evaluate(
    async ({ url, user, password }) => {
      const sync = (globalThis as unknown as { sttSync: Sync }).sttSync;
      const store = sync.webdavStore({ url, folder: 'Self-Training Tracker', user, password });
      return (await sync.diagnoseConnection(store, url)).verdict;
    },
    { url, user: DAV_USER, password },
  );

describe('WebDAV from the app’s page to another origin', () => {
  it('passes the preflight, creates only once, reads the ETag, refuses a stale If-Match', async () => {
    const seen = await page.evaluate(
      async ({ url, user, password }) => {
        const sync = (globalThis as unknown as { sttSync: Sync }).sttSync;
        const store = sync.webdavStore({ url, folder: 'Self-Training Tracker', user, password });
        const text = (t: string) => new TextEncoder().encode(t);
        const emptyAtFirst = await store.list('');
        // As a device's first segment: the app's folder is made on the way (PUT answers 409).
        const created = await store.create('dev-a.00000001', text('segment 1'));
        const again = await store.create('dev-a.00000001', text('another'));
        const read = await store.get('dev-a.00000001');
        const stale = await store.replace('dev-a.00000001', text('v2'), '"stale"');
        const listed = await store.list('');
        return {
          emptyAtFirst,
          created,
          again,
          body: new TextDecoder().decode(read?.bytes),
          etag: read?.etag ?? null,
          stale,
          listed,
          origin: location.origin,
        };
      },
      { url: proxy.url, user: DAV_USER, password: DAV_PASSWORD },
    );
    expect(new URL(seen.origin).port).not.toBe(new URL(proxy.url).port);
    expect(seen).toMatchObject({
      emptyAtFirst: [],
      created: 'created',
      again: 'exists',
      body: 'segment 1',
      stale: 'changed',
    });
    expect(seen.etag).toMatch(/"/); // readable across origins: Access-Control-Expose-Headers
    expect(seen.listed).toEqual([{ path: 'dev-a.00000001' }]);
    // Chromium asked first (OPTIONS, no credentials), then sent the real requests.
    expect(proxy.log.some((line) => line.startsWith('OPTIONS '))).toBe(true);
    expect(proxy.log.some((line) => line.startsWith('PROPFIND '))).toBe(true);
  });

  it('asks the preflight of an address once (Access-Control-Max-Age): not again for the listings of a folder, nor for the read-back of a write', async () => {
    proxy.reset();
    await page.evaluate(
      async ({ url, user, password }) => {
        const sync = (globalThis as unknown as { sttSync: Sync }).sttSync;
        // A folder of its own: the one above already has its preflight remembered.
        const store = sync.webdavStore({ url, folder: 'Preflight test', user, password });
        await store.ensureDir('');
        await store.list('');
        await store.list('');
        await store.create('dev-p.00000001', new TextEncoder().encode('segment 1'));
      },
      { url: proxy.url, user: DAV_USER, password: DAV_PASSWORD },
    );
    const folder = '/Preflight%20test/';
    expect(proxy.log).toEqual([
      `OPTIONS ${folder}`,
      `MKCOL ${folder}`,
      `PROPFIND ${folder}`,
      `PROPFIND ${folder}`,
      `OPTIONS ${folder}dev-p.00000001`,
      `PUT ${folder}dev-p.00000001`,
      `GET ${folder}dev-p.00000001`,
    ]);
  });

  it('encrypts and decrypts in the page: PBKDF2 600,000, a wrong passphrase is told apart', async () => {
    const out = await page.evaluate(async () => {
      const sync = (
        globalThis as unknown as { sttSync: typeof import('../../src/data/sync/crypto') }
      ).sttSync;
      const { keyring, key, recoveryKey } = await sync.createKeyring('passphrase in the page');
      const sealed = await sync.sealFile(key, 'dev-a.00000002', { minutes: 45 });
      const reopened = await sync.openKeyring(keyring, recoveryKey);
      const wrong = await sync.openKeyring(keyring, 'not it').then(
        () => 'opened',
        (e: Error) => e.name,
      );
      return {
        value: await sync.openFile(reopened, 'dev-a.00000002', sealed),
        iterations: await sync.keyringIterations(keyring),
        wrong,
      };
    });
    expect(out).toEqual({
      value: { minutes: 45 },
      iterations: 600_000,
      wrong: 'WrongPassphraseError',
    });
  });
});

describe('in a worker (where a background sync would run: no DOMParser there)', () => {
  it('encrypts, lists, creates and reads back with the same code', async () => {
    // Plain script text: the worker gets it as it is, not a function transformed for the test.
    const job = `
      onmessage = async (e) => {
        try {
          const [url, user, password] = e.data;
          const sync = self.sttSync;
          const made = await sync.createKeyring('in a worker');
          const sealed = await sync.sealFile(made.key, 'dev-w.00000001', { minutes: 30 });
          const store = sync.webdavStore({ url, folder: 'worker', user, password });
          const created = await store.create('dev-w.00000001', sealed);
          const listed = (await store.list('')).map((f) => f.path);
          const back = await store.get('dev-w.00000001');
          const key = await sync.openKeyring(made.keyring, made.recoveryKey);
          const value = await sync.openFile(key, 'dev-w.00000001', back.bytes);
          postMessage({ created, listed, value, noDomParser: typeof DOMParser === 'undefined' });
        } catch (error) {
          postMessage({ error: String(error) });
        }
      };`;
    // The app's own policy allows workers from its origin only, not blob: ones, and about:blank
    // is no secure context (no crypto.subtle): an empty page served on another 127.0.0.1 port
    // starts the worker, which talks to Apache across origins. (A page made up by
    // page.route would count as public, and Chromium keeps public pages off loopback.)
    const host = createServer((_, res) => res.end('<title>worker host</title>'));
    const port = await freePort();
    await new Promise<void>((done) => host.listen(port, '127.0.0.1', done));
    const blank = await context.newPage();
    await blank.goto(`http://127.0.0.1:${port}/`);
    const out = await blank.evaluate(
      ({ source, args }) => {
        const worker = new Worker(URL.createObjectURL(new Blob([source])));
        return new Promise((done) => {
          worker.onmessage = (e) => done(e.data);
          worker.onerror = (e) => done({ error: e.message });
          worker.postMessage(args);
        });
      },
      { source: `${bundle}\n${job}`, args: [apache.url, DAV_USER, DAV_PASSWORD] },
    );
    await blank.close();
    host.closeAllConnections();
    await new Promise((done) => host.close(done));
    expect(out).toEqual({
      created: 'created',
      listed: ['dev-w.00000001'],
      value: { minutes: 30 },
      noDomParser: true,
    });
  });
});

describe('the connection test in Chromium', () => {
  it('ok on Apache with CORS', async () => {
    expect(await verdictIn(apache.url)).toBe('ok');
  });

  it('"cors" on a server that answers without CORS headers (stock Nextcloud)', async () => {
    expect(await verdictIn(noCors.url)).toBe('cors');
  });

  it('"auth" for a wrong app password (the 401 itself is readable)', async () => {
    expect(await verdictIn(apache.url, 'wrong')).toBe('auth');
  });

  it('"unreachable" where nothing listens', async () => {
    expect(await verdictIn(`http://127.0.0.1:${await freePort()}/`)).toBe('unreachable');
  });

  it('"preconditions" on nginx dav', async () => {
    expect(await verdictIn(nginx.url)).toBe('preconditions');
  });
});
