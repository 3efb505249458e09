// Benchmark: loads the release build in headless Chromium, cold cache, several
// times, and prints medians. Run with `./dev bench` (RUNS=N to change runs).
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

import { BUDGETS, sizes } from './sizes.mjs';

const runs = Number(process.argv[2] || 7);
const dist = new URL('../dist/', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };

// Serves dist/ gzipped, as a static host would: every file is compressed once,
// before the runs, and the compressed copy served, as CDNs and static hosts
// do. (Compressing on every request in this one Node thread queued the eleven
// year files behind each other: up to ~200 ms of the server's own time.)
const compressed = new Map();
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(dist)) compressed.set(file, gzipSync(readFileSync(file)));
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(dist, path === '' ? 'index.html' : path);
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  const body = compressed.get(file);
  if (!body) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const { appCodeRaw: codeRaw, appCodeGz: codeGz, dataFiles, dataGz } = sizes(dist);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples = { wasmStarted: [], catalogueReady: [], dataReady: [], firstChart: [], parse: [], indicatorSwitch: [], indicatorSwitchFrame: [], compareAll: [], compareAllFrame: [] };

// Runs `action` in the page and resolves with two figures, in ms from just
// before it:
// - work: until the app has finished handling it (the chart redrawn and every
//   reactive update of the page done): the first task after the action
//   that runs once the `chart-drawn` mark is there. This is the figure the
//   16 ms and 50 ms budgets are read against.
// - frame: until the next animation frame after that, i.e. including the wait
//   for the screen's next refresh (up to 16.7 ms at 60 Hz, so it jumps).
const timeRedraw = (page, action) => page.evaluate(async (action) => {
  const seen = performance.getEntriesByName('chart-drawn').length;
  const drawn = () => performance.getEntriesByName('chart-drawn').length > seen;
  const nextTask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
  const t0 = performance.now();
  if (action.select) {
    const el = document.querySelector(action.select);
    el.value = action.value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    document.querySelector(action.click).click();
  }
  do {
    await nextTask();
    if (performance.now() - t0 > 10_000) throw new Error(`no chart redrawn after ${JSON.stringify(action)}`);
  } while (!drawn());
  const work = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { work, frame: performance.now() - t0 };
}, action);

for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } }); // a new context each run: cold cache
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: 30_000 });
  const t = await page.evaluate(() => ({
    wasmStarted: performance.getEntriesByName('wasm-started')[0].startTime,
    catalogueReady: performance.getEntriesByName('catalogue-ready')[0].startTime,
    dataReady: performance.getEntriesByName('data-ready')[0].startTime,
    firstChart: performance.getEntriesByName('chart-drawn')[0].startTime,
    parse: window.explorerTimings.parseMs,
  }));
  for (const k of Object.keys(t)) samples[k].push(t[k]);
  // Interactions are timed in steady state: after the first visit's one-off
  // background caching for offline use has finished.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  // Indicator switch: alternate between two indicators a few times, keep the median.
  const switches = [];
  for (const code of ['ReReferral', 'LAC', 'CIN', 'CPP_rate', 'ReReferral']) {
    switches.push(await timeRedraw(page, { select: '#indicator-browse', value: code }));
  }
  samples.indicatorSwitch.push(median(switches.map((t) => t.work)));
  samples.indicatorSwitchFrame.push(median(switches.map((t) => t.frame)));
  await page.click('#tab-compare');
  await page.waitForSelector('#scope-all');
  await page.waitForTimeout(100);
  const all = await timeRedraw(page, { click: '#scope-all' });
  samples.compareAll.push(all.work);
  samples.compareAllFrame.push(all.frame);
  await context.close();
}
// A phone: the same cold load at 360 px with the CPU slowed 4x (Chromium's
// DevTools throttling at Lighthouse's setting for a mid-range phone). The
// network is still loopback. Informative, not a budget.
const phoneFirstChart = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: 60_000 });
  phoneFirstChart.push(await page.evaluate(() => performance.getEntriesByName('chart-drawn')[0].startTime));
  await context.close();
}
await browser.close();
server.close();

// Decimal kilobytes, with bytes, so a budget in "KB" cannot be read two ways.
const kb = (n) => `${(n / 1000).toFixed(1)} kB (${n} bytes)`;
console.log(`app code (wasm + js): ${kb(codeRaw)} raw, ${kb(codeGz)} gzipped`);
console.log(`bundled data (${dataFiles} files): ${kb(dataGz)} gzipped`);
console.log(`medians of ${runs} cold loads in headless Chromium (load figures: ms since navigation start; redraws: after the offline cache has filled):`);
const line = (label, xs) => console.log(`  ${label.padEnd(44)} ${median(xs).toFixed(1).padStart(7)} ms   (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`);
line('app started (wasm compiled, main running)', samples.wasmStarted);
line('catalogue fetched and parsed', samples.catalogueReady);
line('all eleven years fetched and parsed', samples.dataReady);
line('first chart drawn (from navigation start)', samples.firstChart);
line('time parsing year files (sum)', samples.parse);
line('changing the indicator: work done', samples.indicatorSwitch);
line('  ... to the next frame', samples.indicatorSwitchFrame);
line('compare view -> all councils: work done', samples.compareAll);
line('  ... to the next frame', samples.compareAllFrame);
line('first chart, phone (360 px, CPU slowed 4x)', phoneFirstChart);

// Issue 6's budgets, read against the figures above (sizes in decimal KB).
console.log('budgets (issue 6):');
const budget = (label, value, limit, unit) =>
  console.log(`  ${label.padEnd(44)} ${String(Math.round(value * 10) / 10).padStart(9)} ${unit} <= ${limit} ${unit}: ${value <= limit ? 'met' : 'NOT MET'}`);
budget('app code, gzipped', codeGz / 1000, BUDGETS.appCodeGz / 1000, 'kB');
budget('all data, gzipped', dataGz / 1000, BUDGETS.dataGz / 1000, 'kB');
budget('first chart, cold', median(samples.firstChart), 600, 'ms');
budget('changing the indicator (work done)', median(samples.indicatorSwitch), 16, 'ms');
budget('compare view, all councils (work done)', median(samples.compareAll), 50, 'ms');
