// webdav.ts against Debian's Apache mod_dav (a server that keeps the rules) and nginx's dav
// modules (one that ignores preconditions), started by the test on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteError, type RemoteFile, type RemoteStore } from '../../src/data/sync/remote';
import { webdavStore } from '../../src/data/sync/webdav';
import {
  DAV_PASSWORD,
  DAV_USER,
  type DavServer,
  freePort,
  startApacheDav,
  startNginxDav,
} from '../e2e/webdav-server';

const bytes = (text: string) => new TextEncoder().encode(text);
/** A listing in name order (servers list in the order they find files). */
const sorted = async (listing: Promise<RemoteFile[]>) =>
  (await listing).sort((a, b) => (a.path < b.path ? -1 : 1));
const storeOn = (url: string, password = DAV_PASSWORD) =>
  webdavStore({ url, user: DAV_USER, password });

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof RemoteError ? error.kind : `not a RemoteError: ${error}`;
  }
}

describe('webdav.ts on Apache mod_dav', () => {
  let apache: DavServer;
  let store: RemoteStore;
  const onDisk = (path: string) => readFileSync(join(apache.dataDir, path), 'utf8');
  beforeAll(async () => {
    apache = await startApacheDav();
    store = storeOn(apache.url);
  });
  afterAll(() => apache?.stop());

  it('lists a missing folder as empty, then creates it with its parents', async () => {
    expect(await store.list('app/dev-a')).toEqual([]);
    await store.ensureDir('app/dev-a/old');
    await store.ensureDir('app/dev-a/old'); // again: already there, fine
    expect(existsSync(join(apache.dataDir, 'app/dev-a/old'))).toBe(true);
    expect(await store.list('app')).toEqual([{ path: 'app/dev-a/', dir: true }]);
  });

  it('creates a file that does not exist, and the server holds exactly those bytes', async () => {
    expect(await store.create('app/dev-a/1.bin', bytes('segment one'))).toBe('created');
    expect(onDisk('app/dev-a/1.bin')).toBe('segment one');
  });

  it('never overwrites on create: another file there is "exists" and stays as it was', async () => {
    await store.create('app/dev-a/2.bin', bytes('first'));
    expect(await store.create('app/dev-a/2.bin', bytes('second'))).toBe('exists');
    expect(onDisk('app/dev-a/2.bin')).toBe('first');
  });

  it('a create retried after its answer was lost is "created" (the same bytes are there)', async () => {
    await store.create('app/dev-a/3.bin', bytes('same'));
    expect(await store.create('app/dev-a/3.bin', bytes('same'))).toBe('created');
  });

  it('creates the missing folders of a new file', async () => {
    expect(await store.create('app/dev-b/1.bin', bytes('b1'))).toBe('created');
    expect(onDisk('app/dev-b/1.bin')).toBe('b1');
  });

  it('lists files and folders (folders flagged), names with spaces and accents intact', async () => {
    await store.create('app/dev-a/perché no.bin', bytes('àè'));
    expect(await sorted(store.list('app/dev-a'))).toEqual([
      { path: 'app/dev-a/1.bin' },
      { path: 'app/dev-a/2.bin' },
      { path: 'app/dev-a/3.bin' },
      { path: 'app/dev-a/old/', dir: true },
      { path: 'app/dev-a/perché no.bin' },
    ]);
    expect((await store.get('app/dev-a/perché no.bin'))?.bytes).toEqual(bytes('àè'));
  });

  it('reads a file with its ETag, and a missing one as null', async () => {
    const got = await store.get('app/dev-a/1.bin');
    expect(new TextDecoder().decode(got?.bytes)).toBe('segment one');
    expect(got?.etag).toBeTruthy();
    expect(await store.get('app/dev-a/none.bin')).toBeNull();
  });

  it('replaces only with the current ETag; a stale one is "changed" and changes nothing', async () => {
    await store.create('app/dev-a/head.bin', bytes('v1'));
    expect(await store.replace('app/dev-a/head.bin', bytes('v2'), '"not-the-etag"')).toBe(
      'changed',
    );
    expect(onDisk('app/dev-a/head.bin')).toBe('v1');
    // Apache's ETag of a file written within the last second is weak (W/) and If-Match with it
    // always fails: 'changed' means read again, and a later read gives the strong ETag.
    let outcome: string = 'changed';
    for (let tries = 0; outcome === 'changed' && tries < 200; tries++) {
      const current = await store.get('app/dev-a/head.bin');
      outcome = await store.replace('app/dev-a/head.bin', bytes('v2'), current?.etag ?? '');
      if (outcome === 'changed') await new Promise((r) => setTimeout(r, 50));
    }
    expect(outcome).toBe('replaced');
    expect(onDisk('app/dev-a/head.bin')).toBe('v2');
  });

  it('deletes a file; one already gone is not an error', async () => {
    await store.remove('app/dev-a/2.bin');
    expect(await store.get('app/dev-a/2.bin')).toBeNull();
    await store.remove('app/dev-a/2.bin');
  });

  it('a wrong app password is "auth", and nothing is written', async () => {
    const wrong = storeOn(apache.url, 'not-the-password');
    expect(await kindOf(wrong.list(''))).toBe('auth');
    expect(await kindOf(wrong.create('app/x.bin', bytes('x')))).toBe('auth');
    expect(existsSync(join(apache.dataDir, 'app/x.bin'))).toBe(false);
  });

  it('a base folder that does not exist is "address"', async () => {
    expect(await kindOf(storeOn(`${apache.url}no/such/folder/`).list(''))).toBe('address');
  });

  it('in the app folder: missing lists as empty, ensureDir("") creates it, paths stay inside', async () => {
    const app = webdavStore({
      url: apache.url,
      folder: 'Self-Training Tracker',
      user: DAV_USER,
      password: DAV_PASSWORD,
    });
    expect(await app.list('')).toEqual([]);
    await app.ensureDir('');
    expect(await app.create('dev-c/1.bin', bytes('c1'))).toBe('created');
    expect(onDisk('Self-Training Tracker/dev-c/1.bin')).toBe('c1');
    expect(await app.create('dev-c.00000001', bytes('flat'))).toBe('created');
    expect(onDisk('Self-Training Tracker/dev-c.00000001')).toBe('flat');
    expect(await sorted(app.list(''))).toEqual([
      { path: 'dev-c.00000001' },
      { path: 'dev-c/', dir: true },
    ]);
    expect(await app.list('dev-c/')).toEqual([{ path: 'dev-c/1.bin' }]);
  });

  it('an app folder under an address that does not exist is "address", on list and on write', async () => {
    const lost = webdavStore({
      url: `${apache.url}no/such/`,
      folder: 'Self-Training Tracker',
      user: DAV_USER,
      password: DAV_PASSWORD,
    });
    expect(await kindOf(lost.list(''))).toBe('address');
    expect(await kindOf(lost.create('keyring', bytes('k')))).toBe('address');
    expect(existsSync(join(apache.dataDir, 'no'))).toBe(false);
  });

  it('a server restarted between two calls keeps its files, and the store goes on', async () => {
    await store.create('app/dev-a/before-restart.bin', bytes('kept'));
    await apache.restart();
    expect((await store.get('app/dev-a/before-restart.bin'))?.bytes).toEqual(bytes('kept'));
  });

  it('a port where nothing listens is "network"', async () => {
    const nobody = storeOn(`http://127.0.0.1:${await freePort()}/`);
    expect(await kindOf(nobody.list(''))).toBe('network');
  });
});

