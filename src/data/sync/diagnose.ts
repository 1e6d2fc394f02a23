// The connection test behind Settings → Sync: one plain verdict the screen words in IT and EN.
// It lists the app's folder (address, credentials, CORS), then writes, re-creates, conditionally
// replaces and deletes one scratch file of its own, under a fresh random name in that folder: a
// name nobody else can have, so even a server that ignores every rule can only ever overwrite or
// delete that scratch file. Nothing else is read or written (the app's folder is created if
// missing, as the first sync would).
import { randomName } from './bytes';
import { isRemoteError, type RemoteErrorKind, type RemoteStore } from './remote';

export type ConnectionVerdict =
  | 'ok'
  /** Nothing, or no WebDAV, at that address. */
  | 'address'
  /** User or app password refused. */
  | 'auth'
  /** The server answers but sends no CORS headers (stock Nextcloud: WebAppPassword or a proxy). */
  | 'cors'
  /** It overwrote a file it was told not to: not safe for sync as it is. */
  | 'preconditions'
  /** No room left (or files this size refused). */
  | 'quota'
  /** No answer: offline, wrong host or port, server down, or too slow. */
  | 'unreachable'
  /** It failed or answered something unexpected (5xx, a file read back different). */
  | 'server';

export interface Diagnosis {
  readonly verdict: ConnectionVerdict;
  /** The address looks like Nextcloud or ownCloud (…/remote.php/…): word the CORS advice for it. */
  readonly nextcloud: boolean;
  /**
   * The address is plain http:// on another host than this one: an app opened over https may not
   * reach it at all (mixed content), so "unreachable" should ask for the https:// address.
   */
  readonly plainHttp: boolean;
  /** The HTTP status behind the verdict, when there was one. */
  readonly status?: number;
  /** The technical line, for a "details" disclosure and bug reports (not translated). */
  readonly detail: string;
}

const VERDICT_OF: Record<RemoteErrorKind, ConnectionVerdict> = {
  address: 'address',
  auth: 'auth',
  cors: 'cors',
  quota: 'quota',
  preconditions: 'preconditions',
  server: 'server',
  network: 'unreachable',
  verify: 'server',
};

function isPlainHttp(address: string): boolean {
  try {
    const { protocol, hostname } = new URL(address);
    return protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * Tests the connection through `store`, rooted at the app's folder (webdavStore with `folder`)
 * on the person's `address` (for the wording only).
 */
export async function diagnoseConnection(store: RemoteStore, address = ''): Promise<Diagnosis> {
  const nextcloud = address.includes('/remote.php/');
  const plainHttp = isPlainHttp(address);
  const verdict = (v: ConnectionVerdict, detail: string, status?: number): Diagnosis => ({
    verdict: v,
    nextcloud,
    plainHttp,
    detail,
    ...(status === undefined ? {} : { status }),
  });
  const scratch = `${randomName()}.tmp`;
  let written = false;
  try {
    await store.list('');
    await store.ensureDir('');
    written = true;
    if ((await store.create(scratch, bytes('first'))) !== 'created') {
      return verdict('server', `a fresh random name ${scratch} was said to exist`);
    }
    // The same name again, other bytes: a server that keeps the rules refuses (412).
    if ((await store.create(scratch, bytes('second'))) === 'created') {
      return verdict('preconditions', 'PUT with If-None-Match: * overwrote an existing file');
    }
    // A stale ETag: refused too, or the server ignores If-Match.
    if (
      (await store.replace(scratch, bytes('third'), '"stale-etag-from-a-connection-test"')) ===
      'replaced'
    ) {
      return verdict('preconditions', 'PUT with a stale If-Match overwrote the file');
    }
    return verdict('ok', 'list, create, conditional create and replace, read-back all as expected');
  } catch (error) {
    if (isRemoteError(error)) {
      return verdict(VERDICT_OF[error.kind], error.message, error.status);
    }
    return verdict('server', String(error));
  } finally {
    // Only ever the scratch file (its fresh random name is ours alone), also after a write that
    // failed half-way; a failure to delete it is not the verdict.
    if (written) await store.remove(scratch).catch(() => undefined);
  }
}
