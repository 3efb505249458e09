// The benchmark's web server: a release build served gzipped on loopback, as a
// static host or CDN serves it, plus the benchmark's own pages under /__bench/.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/** Every file under `dir`, recursively. */
export const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/**
 * Serves `dist` (a path ending in `/`). Every file is compressed once, before
 * the runs, and the compressed copy served, as CDNs and static hosts do.
 * (Compressing on every request in this one Node thread queued the eleven
 * year files behind each other: up to ~200 ms of the server's own time.)
 *
 * The benchmark's own paths:
 * - /__bench/ping: an empty answer, to time one round trip from the page;
 * - /__bench/blank: an empty page to time it from;
 * - any page given to `setPage(path, html)`, served gzipped like the app.
 */
export async function serve(dist) {
  const files = new Map();
  for (const file of walk(dist)) files.set(file, { body: gzipSync(readFileSync(file)), type: types[extname(file)] });
  const pages = new Map([['__bench/blank', { body: gzipSync('<!doctype html><title>blank</title>'), type: 'text/html' }]]);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    if (path === '__bench/ping') { res.writeHead(204, { 'cache-control': 'no-store' }).end(); return; }
    let found = pages.get(path);
    if (!found) {
      const file = join(dist, path === '' ? 'index.html' : path);
      if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
      found = files.get(file);
    }
    if (!found) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': found.type || 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    res.end(found.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    setPage: (path, html) => pages.set(path, { body: gzipSync(html), type: 'text/html' }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
