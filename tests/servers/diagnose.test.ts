// The connection test (src/data/sync/diagnose.ts) against real servers: each thing a person can
// get wrong gets its own verdict, and the test leaves nothing behind but the app's folder.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseConnection } from '../../src/data/sync/diagnose';
import { webdavStore } from '../../src/data/sync/webdav';
import { type FaultProxy, startFaultProxy } from '../e2e/fault-proxy';
import {
  DAV_PASSWORD,
  DAV_USER,
  type DavServer,
  freePort,
  startApacheDav,
  startNginxDav,
} from '../e2e/webdav-server';

const FOLDER = 'self-training';
const diagnose = (url: string, password = DAV_PASSWORD, timeoutMs?: number) =>
  diagnoseConnection(
    webdavStore({
      url,
      folder: FOLDER,
      user: DAV_USER,
      password,
      ...(timeoutMs ? { timeoutMs } : {}),
    }),
    url,
  );
const filesIn = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('connection test on Apache mod_dav', () => {
  let apache: DavServer;
  let proxy: FaultProxy;
  beforeAll(async () => {
    apache = await startApacheDav();
    proxy = await startFaultProxy(apache.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await apache?.stop();
  });

  it('is ok on a first connection, and leaves only the empty app folder behind', async () => {
    expect(await diagnose(apache.url)).toMatchObject({ verdict: 'ok', nextcloud: false });
    expect(filesIn(apache.dataDir)).toEqual([FOLDER]);
  });

  it('is ok, and leaves the app folder with only what was there', async () => {
    const store = webdavStore({ url: apache.url, user: DAV_USER, password: DAV_PASSWORD });
    await store.create(`${FOLDER}/device/1.bin`, new TextEncoder().encode('sync data'));
    const result = await diagnose(apache.url);
    expect(result).toMatchObject({ verdict: 'ok', nextcloud: false });
    expect(filesIn(apache.dataDir)).toEqual([FOLDER, `${FOLDER}/device`, `${FOLDER}/device/1.bin`]);
  });

  it('says "auth" for a wrong app password', async () => {
    expect((await diagnose(apache.url, 'wrong')).verdict).toBe('auth');
  });

  it('says "address" for a folder that does not exist on the server', async () => {
    expect((await diagnose(`${apache.url}remote.php/dav/files/nobody/`)).verdict).toBe('address');
  });

  it('says "unreachable" when nothing listens there, or it answers too slowly', async () => {
    expect((await diagnose(`http://127.0.0.1:${await freePort()}/`)).verdict).toBe('unreachable');
    proxy.latencyMs = 400;
    expect((await diagnose(proxy.url, DAV_PASSWORD, 150)).verdict).toBe('unreachable');
    proxy.reset();
  });

  it('says "quota" when the server has no room (507), with nothing left behind', async () => {
    proxy.arm({ method: 'PUT', fault: { kind: 'status', status: 507 }, times: Infinity });
    const result = await diagnose(proxy.url);
    proxy.reset();
    expect(result).toMatchObject({ verdict: 'quota', status: 507 });
    expect(filesIn(join(apache.dataDir, FOLDER)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says "server" for a server error, with the status for the details', async () => {
    proxy.arm({ method: 'PROPFIND', fault: { kind: 'status', status: 500 } });
    expect(await diagnose(proxy.url)).toMatchObject({ verdict: 'server', status: 500 });
    proxy.reset();
  });
});

describe('connection test on a full Apache (bodies over 4 bytes refused)', () => {
  let apache: DavServer;
  beforeAll(async () => {
    apache = await startApacheDav({ maxBodyBytes: 4 });
  });
  afterAll(() => apache?.stop());

  it('says "quota"', async () => {
    expect((await diagnose(apache.url)).verdict).toBe('quota');
  });
});

describe('connection test on nginx dav (ignores preconditions)', () => {
  let nginx: DavServer;
  beforeAll(async () => {
    nginx = await startNginxDav();
  });
  afterAll(() => nginx?.stop());

  it('says "preconditions", deletes its scratch file and touches nothing else', async () => {
    const store = webdavStore({ url: nginx.url, user: DAV_USER, password: DAV_PASSWORD });
    await store.create(`${FOLDER}/device/1.bin`, new TextEncoder().encode('sync data'));
    const result = await diagnose(nginx.url);
    expect(result.verdict).toBe('preconditions');
    expect(filesIn(nginx.dataDir)).toEqual([FOLDER, `${FOLDER}/device`, `${FOLDER}/device/1.bin`]);
    expect((await store.get(`${FOLDER}/device/1.bin`))?.bytes).toEqual(
      new TextEncoder().encode('sync data'),
    );
  });
});

describe('connection test wording hints', () => {
  it('flags a Nextcloud-style address, so the CORS advice can name WebAppPassword', async () => {
    const url = `http://127.0.0.1:${await freePort()}/remote.php/dav/files/giulia/`;
    expect(await diagnose(url)).toMatchObject({ verdict: 'unreachable', nextcloud: true });
  });

  it('flags a plain http:// address on another host (an https app cannot reach it)', async () => {
    const lan = await diagnose('http://192.0.2.1:1/', DAV_PASSWORD, 300);
    expect(lan).toMatchObject({ verdict: 'unreachable', plainHttp: true });
    const local = await diagnose(`http://127.0.0.1:${await freePort()}/`);
    expect(local.plainHttp).toBe(false);
  });
});
