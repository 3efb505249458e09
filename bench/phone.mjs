// What the public gets (issue 13): cold loads on Lighthouse's default mobile
// profile of the pages a member of the public meets, beside a static page of
// the same chart as inline SVG (the limit).
import { readFileSync } from 'node:fs';

import { interactiveChart } from './desktop.mjs';

/**
 * Lighthouse's default mobile profile: a "slow 4G" connection (150 ms round
 * trip, 1.6 Mbps down, 750 kbps up), the CPU slowed 4x, a 412x823 screen at
 * 1.75x (a Moto G Power), mobile with touch.
 *
 * The throttling is *applied*, by DevTools (CDP `Network.emulateNetworkConditions`
 * and `Emulation.setCPUThrottlingRate`), not *simulated* as Lighthouse does by
 * default (it loads unthrottled and models the page's request graph on the
 * slow network), so the two differ: applied throttling delays each response
 * by the round trip and paces its bytes, request by request, and has no TCP
 * slow start. The figures are Lighthouse's nominal ones, as issue 13 gives
 * them, converted as Lighthouse and DevTools do (kbps x 1024 / 8 bytes per
 * second). (Lighthouse's own `throttlingMethod: 'devtools'` scales them to
 * stand in for packet-level throttling: 3.75x the latency, 0.9x the throughput.
 * Not done here, so that the figures read against the issue's.)
 *
 * Only the page is throttled: a service worker's own requests are not (the
 * app registers its worker once the interactive build's chart is drawn,
 * after what is measured here).
 */
export const PHONE = {
  latencyMs: 150,
  downKbps: 1638.4,
  upKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
};
const bytesPerSecond = (kbps) => Math.floor((kbps * 1024) / 8);

/** The pages, in the order each round loads them; `path` is relative to the app's root. */
export const PHONE_PAGES = [
  { key: 'embedTrend', label: 'embedded trend chart', path: '?indicator=CPP_rate&area=852&view=trend&embed=1' },
  { key: 'embedCompare', label: 'embedded compare chart', path: '?indicator=CPP_rate&area=852&view=compare&embed=1' },
  { key: 'explorer', label: 'explorer, default view', path: '' },
  { key: 'static', label: 'static page, inline SVG (the limit)', path: '__bench/static-chart.html', isStatic: true },
];

/** The chart the static page shows: the embedded trend's, without `embed=1`. */
const STATIC_CHART = '?indicator=CPP_rate&area=852&view=trend';

/**
 * Makes the limit: opens the explorer (unthrottled) on the embedded trend's
 * chart, downloads it with "Image (SVG)" (the app's own drawing code, as
 * tests/e2e/share.spec.mjs captures downloads), and serves it inline in a page
 * with nothing else, at `PHONE_PAGES`' static path. Returns the SVG's size.
 */
export async function makeStaticPage(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + STATIC_CHART);
  await page.waitForFunction(interactiveChart, null, { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Image (SVG)' }).first().click()]);
  let svg = readFileSync(await download.path(), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
  await context.close();
  // Fitted to the phone's width, as a page would: the image is 800 px wide.
  svg = svg.replace(/<svg\b([^>]*)>/, (tag, attrs) => {
    const [w, h] = ['width', 'height'].map((a) => attrs.match(new RegExp(`\\b${a}="([\\d.]+)"`))?.[1]);
    const viewBox = /\bviewBox=/.test(attrs) || !w || !h ? '' : ` viewBox="0 0 ${w} ${h}"`;
    return `<svg${attrs}${viewBox} style="max-width:100%;height:auto">`;
  });
  const title = svg.match(/<text[^>]*>([^<]*)<\/text>/)?.[1] ?? 'Chart';
  const html = `<!doctype html><meta name="viewport" content="width=device-width"><title>${title}</title><body>${svg}`;
  server.setPage(PHONE_PAGES.find((p) => p.isStatic).path, html);
  return { svgBytes: Buffer.byteLength(svg), htmlBytes: Buffer.byteLength(html) };
}

/**
 * One cold load on the phone profile, in a new browser context. Resolves with
 * `ms`, from navigation start to the first chart drawn (the app's
 * `chart-drawn` mark) or, for the static page, to its first contentful paint
 * (and `loadMs`, to its load event); and what was on the wire by then:
 * requests completed, their bytes as received (compressed body and headers,
 * CDP's `encodedDataLength`), and of those the data (anything under /data/).
 */
export async function phoneLoad(browser, url, { isStatic = false } = {}) {
  const context = await browser.newContext({
    viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true, userAgent: PHONE.userAgent,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, end: e.timestamp });
  });
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latencyMs, downloadThroughput: bytesPerSecond(PHONE.downKbps), uploadThroughput: bytesPerSecond(PHONE.upKbps),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  let result;
  if (isStatic) {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 30_000 });
    result = await page.evaluate(() => ({
      ms: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      loadMs: performance.getEntriesByType('navigation')[0].loadEventStart,
    }));
  } else {
    await page.goto(url, { waitUntil: 'commit' });
    // Polled every 100 ms, not every frame, to take little of the slowed CPU:
    // the figure is the mark's own time, not when it was seen.
    await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: 120_000, polling: 100 });
    result = { ms: await page.evaluate(() => performance.getEntriesByName('chart-drawn')[0].startTime) };
    // And when the interactive build has its chart (after a first paint,
    // if any; without one, the same moment as the first chart).
    await page.waitForFunction(interactiveChart, null, { timeout: 120_000, polling: 100 });
    result.interactiveMs = await page.evaluate(interactiveChart);
  }
  // The protocol's clock, in seconds, at the page's time origin: the moment
  // measured is then comparable with each request's `loadingFinished` time.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const origin = metrics.find((m) => m.name === 'NavigationStart').value;
  await new Promise((resolve) => setTimeout(resolve, 100)); // network events still on their way
  await context.close();
  const by = origin + result.ms / 1000;
  const done = [...requests.values()].filter((r) => r.end !== undefined && r.end <= by);
  const data = done.filter((r) => new URL(r.url).pathname.startsWith('/data/'));
  const sum = (rs) => rs.reduce((t, r) => t + r.bytes, 0);
  return { ...result, requests: done.length, bytes: sum(done), dataRequests: data.length, dataBytes: sum(data), paths: done.map((r) => new URL(r.url).pathname) };
}

