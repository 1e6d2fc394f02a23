// webdav.ts through a proxy that misbehaves (tests/e2e/fault-proxy.ts) in front of Apache:
// whatever the network or the server does, a write either lands exactly as sent or fails with
// an error the engine can retry, and a retry never duplicates or damages anything.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RemoteError, type RemoteStore } from '../../src/data/sync/remote';
import { webdavStore } from '../../src/data/sync/webdav';
import { type FaultProxy, startFaultProxy } from '../e2e/fault-proxy';
import { DAV_PASSWORD, DAV_USER, type DavServer, startApacheDav } from '../e2e/webdav-server';

const bytes = (text: string) => new TextEncoder().encode(text);

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof RemoteError ? error.kind : `not a RemoteError: ${error}`;
  }
}

let apache: DavServer;
let proxy: FaultProxy;
let store: RemoteStore;
const onDisk = (path: string) => {
  const file = join(apache.dataDir, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};
const puts = () => proxy.log.filter((line) => line.startsWith('PUT')).length;

beforeAll(async () => {
  apache = await startApacheDav();
  proxy = await startFaultProxy(apache.url);
  store = webdavStore({ url: proxy.url, user: DAV_USER, password: DAV_PASSWORD, timeoutMs: 5000 });
  await store.ensureDir('dev');
});
afterAll(async () => {
  await proxy?.stop();
  await apache?.stop();
});
beforeEach(() => proxy.reset());

describe('a connection dropped mid-PUT', () => {
  it('before the server had it all: a network error, no file, and the retry creates it', async () => {
    proxy.arm({ method: 'PUT', fault: { kind: 'drop-request' } });
    const segment = bytes('x'.repeat(4000));
    expect(await kindOf(store.create('dev/1.bin', segment))).toBe('network');
    expect(onDisk('dev/1.bin')).toBeNull();
    expect(await store.create('dev/1.bin', segment)).toBe('created');
    expect(onDisk('dev/1.bin')).toBe('x'.repeat(4000));
  });

  it('after the server stored it: a network error, and the retry is "created", not a copy', async () => {
    proxy.arm({ method: 'PUT', fault: { kind: 'drop-response' } });
    expect(await kindOf(store.create('dev/2.bin', bytes('two')))).toBe('network');
    expect(onDisk('dev/2.bin')).toBe('two');
    expect(await store.create('dev/2.bin', bytes('two'))).toBe('created');
    expect((await store.list('dev')).filter((f) => f.path === 'dev/2.bin')).toHaveLength(1);
  });
});

describe('a 500 after the write reached the server', () => {
  it('is a server error; the retry finds the same bytes and is "created"', async () => {
    proxy.arm({ method: 'PUT', fault: { kind: 'error-after-write', status: 500 } });
    expect(await kindOf(store.create('dev/3.bin', bytes('three')))).toBe('server');
    expect(onDisk('dev/3.bin')).toBe('three');
    expect(await store.create('dev/3.bin', bytes('three'))).toBe('created');
  });

  it('another device’s bytes at the name are still "exists", never taken as ours', async () => {
    proxy.arm({ method: 'PUT', fault: { kind: 'error-after-write', status: 500 } });
    await kindOf(store.create('dev/4.bin', bytes('mine')));
    expect(await store.create('dev/4.bin', bytes('other'))).toBe('exists');
    expect(onDisk('dev/4.bin')).toBe('mine');
  });
});

describe('a truncated response body', () => {
  it('on a read is a network error, never half a file', async () => {
    await store.create('dev/5.bin', bytes('y'.repeat(2000)));
    proxy.arm({ method: 'GET', fault: { kind: 'truncate-body' } });
    expect(await kindOf(store.get('dev/5.bin'))).toBe('network');
    expect((await store.get('dev/5.bin'))?.bytes.length).toBe(2000);
  });

  it('on the read-back of a write fails the write; the retry verifies and is "created"', async () => {
    proxy.arm({ method: 'GET', fault: { kind: 'truncate-body' } });
    const segment = bytes('z'.repeat(2000));
    expect(await kindOf(store.create('dev/6.bin', segment))).toBe('network');
    expect(await store.create('dev/6.bin', segment)).toBe('created');
  });

  it('on a listing is an error, not a shorter list', async () => {
    proxy.arm({ method: 'PROPFIND', fault: { kind: 'truncate-body' } });
    expect(await kindOf(store.list('dev'))).toBe('network');
  });
});

describe('a server that lies', () => {
  it('a read-back that differs from what was written is "verify"', async () => {
    // The PUT never reaches the server but is answered 201: the read-back finds nothing.
    proxy.arm({ method: 'PUT', fault: { kind: 'status', status: 201 } });
    expect(await kindOf(store.create('dev/7.bin', bytes('seven')))).toBe('verify');
  });
});

describe('a storm of 412', () => {
  it('each replace is one PUT answered "changed": no retry loop, nothing overwritten', async () => {
    await store.create('dev/head.bin', bytes('v1'));
    const etag = (await store.get('dev/head.bin'))?.etag ?? '';
    proxy.log.length = 0;
    proxy.arm({ method: 'PUT', fault: { kind: 'status', status: 412 }, times: 20 });
    for (let i = 0; i < 5; i++) {
      expect(await store.replace('dev/head.bin', bytes('v2'), etag)).toBe('changed');
    }
    expect(puts()).toBe(5);
    expect(onDisk('dev/head.bin')).toBe('v1');
  });
});

describe('status answers', () => {
  it('507 is "quota", 503 is "server", 401 is "auth"', async () => {
    proxy.arm({ method: 'PUT', fault: { kind: 'status', status: 507 } });
    expect(await kindOf(store.create('dev/8.bin', bytes('8')))).toBe('quota');
    proxy.arm({ method: 'PROPFIND', fault: { kind: 'status', status: 503 } });
    expect(await kindOf(store.list('dev'))).toBe('server');
    proxy.arm({ method: 'GET', fault: { kind: 'status', status: 401 } });
    expect(await kindOf(store.get('dev/1.bin'))).toBe('auth');
    expect(onDisk('dev/8.bin')).toBeNull();
  });
});

describe('latency', () => {
  it('a slow server within the timeout works; beyond it is "network", and the next call works', async () => {
    proxy.latencyMs = 300;
    expect(await store.create('dev/9.bin', bytes('nine'))).toBe('created');
    // Far apart on purpose (3 s late against a 1 s limit, then no delay): a loaded machine
    // must not be able to turn either side over.
    proxy.latencyMs = 3000;
    const impatient = webdavStore({
      url: proxy.url,
      user: DAV_USER,
      password: DAV_PASSWORD,
      timeoutMs: 1000,
    });
    expect(await kindOf(impatient.get('dev/9.bin'))).toBe('network');
    proxy.latencyMs = 0;
    expect((await impatient.get('dev/9.bin'))?.bytes).toEqual(bytes('nine'));
  });
});
