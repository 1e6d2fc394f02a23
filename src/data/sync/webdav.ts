// RemoteStore over WebDAV with fetch only (no client library): PROPFIND Depth 1 to list, MKCOL,
// GET, PUT with If-None-Match: * to create and If-Match to replace, DELETE. Every write is read
// back and compared byte for byte, since some servers say 201 and store something else (or
// nothing). Servers that ignore preconditions are caught where the answer shows it (204 to a
// create means it overwrote); diagnose.ts tests for it before sync starts.
import { sameBytes } from './bytes';
import { RemoteError, type RemoteFile, type RemoteStore } from './remote';
import { statusError, type WebDavConfig, type WebDavHttp, webDavHttp } from './webdav-http';
import { child, childrenNamed, parseXml, type XmlElement } from './xml';

export type { WebDavConfig } from './webdav-http';

// Only what the round needs, each name and whether it is a folder: every property asked for is
// repeated in the answer for every file (a size and an ETag cost about 90 bytes a file on
// Apache, where a listed file costs about 220 bytes with its name alone).
const PROPFIND_BODY = '<propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>';

const parentOf = (path: string) => path.split('/').filter(Boolean).slice(0, -1).join('/');
const trimSlashes = (path: string) => path.split('/').filter(Boolean).join('/');

/** The store's path of an href ('/dav/app/x%20y/1.bin' → 'x y/1.bin'), null when outside it. */
function pathOfHref(href: string, http: WebDavHttp): string | null {
  // Servers encode names differently (%20 or not, %C3%A9 or %c3%a9): compare them decoded.
  const decode = (p: string) => p.split('/').map(decodeURIComponent).join('/');
  try {
    const full = decode(new URL(href.trim(), http.urlOf('')).pathname);
    const base = decode(http.basePath);
    return full.startsWith(base) ? trimSlashes(full.slice(base.length)) : null;
  } catch {
    return null; // not a URL, or a broken %-escape: not a file of ours
  }
}

function fileOf(response: XmlElement, http: WebDavHttp): RemoteFile | null {
  const href = child(response, 'href')?.text;
  const path = href === undefined ? null : pathOfHref(href, http);
  if (path === null) return null;
  // Only the properties the server found (a propstat with status 200).
  const found = childrenNamed(response, 'propstat').find((ps) =>
    (child(ps, 'status')?.text ?? '').includes(' 200 '),
  );
  const prop = found && child(found, 'prop');
  if (!prop) return null;
  const type = child(prop, 'resourcetype');
  // Folders end in '/' too, as the engine's layout reads them.
  return type && child(type, 'collection') ? { path: `${path}/`, dir: true } : { path };
}

