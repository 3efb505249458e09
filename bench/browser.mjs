// Benchmark: loads the release build in headless Chromium, cold cache, several
// times, and prints medians. Run with `./dev bench` (RUNS=N to change runs).
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const runs = Number(process.argv[2] || 7);
const dist = new URL('../dist/', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };

// Serves dist/ gzipped, as a static host would.
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(dist, path === '' ? 'index.html' : path);
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  try {
    const body = gzipSync(readFileSync(file));
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    res.end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const files = readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f));
const codeGz = files.reduce((sum, f) => sum + gz(join(dist, f)), 0);
const codeRaw = files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
const dataFiles = readdirSync(join(dist, 'data'));
const dataGz = dataFiles.reduce((sum, f) => sum + gz(join(dist, 'data', f)), 0);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples = { dataReady: [], firstView: [], parse: [] };
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext(); // a new context each run: cold cache
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-view').length > 0, null, { timeout: 30_000 });
  const t = await page.evaluate(() => ({
    dataReady: performance.getEntriesByName('data-ready')[0].startTime,
    firstView: performance.getEntriesByName('first-view')[0].startTime,
    parse: window.explorerTimings.parseMs,
  }));
  for (const k of Object.keys(samples)) samples[k].push(t[k]);
  await context.close();
}
await browser.close();
server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`app code (wasm + js): ${kb(codeRaw)} raw, ${kb(codeGz)} gzipped`);
console.log(`bundled data (${dataFiles.length} files): ${kb(dataGz)} gzipped`);
console.log(`medians of ${runs} cold loads in headless Chromium (ms since navigation start):`);
console.log(`  all eleven years fetched and parsed: ${median(samples.dataReady).toFixed(0)} ms  (runs: ${samples.dataReady.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  first view painted:                  ${median(samples.firstView).toFixed(0)} ms`);
console.log(`  time parsing year files (sum):       ${median(samples.parse).toFixed(0)} ms`);
