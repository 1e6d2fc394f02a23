import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// Debian's nginx serving a build with the configuration the build wrote (dist/nginx.conf), the
// way a host would: on 127.0.0.1 and a free port, everything it writes (pid, logs, temp files)
// in a temporary folder, in the foreground as our child, stopped by its pid.

export const NGINX_PATH =
  process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

export interface Nginx {
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether a user other than the owner can reach and read the folder (mode bits, to the root). */
function othersCanRead(folder: string): boolean {
  const readable = (path: string, bits: number) => (statSync(path).mode & bits) === bits;
  if (!readable(folder, 0o005) || !readable(join(folder, 'index.html'), 0o004)) return false;
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    if (!readable(dir, 0o001)) return false;
    if (dir === dirname(dir)) return true;
  }
}

/**
 * The workers' user. As root, nginx would run them as "nobody", who cannot read a build in a
 * private temporary folder or under /root (where CI's checkout may be): then they run as root.
 * That is for this test server on 127.0.0.1 only; a real host keeps www-data.
 */
function userLine(root: string): string {
  if (process.getuid?.() !== 0) return '';
  return othersCanRead(root) ? 'user www-data;' : 'user root;';
}

function config(root: string, dir: string, port: number): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`)
    .join('\n');
  return `${userLine(root)}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${root}/nginx.conf;
  }
}
`;
}

async function untilAnswering(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer on ${url}:\n${log()}`);
}

/** Starts nginx on the build in `distDir`; fails with what to install when nginx is missing. */
export async function startNginx(distDir: string): Promise<Nginx> {
  const root = resolve(distDir);
  try {
    accessSync(NGINX_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `nginx not found at ${NGINX_PATH}: install Debian's (apt-get install nginx; .ci/run does) or set NGINX_PATH.`,
    );
  }
  if (!existsSync(join(root, 'nginx.conf'))) throw new Error(`no nginx.conf in ${root}`);
  const dir = mkdtempSync(join(tmpdir(), 'stt-nginx-'));
  const port = await freePort();
  const confFile = join(dir, 'nginx.conf');
  writeFileSync(confFile, config(root, dir, port));
  const errorLog = join(dir, 'error.log');
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const child = spawn(NGINX_PATH, ['-p', `${dir}/`, '-c', confFile, '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await untilAnswering(url, child, log);
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        // SIGQUIT: nginx's graceful stop (its workers finish, then exit with the master).
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
