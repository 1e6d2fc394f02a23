import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real WebDAV servers for the sync tests, the way nginx-server.ts runs nginx: on 127.0.0.1 and a
// free port, everything they write (config, pid, logs, data) in a temporary folder, in the
// foreground as our child, stopped by its pid.
// - Debian's Apache with mod_dav: honours If-Match / If-None-Match, Basic auth, CORS (or none);
// - Debian's nginx with the dav modules: ignores preconditions (overwrites on a stale If-Match).
// Both serve the same user and password, with OPTIONS unauthenticated for the CORS preflight.

export const APACHE_PATH = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const NGINX_BIN = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MODULES = '/usr/lib/apache2/modules';
const NGINX_DAV_EXT = '/usr/lib/nginx/modules/ngx_http_dav_ext_module.so';

export const DAV_USER = 'giulia';
export const DAV_PASSWORD = 'app-password-1234';

export interface DavServer {
  /** The served folder's address, ending in '/'. */
  readonly url: string;
  /** The folder on disk (to check what the server really stored). */
  readonly dataDir: string;
  /** Stops the server and starts it again on the same port with the same files. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface DavOptions {
  /** CORS headers for any origin (default true); false is a server a web page cannot use. */
  readonly cors?: boolean;
  /** Apache only: refuse request bodies over this many bytes (413), a full quota's stand-in. */
  readonly maxBodyBytes?: number;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const CORS_METHODS = 'GET, HEAD, PUT, DELETE, PROPFIND, MKCOL, OPTIONS';
const CORS_HEADERS = 'Authorization, Depth, If-Match, If-None-Match, Content-Type';

function need(path: string, what: string) {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new Error(
      `${what} not found at ${path}: apt-get install apache2 apache2-utils libnginx-mod-http-dav-ext (.ci/run does).`,
    );
  }
}

/** A temporary folder www-data can reach, with a data folder it owns and a password file. */
function prepare(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  mkdirSync(join(dir, 'run'));
  // As root the servers' workers run as www-data (Apache refuses root), who must own what they
  // write; as another user they run as that user, who owns it already.
  if (process.getuid?.() === 0) {
    for (const d of [dataDir, join(dir, 'run')]) execFileSync('chown', ['www-data:www-data', d]);
  }
  const passwords = join(dir, 'htpasswd');
  // -B: bcrypt, which both Apache and nginx (through libcrypt) read.
  execFileSync('htpasswd', ['-cbB', passwords, DAV_USER, DAV_PASSWORD], { stdio: 'ignore' });
  chmodSync(passwords, 0o644);
  return { dir, dataDir, passwords };
}

