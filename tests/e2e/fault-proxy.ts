import {
  createServer,
  request as forward,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from './webdav-server';

// A proxy in front of a WebDAV test server that misbehaves on demand, the way real networks and
// servers do: a connection dropped in the middle of a PUT (before or after the server got it),
// a 500 after the write reached the server, a body cut short, a storm of 412, added latency.
// Each test arms the faults it wants; a fault applies to the next requests that match it.
// Answers the proxy makes up carry CORS headers, so a browser sees the status, not a CORS error.

export type Fault =
  /** Forward half of the request body, then cut both connections: the server stores nothing. */
  | { readonly kind: 'drop-request' }
  /** Forward everything, let the server answer, then cut the client's connection unanswered. */
  | { readonly kind: 'drop-response' }
  /** Forward everything, let the server answer (the write happened), then answer 500. */
  | { readonly kind: 'error-after-write'; readonly status?: number }
  /** Forward, then send the server's headers and only half of its body before cutting. */
  | { readonly kind: 'truncate-body' }
  /** Answer this status without forwarding (412 storm, 507 full quota, 503). */
  | { readonly kind: 'status'; readonly status: number };

export interface FaultRule {
  /** 'PUT', 'GET', ... or any method when absent. */
  readonly method?: string;
  /** Only requests whose path contains this. */
  readonly pathIncludes?: string;
  readonly fault: Fault;
  /** How many matching requests it hits (default 1; Infinity for every one). */
  readonly times?: number;
}

export interface FaultProxy {
  readonly url: string;
  /** Arms a fault for the next matching requests. */
  arm(rule: FaultRule): void;
  /** Delay before each request is forwarded (0: none). */
  latencyMs: number;
  /** Every request seen, as 'METHOD /path' (and the fault applied, if any). */
  readonly log: string[];
  /** Disarms everything and clears the log. */
  reset(): void;
  stop(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};

function bodyOf(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => done(Buffer.concat(parts)));
    req.on('error', fail);
  });
}

/** A proxy to `target` (e.g. a DavServer's url) on 127.0.0.1 and a free port. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  let rules: { rule: FaultRule; left: number }[] = [];
  const log: string[] = [];
  const sockets = new Set<Socket>();

  function take(req: IncomingMessage): Fault | null {
    const found = rules.find(
      ({ rule, left }) =>
        left > 0 &&
        (!rule.method || rule.method === req.method) &&
        (!rule.pathIncludes || (req.url ?? '').includes(rule.pathIncludes)),
    );
    if (!found) return null;
    found.left--;
    return found.rule.fault;
  }

  function send(req: IncomingMessage, body: Buffer, partial = false) {
    return new Promise<{ status: number; headers: OutgoingHttpHeaders; body: Buffer }>(
      (done, fail) => {
        const out = forward(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: upstream.host },
          },
          async (res) => {
            const data = await bodyOf(res);
            done({ status: res.statusCode ?? 502, headers: res.headers, body: data });
          },
        );
        out.on('error', fail);
        if (partial) {
          // Half the body, then the connection goes: the server sees an aborted upload.
          out.write(body.subarray(0, Math.floor(body.length / 2)));
          setTimeout(() => out.destroy(), 50);
        } else out.end(body);
      },
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const fault = req.method === 'OPTIONS' ? null : take(req);
    log.push(`${req.method} ${req.url}${fault ? ` [${fault.kind}]` : ''}`);
    const body = await bodyOf(req);
    if (proxy.latencyMs > 0) await new Promise((r) => setTimeout(r, proxy.latencyMs));
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { ...CORS, 'Content-Length': '0' }).end();
      return;
    }
    if (fault?.kind === 'drop-request') {
      await send(req, body, true).catch(() => undefined);
      req.socket.destroy();
      return;
    }
    const answer = await send(req, body);
    if (fault?.kind === 'drop-response') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'error-after-write') {
      res.writeHead(fault.status ?? 500, { ...CORS, 'Content-Length': '0' }).end();
      return;
    }
    const headers = { ...answer.headers, 'content-length': String(answer.body.length) };
    delete headers['transfer-encoding'];
    res.writeHead(answer.status, headers);
    if (fault?.kind === 'truncate-body') {
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
      // Let the half reach the client, then cut: its Content-Length is never met.
      setTimeout(() => req.socket.destroy(), 50);
      return;
    }
    res.end(answer.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502, CORS).end();
      else req.socket.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}/`,
    latencyMs: 0,
    log,
    arm(rule) {
      rules.push({ rule, left: rule.times ?? 1 });
    },
    reset() {
      rules = [];
      log.length = 0;
      proxy.latencyMs = 0;
    },
    stop() {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
  return proxy;
}