/** A RemoteStore on the WebDAV folder at `config.url`. */
export function webdavStore(config: WebDavConfig): RemoteStore {
  const http = webDavHttp(config);

  /** The app's folder is missing, but the person's address is there (the first sync). */
  async function baseMissingAtAddress(): Promise<boolean> {
    if (!http.inFolder) return false;
    const status = await http.addressStatus();
    if (status === 207) return true;
    throw statusError(status, 'list the address', true);
  }

  async function list(dir: string): Promise<RemoteFile[]> {
    const folder = trimSlashes(dir);
    const response = await http.send('PROPFIND', folder, {
      dir: true,
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
    });
    if (response.status === 404 && (folder || (await baseMissingAtAddress()))) return [];
    if (response.status !== 207) throw statusError(response.status, `list ${dir}`, !folder);
    const text = new TextDecoder().decode(await http.bytesOf(response, `list ${dir}`));
    let root: XmlElement;
    try {
      root = parseXml(text);
    } catch (cause) {
      throw new RemoteError('server', `list ${dir}: unreadable answer`, 207, { cause });
    }
    if (root.name !== 'multistatus') throw new RemoteError('server', `list ${dir}: not WebDAV`);
    return childrenNamed(root, 'response')
      .map((r) => fileOf(r, http))
      .filter((f): f is RemoteFile => f !== null && trimSlashes(f.path) !== folder);
  }

  async function get(path: string, cache: 'default' | 'no-store' = 'no-store') {
    const response = await http.send('GET', path, { cache });
    if (response.status === 404) return null;
    if (response.status !== 200) throw statusError(response.status, `read ${path}`, false);
    const bytes = await http.bytesOf(response, `read ${path}`);
    const etag = response.headers.get('ETag') ?? undefined;
    return etag ? { bytes, etag } : { bytes };
  }

  /**
   * Reads the file back: it must hold exactly `bytes`. In the 'default' cache mode, so the
   * preflight of the PUT just sent serves this GET too (one OPTIONS fewer). A cached body cannot
   * pass for the server's: the PUT invalidated any cached copy of this address, and every write
   * sends bytes no earlier write to this address sent (a fresh random IV; the connection test's
   * three writes differ), so no earlier answer can hold these very bytes.
   */
  async function verify(path: string, bytes: Uint8Array): Promise<void> {
    const back = await get(path, 'default');
    if (!back || !sameBytes(back.bytes, bytes)) {
      throw new RemoteError(
        'verify',
        `${path}: read back ${back ? `${back.bytes.length} bytes that differ` : 'nothing'}`,
      );
    }
  }

  /** '' is the store's own folder (the app's folder, created on the first sync). */
  async function ensureDir(path: string): Promise<void> {
    const folder = trimSlashes(path);
    const response = await http.send('MKCOL', folder, { dir: true });
    // 405: the folder exists already (some servers say 301 to it, and fetch follows).
    if (response.ok || response.status === 405) return;
    if (response.status === 409) {
      // A parent is missing: make it, then this one. Above the store's folder: a wrong address.
      if (!folder) throw statusError(404, 'create the sync folder', true);
      await ensureDir(parentOf(folder));
      return ensureDir(folder);
    }
    throw statusError(response.status, `create folder ${folder || '/'}`, !folder);
  }

  async function put(path: string, bytes: Uint8Array, condition: Record<string, string>) {
    const init = {
      headers: { 'Content-Type': 'application/octet-stream', ...condition },
      body: bytes,
    };
    const response = await http.send('PUT', path, init);
    if (response.status !== 409) return response;
    // The folder is missing (Apache answers 409): make it and try once more.
    await ensureDir(parentOf(path));
    return http.send('PUT', path, init);
  }

  async function create(path: string, bytes: Uint8Array): Promise<'created' | 'exists'> {
    const response = await put(path, bytes, { 'If-None-Match': '*' });
    if (response.status === 412) {
      // An earlier attempt of this very write may have landed, its answer lost on the way.
      const there = await get(path);
      return there && sameBytes(there.bytes, bytes) ? 'created' : 'exists';
    }
    if (response.status === 204) {
      // "No Content" answers a replacement (a new file is "201 Created"): it existed and was
      // overwritten anyway. (Some servers say 201 either way: diagnose.ts finds those.)
      throw new RemoteError('preconditions', `create ${path}: the server overwrote a file`, 204);
    }
    if (!response.ok) throw statusError(response.status, `create ${path}`, false);
    await verify(path, bytes);
    return 'created';
  }

  async function replace(path: string, bytes: Uint8Array, etag: string) {
    const response = await put(path, bytes, { 'If-Match': etag });
    if (response.status === 412 || response.status === 404) return 'changed' as const;
    if (!response.ok) throw statusError(response.status, `replace ${path}`, false);
    await verify(path, bytes);
    return 'replaced' as const;
  }

  async function remove(path: string): Promise<void> {
    const response = await http.send('DELETE', path);
    if (response.ok || response.status === 404) return;
    throw statusError(response.status, `delete ${path}`, false);
  }

  return { list, get: (path) => get(path), create, replace, remove, ensureDir };
}