function apacheConfig(dir: string, port: number, options: DavOptions): string {
  const modules = [
    'mpm_event',
    'authz_core',
    'authz_user',
    'authn_core',
    'authn_file',
    'auth_basic',
    'dav',
    'dav_fs',
    'headers',
    'rewrite',
  ].map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`);
  // CORS as README's set-up asks (and Nextcloud's WebAppPassword app does): a preflight is
  // answered at once (204, no DAV headers), and the headers only a preflight reads go on
  // preflight answers only; every answer allows the origin and exposes the ETag.
  const preflight = `"expr=%{REQUEST_METHOD} == 'OPTIONS'"`;
  const cors =
    options.cors === false
      ? ''
      : `  RewriteEngine On
  RewriteCond %{REQUEST_METHOD} =OPTIONS
  RewriteRule ^ - [R=204,L]
  Header always set Access-Control-Allow-Origin "*"
  Header always set Access-Control-Expose-Headers "ETag"
  Header always set Access-Control-Allow-Methods "${CORS_METHODS}" ${preflight}
  Header always set Access-Control-Allow-Headers "${CORS_HEADERS}" ${preflight}
  Header always set Access-Control-Max-Age "600" ${preflight}`;
  return `${modules.join('\n')}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
User www-data
Group www-data
PidFile ${dir}/run/apache.pid
DefaultRuntimeDir ${dir}/run
ErrorLog ${dir}/error.log
LogLevel warn
DavLockDB ${dir}/run/davlock
DocumentRoot ${dir}/data
<Directory ${dir}/data>
  Dav On
  AuthType Basic
  AuthName "sync test"
  AuthUserFile ${dir}/htpasswd
  <LimitExcept OPTIONS>
    Require valid-user
  </LimitExcept>
  ${options.maxBodyBytes ? `LimitRequestBody ${options.maxBodyBytes}` : ''}
${cors}
</Directory>
`;
}

function nginxConfig(dir: string, port: number, options: DavOptions): string {
  const cors =
    options.cors === false
      ? ''
      : `add_header Access-Control-Allow-Origin "*" always;
      add_header Access-Control-Expose-Headers "ETag" always;`;
  // nginx drops the headers above in a block that adds its own: the preflight's are all here.
  const preflight =
    options.cors === false
      ? ''
      : `add_header Access-Control-Allow-Origin "*" always;
        add_header Access-Control-Allow-Methods "${CORS_METHODS}" always;
        add_header Access-Control-Allow-Headers "${CORS_HEADERS}" always;
        add_header Access-Control-Max-Age "600" always;`;
  return `load_module ${NGINX_DAV_EXT};
user www-data;
daemon off;
worker_processes 1;
pid ${dir}/run/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/run/body;
  client_max_body_size 64m;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/data;
    location / {
      ${cors}
      if ($request_method = OPTIONS) {
        ${preflight}
        return 204;
      }
      auth_basic "sync test";
      auth_basic_user_file ${dir}/htpasswd;
      dav_methods PUT DELETE MKCOL;
      dav_ext_methods PROPFIND;
      create_full_put_path on;
    }
  }
}
`;
}

async function untilAnswering(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    const up = await fetch(url, { method: 'OPTIONS' }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer on ${url}:\n${log()}`);
}

async function run(
  command: string,
  args: (dir: string, conf: string) => string[],
  stopSignal: NodeJS.Signals,
  config: (dir: string, port: number) => string,
  prefix: string,
): Promise<DavServer> {
  const { dir, dataDir } = prepare(prefix);
  const port = await freePort();
  const conf = join(dir, 'server.conf');
  writeFileSync(conf, config(dir, port));
  const errorLog = join(dir, 'error.log');
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess;
  let exited: Promise<void>;
  const launch = async () => {
    child = spawn(command, args(dir, conf), { stdio: ['ignore', 'ignore', 'inherit'] });
    exited = new Promise<void>((done) => child.once('exit', () => done()));
    await untilAnswering(url, child, log);
  };
  const halt = async () => {
    if (child.exitCode === null) {
      child.kill(stopSignal);
      await exited;
    }
  };
  const stop = async () => {
    await halt();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    dataDir,
    stop,
    async restart() {
      await halt();
      await launch();
    },
  };
}

/** Apache mod_dav: a WebDAV server that keeps the rules (412 on a stale or existing file). */
export function startApacheDav(options: DavOptions = {}): Promise<DavServer> {
  need(APACHE_PATH, 'apache2');
  need(`${MODULES}/mod_dav_fs.so`, 'mod_dav_fs');
  // -DFOREGROUND: Apache stays our child; SIGTERM stops it and its workers.
  return run(
    APACHE_PATH,
    (_dir, conf) => ['-f', conf, '-DFOREGROUND'],
    'SIGTERM',
    (dir, port) => apacheConfig(dir, port, options),
    'stt-apache-dav-',
  );
}

/** nginx's dav modules: WebDAV that ignores If-Match and If-None-Match (overwrites anyway). */
export function startNginxDav(options: DavOptions = {}): Promise<DavServer> {
  need(NGINX_BIN, 'nginx');
  need(NGINX_DAV_EXT, 'libnginx-mod-http-dav-ext');
  return run(
    NGINX_BIN,
    (dir, conf) => ['-p', `${dir}/`, '-c', conf, '-e', join(dir, 'error.log')],
    'SIGQUIT',
    (dir, port) => nginxConfig(dir, port, options),
    'stt-nginx-dav-',
  );
}