describe('webdav.ts on a full quota (Apache refusing bodies over 8 bytes)', () => {
  let apache: DavServer;
  beforeAll(async () => {
    apache = await startApacheDav({ maxBodyBytes: 8 });
  });
  afterAll(() => apache?.stop());

  it('a write that does not fit is "quota", and no file is left behind', async () => {
    const store = storeOn(apache.url);
    expect(await kindOf(store.create('big.bin', bytes('more than eight bytes')))).toBe('quota');
    expect(existsSync(join(apache.dataDir, 'big.bin'))).toBe(false);
  });
});

describe('webdav.ts on nginx dav (ignores preconditions)', () => {
  let nginx: DavServer;
  beforeAll(async () => {
    nginx = await startNginxDav();
  });
  afterAll(() => nginx?.stop());

  it('works for plain listing, reading and creating', async () => {
    const store = storeOn(nginx.url);
    await store.ensureDir('app/dev-a');
    expect(await store.create('app/dev-a/1.bin', bytes('one'))).toBe('created');
    expect(await store.list('app/dev-a')).toEqual([{ path: 'app/dev-a/1.bin' }]);
  });

  it('a create over an existing file is caught as "preconditions" (the server said 204)', async () => {
    const store = storeOn(nginx.url);
    await store.create('app/dev-a/2.bin', bytes('first'));
    expect(await kindOf(store.create('app/dev-a/2.bin', bytes('second')))).toBe('preconditions');
  });
});
