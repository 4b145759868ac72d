// A tiny static server on 127.0.0.1 (no dependencies). `root` is a folder,
// or an object of URL prefix → folder ({ '/lich/': dist, '/': fixtures }).
// `headers` are added to every HTML response (the CSP tests use them);
// every request is recorded in `requests`. `cors: true` lets any origin read
// the files; `delay: { '/slow/': 3000 }` holds answers under a prefix. With `gzip: true`, text and wasm
// go out gzip-compressed when the client accepts it, as a portal's web
// server would send them (the Lighthouse run uses it).
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar',
};

export function serve(root, { headers = {}, gzip = false, cors = false, delay = {} } = {}) {
  const mounts = Object.entries(typeof root === 'string' ? { '/': root } : root)
    .sort((a, b) => b[0].length - a[0].length);
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) { res.writeHead(404).end(); return; }
    const base = path.resolve(mount[1]);
    let file = path.join(base, pathname.slice(mount[0].length));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const head = { 'content-type': type, ...(type.startsWith('text/html') ? headers : {}) };
      if (cors) head['access-control-allow-origin'] = '*';
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
        body = zlib.gzipSync(body, { level: 9 });
        Object.assign(head, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      const wait = Object.entries(delay).find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? 0;
      setTimeout(() => {
        res.writeHead(200, head);
        res.end(body);
      }, wait);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, requests, origin: `http://127.0.0.1:${server.address().port}` });
  }));
}
