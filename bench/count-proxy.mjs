// A counting proxy for `npm run bench:sync`: in front of the WebDAV server, it sees every request
// the browser sends, CORS preflights included (a page cannot see those), and counts the bytes on
// the wire both ways: request and status lines, headers and bodies, as HTTP/1.1 sends them.
import { createServer, request as forward } from 'node:http';
import { freePort } from './util.mjs';

const headerBytes = (rawHeaders) => {
  let n = 2; // the blank line
  for (let i = 0; i < rawHeaders.length; i += 2) {
    n += Buffer.byteLength(`${rawHeaders[i]}: ${rawHeaders[i + 1]}\r\n`);
  }
  return n;
};

const bodyOf = (stream) =>
  new Promise((done, fail) => {
    const parts = [];
    stream.on('data', (p) => parts.push(p));
    stream.on('end', () => done(Buffer.concat(parts)));
    stream.on('error', fail);
  });

/** Starts the proxy to `target` on 127.0.0.1; `log` holds one entry per request. */
export async function startCountingProxy(target) {
  const upstream = new URL(target);
  const log = [];
  const server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const up =
      Buffer.byteLength(`${req.method} ${req.url} HTTP/1.1\r\n`) +
      headerBytes(req.rawHeaders) +
      body.length;
    const out = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      async (answer) => {
        const data = await bodyOf(answer);
        const headers = { ...answer.headers, 'content-length': String(data.length) };
        delete headers['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(data);
        const down =
          Buffer.byteLength(`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n`) +
          headerBytes(answer.rawHeaders) +
          data.length;
        log.push({
          method: req.method,
          path: decodeURI(req.url ?? ''),
          status: answer.statusCode,
          up,
          down,
        });
      },
    );
    out.on('error', () => res.writeHead(502).end());
    out.end(body);
  });
  const port = await freePort();
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    reset: () => {
      log.length = 0;
    },
    stop: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