/**
 * `runs` rounds; each loads every page of `PHONE_PAGES` once, cold, in turn,
 * so that the machine's slower and faster moments fall on every page alike.
 * Returns each page's samples by key.
 */
export async function runPhone(browser, server, runs) {
  const svg = await makeStaticPage(browser, server);
  const samples = Object.fromEntries(PHONE_PAGES.map((p) => [p.key, []]));
  for (let i = 0; i < runs; i++) {
    for (const p of PHONE_PAGES) samples[p.key].push(await phoneLoad(browser, server.url + p.path, p));
  }
  return { svg, samples };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** The phone figures, medians of each measure separately. */
export function phoneMedians(samples) {
  const out = {};
  for (const [key, runs] of Object.entries(samples)) {
    out[key] = Object.fromEntries(['ms', 'loadMs', 'interactiveMs', 'requests', 'bytes', 'dataRequests', 'dataBytes']
      .filter((k) => runs[0][k] !== undefined).map((k) => [k, median(runs.map((r) => r[k]))]));
    out[key].runs = runs.map((r) => r.ms);
  }
  for (const key of Object.keys(out)) out[key].vsStatic = out[key].ms / out.static.ms;
  return out;
}

export function printPhone({ svg, samples }) {
  const m = phoneMedians(samples);
  const n = samples.static.length;
  const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
  console.log(`phone, cold loads (medians of ${n}): Lighthouse's default mobile profile applied with DevTools throttling:`);
  console.log(`  ${PHONE.latencyMs} ms round trip, ${PHONE.downKbps} kbps down (${bytesPerSecond(PHONE.downKbps)} bytes/s), ${PHONE.upKbps} kbps up, CPU slowed ${PHONE.cpuSlowdown}x, ${PHONE.viewport.width}x${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}x, mobile`);
  console.log('  (time: navigation start to the first chart drawn, for the static page its first contentful paint;');
  console.log('   sent: bytes received, compressed, in the requests completed by then; data: of those, the ones under /data/)');
  console.log(`  ${'page'.padEnd(38)} ${'time'.padStart(8)} ${'x static'.padStart(9)}   ${'sent (requests)'.padEnd(20)} ${'data (requests)'.padEnd(20)} runs`);
  for (const p of PHONE_PAGES) {
    const r = m[p.key];
    console.log(`  ${p.label.padEnd(38)} ${`${r.ms.toFixed(0)} ms`.padStart(8)} ${`${r.vsStatic.toFixed(1)}x`.padStart(9)}   ${`${kB(r.bytes)} (${r.requests})`.padEnd(20)} ${`${kB(r.dataBytes)} (${r.dataRequests})`.padEnd(20)} ${r.runs.map((x) => x.toFixed(0)).join(', ')}`);
  }
  for (const p of PHONE_PAGES.filter((p) => m[p.key].interactiveMs !== undefined)) {
    console.log(`  ${p.label}: interactive (its chart's hover, keys and table, and the explorer's choices) at ${m[p.key].interactiveMs.toFixed(0)} ms; runs ${samples[p.key].map((r) => r.interactiveMs.toFixed(0)).join(', ')}`);
  }
  console.log(`  the static page: load event ${m.static.loadMs.toFixed(0)} ms; its SVG is ${svg.svgBytes} bytes, the page ${svg.htmlBytes} bytes before compression`);
  for (const p of PHONE_PAGES.filter((p) => !p.isStatic)) {
    console.log(`  ${p.label}, requests completed before its first chart (run 1): ${samples[p.key][0].paths.join(' ')}`);
  }
  return m;
}
