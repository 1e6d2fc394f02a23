// One WebDAV request with fetch: Basic auth, a timeout, no cookies, a GET never from the HTTP
// cache unless told (see SendInit.cache), and every failure turned into a RemoteError a person
// can act on. A fetch that rejects (TypeError) means no answer reached the page: the server is
// down or unreachable, or it answered without CORS headers. A browser hides which, on purpose;
// two probes tell them apart as well as it allows (see whyNoAnswer).
import { RemoteError } from './remote';

export interface WebDavConfig {
  /** The address the person gave, e.g. https://cloud.example/remote.php/dav/files/giulia/ */
  readonly url: string;
  /**
   * The app's folder inside it (e.g. 'Self-Training Tracker'): the store's paths are relative to
   * it, it may be missing (lists as empty), and ensureDir('') creates it. Without it, the paths
   * are relative to the address itself.
   */
  readonly folder?: string;
  readonly user: string;
  /** An app password (Nextcloud: Settings → Security → Devices & sessions). */
  readonly password: string;
  /** Each request's limit; 30 s unless told. */
  readonly timeoutMs?: number;
  /** Cancels everything in flight (turning sync off, closing the tab). */
  readonly signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const PROBE_TIMEOUT_MS = 10_000;

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function withTimeout(ms: number, outer?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  // AbortSignal.any: Chromium 116, Safari 17.4, Firefox 124; older browsers keep the timeout.
  return outer && 'any' in AbortSignal ? AbortSignal.any([outer, timeout]) : timeout;
}

/**
 * The fetch rejected. A no-cors request resolves (opaquely) whenever the server answers at all;
 * a CORS request that needs a preflight (OPTIONS) resolves only when the server allows this page.
 * Answers to the first but not the second: CORS. Neither: network. Both: the server is reachable
 * and allows us, so the failure was the connection (dropped mid-request, a body cut short).
 */
async function whyNoAnswer(url: string): Promise<'cors' | 'network'> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'network';
  const probe = (init: RequestInit) =>
    fetch(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    }).then(
      () => true,
      () => false,
    );
  if (!(await probe({ mode: 'no-cors' }))) return 'network';
  return (await probe({ method: 'OPTIONS', mode: 'cors' })) ? 'network' : 'cors';
}

export function statusError(status: number, what: string, isBase: boolean): RemoteError {
  const at = `${what}: HTTP ${status}`;
  if (status === 401 || status === 403) return new RemoteError('auth', at, status);
  if (status === 507 || status === 413) return new RemoteError('quota', at, status);
  // Nothing at the address, or something that is not WebDAV there (PROPFIND not allowed).
  if (isBase && (status === 404 || status === 405 || status === 501)) {
    return new RemoteError('address', at, status);
  }
  return new RemoteError('server', at, status);
}

export interface WebDavHttp {
  /** The URL of a path relative to the base folder ('' is the folder; dirs end in '/'). */
  urlOf(path: string, dir?: boolean): string;
  readonly basePath: string;
  /** Whether the base is a folder inside the person's address (config.folder). */
  readonly inFolder: boolean;
  /** PROPFIND Depth 0 on the person's address itself: its HTTP status. */
  addressStatus(): Promise<number>;
  send(method: string, path: string, init?: SendInit): Promise<Response>;
  /** The whole body; a connection cut while reading is a network error. */
  bytesOf(response: Response, what: string): Promise<Uint8Array>;
}

export interface SendInit {
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  readonly dir?: boolean;
  /** Another address than the path's (the person's address, to tell it from the folder). */
  readonly url?: string;
  /**
   * 'default' lets the browser reuse a cached CORS preflight (Access-Control-Max-Age): Chromium
   * skips its preflight cache in every other mode, so each request would cost an OPTIONS more.
   * PROPFIND, PUT, MKCOL and DELETE are never answered from the HTTP cache, so they always take
   * it; a GET takes 'no-store' unless the caller knows a cached body cannot fool it.
   */
  readonly cache?: 'default' | 'no-store';
}

/** Path segments percent-encoded one by one ('a b/c' → 'a%20b/c'); empty segments dropped. */
const encodePath = (path: string) =>
  path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

export function webDavHttp(config: WebDavConfig): WebDavHttp {
  let address: URL;
  try {
    address = new URL(config.url.endsWith('/') ? config.url : `${config.url}/`);
  } catch {
    throw new RemoteError('address', `Not a web address: ${config.url}`);
  }
  if (address.protocol !== 'https:' && address.protocol !== 'http:') {
    throw new RemoteError('address', `Not a web address: ${config.url}`);
  }
  const folder = encodePath(config.folder ?? '');
  const base = folder ? new URL(`${folder}/`, address) : address;
  const auth = basicAuth(config.user, config.password);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const urlOf = (path: string, dir = false) => {
    const encoded = encodePath(path);
    return new URL(encoded + (dir && encoded ? '/' : ''), base).href;
  };

  async function send(method: string, path: string, init: SendInit = {}): Promise<Response> {
    const url = init.url ?? urlOf(path, init.dir);
    try {
      return await fetch(url, {
        method,
        headers: { Authorization: auth, ...init.headers },
        body: init.body as BodyInit | undefined,
        credentials: 'omit',
        // The storage learns nothing of the app's address beyond its origin, on any host.
        referrerPolicy: 'no-referrer',
        cache: init.cache ?? (method === 'GET' ? 'no-store' : 'default'),
        redirect: 'follow',
        signal: withTimeout(timeoutMs, config.signal),
      });
    } catch (error) {
      throw await failure(error, `${method} ${path || '/'}`);
    }
  }

  async function failure(error: unknown, what: string): Promise<RemoteError> {
    if (config.signal?.aborted) return new RemoteError('network', `${what}: cancelled`);
    const name = (error as { name?: string } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return new RemoteError('network', `${what}: no answer in ${timeoutMs / 1000} s`, undefined, {
        cause: error,
      });
    }
    const kind = await whyNoAnswer(base.href);
    const why = kind === 'cors' ? 'the server does not allow this web page (CORS)' : 'no answer';
    return new RemoteError(kind, `${what}: ${why}`, undefined, { cause: error });
  }

  async function bytesOf(response: Response, what: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw await failure(error, what);
    }
  }

  const addressStatus = () =>
    send('PROPFIND', '', { url: address.href, headers: { Depth: '0' } }).then((r) => r.status);

  return { urlOf, basePath: base.pathname, inFolder: !!folder, addressStatus, send, bytesOf };
}
