// Benchmark: loads the release build in headless Chromium, cold cache, several
// times, and prints medians. Run with `./dev bench` (RUNS=N to change runs).
//   node bench/browser.mjs [RUNS]     RUNS cold loads of each (default 7; the phone at least 5)
//   DIST=/path/to/dist                measure another build (default: ./dist)
//   PARTS=desktop,pack,views,phone    only some parts (default: all four)
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';

import { BUDGETS, sizes } from './sizes.mjs';
import { serve } from './server.mjs';
import { median, runDesktop, runPack, NOT_YET_FETCHED, PACK_SIZE } from './desktop.mjs';
import { printPhone, runPhone } from './phone.mjs';
import { runViews } from './views.mjs';

const runs = Number(process.argv[2] || 7);
const dist = process.env.DIST ? `${resolve(process.env.DIST)}/` : new URL('../dist/', import.meta.url).pathname;
const parts = new Set((process.env.PARTS || 'desktop,pack,views,phone').split(','));

const server = await serve(dist);
const { url } = server;
const { appCodeRaw: codeRaw, appCodeGz: codeGz, fullCodeRaw, fullCodeGz, embedCodeRaw, embedCodeGz, dataFiles, dataGz } = sizes(dist);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const desktop = parts.has('desktop') ? await runDesktop(browser, url, runs) : null;
const pack = parts.has('pack') ? await runPack(browser, url, runs) : null;
const views = parts.has('views') ? await runViews(browser, url, runs) : null;
const phone = parts.has('phone') ? await runPhone(browser, server, Math.max(runs, 5)) : null;
await browser.close();
await server.close();

// Decimal kilobytes, with bytes, so a budget in "KB" cannot be read two ways.
const kb = (n) => `${(n / 1000).toFixed(1)} kB (${n} bytes)`;
console.log(`build measured: ${dist}`);
console.log(`app code (wasm + js), explorer (first build: trend, compare, table): ${kb(codeRaw)} raw, ${kb(codeGz)} gzipped`);
console.log(`app code (wasm + js), explorer's fuller build (overview, map, pack, local): ${kb(fullCodeRaw)} raw, ${kb(fullCodeGz)} gzipped`);
console.log(`app code (wasm + js), embedded chart: ${kb(embedCodeRaw)} raw, ${kb(embedCodeGz)} gzipped`);
console.log(`bundled data (${dataFiles} files): ${kb(dataGz)} gzipped`);
const line = (label, xs) => {
  if (xs.some((x) => x === null)) { console.log(`  ${label.padEnd(44)}       –      (not marked by this build)`); return; }
  console.log(`  ${label.padEnd(44)} ${median(xs).toFixed(1).padStart(7)} ms   (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`);
};
if (desktop) {
  console.log(`desktop, medians of ${runs} cold loads in headless Chromium, unthrottled (load figures: ms since navigation start; redraws: from just before the change):`);
  line('app started (wasm compiled, main running)', desktop.wasmStarted);
  line('catalogue read (mark catalogue-ready)', desktop.catalogueReady);
  line('all years read (mark data-ready)', desktop.dataReady);
  line('first chart drawn (from navigation start)', desktop.firstChart);
  line('  the explorer\'s own (after a first paint)', desktop.interactiveChart);
  line('time parsing data files (sum)', desktop.parse);
  line('indicator not yet fetched, in the chart\'s frame', desktop.notYetFetched);
  console.log(`    ${NOT_YET_FETCHED}, chosen in the frame the explorer's own chart is drawn, its list built but perhaps not yet drawn; requests made until it was drawn (compressed size, asked for at, arrived at):`);
  desktop.notYetFetchedRequests.forEach((rs, i) => console.log(`      run ${i + 1}: ${rs.length ? rs.map((r) => `${r.path} ${r.bytes} bytes, +${r.start.toFixed(0)} ms, +${r.end.toFixed(0)} ms`).join('; ') : 'none'}`));
  line('indicator not yet fetched, list on screen', desktop.notYetFetchedOnScreen);
  console.log(`    ${NOT_YET_FETCHED}, chosen once the explorer's chart is drawn and its list of indicators is on the screen; requests as above:`);
  desktop.notYetFetchedOnScreenRequests.forEach((rs, i) => console.log(`      run ${i + 1}: ${rs.length ? rs.map((r) => `${r.path} ${r.bytes} bytes, +${r.start.toFixed(0)} ms, +${r.end.toFixed(0)} ms`).join('; ') : 'none'}`));
  line('indicator not yet fetched, page settled', desktop.notYetFetchedSettled);
  console.log(`    ${NOT_YET_FETCHED}, chosen 3 s after the first chart, no service worker; requests as above:`);
  desktop.notYetFetchedSettledRequests.forEach((rs, i) => console.log(`      run ${i + 1}: ${rs.length ? rs.map((r) => `${r.path} ${r.bytes} bytes, +${r.start.toFixed(0)} ms, +${r.end.toFixed(0)} ms`).join('; ') : 'none'}`));
  line('  a round trip, loopback (fastest of 7)', desktop.roundTrip);
  console.log('  redraws below: after the offline cache has filled, each indicator shown once before');
  line('changing the indicator (fetched): work done', desktop.indicatorSwitch);
  line('  ... to the next frame', desktop.indicatorSwitchFrame);
  line('compare view -> all councils: work done', desktop.compareAll);
  line('  ... to the next frame', desktop.compareAllFrame);
}
if (pack) {
  console.log(`briefing pack from cold (?view=pack, ${PACK_SIZE} indicators), medians of ${runs}, ms since navigation start:`);
  line(`all ${PACK_SIZE} sections on the page`, pack.sections);
  line(`all ${PACK_SIZE} charts drawn`, pack.drawn);
  console.log(`    data requests by then: ${median(pack.dataRequests)}, ${kb(median(pack.dataBytes))} compressed`);
}
if (views) {
  console.log(`overview and map (the fuller build), medians of ${runs} cold loads:`);
  line(`overview of ${PACK_SIZE} indicators, after its figures (work)`, views.overview);
  console.log(`    figures files read by then: ${median(views.overviewFiles)}`);
  line('map, change of year: work done', views.mapYear);
  line('  ... to the next frame', views.mapYearFrame);
}
const phoneMedians = phone ? printPhone(phone) : null;

// The budgets, read against the figures above (sizes in decimal KB).
const budget = (label, value, limit, unit) => {
  const shown = Math.round(value * 10) / 10;
  console.log(`  ${label.padEnd(58)} ${String(shown).padStart(9)} ${unit} <= ${Math.round(limit * 10) / 10} ${unit}: ${value <= limit ? 'met' : 'NOT MET'}`);
};
console.log('budgets (issue 6, desktop; its data budget, 1.2 MB, is replaced by issue 13\'s):');
budget('app code, gzipped (the explorer)', codeGz / 1000, BUDGETS.appCodeGz / 1000, 'kB');
if (desktop) {
  budget('first chart, cold', median(desktop.firstChart), BUDGETS.firstChartMs, 'ms');
  budget('changing the indicator (work done)', median(desktop.indicatorSwitch), BUDGETS.indicatorFetchedMs, 'ms');
  budget('compare view, all councils (work done)', median(desktop.compareAll), BUDGETS.compareAllMs, 'ms');
}
console.log('budgets (issue 13):');
if (phoneMedians) {
  const p = BUDGETS.phone;
  const m = phoneMedians;
  budget('phone: embedded trend, first chart', m.embedTrend.ms, p.embedTrendMs, 'ms');
  budget('phone: embedded trend, x the static page\'s first paint', m.embedTrend.vsStatic, p.embedTrendVsStatic, 'x');
  budget('phone: explorer default view, first chart', m.explorer.ms, p.explorerMs, 'ms');
  budget('phone: sent before the embedded trend draws', m.embedTrend.bytes / 1000, p.embedSentBytes / 1000, 'kB');
  budget('phone: sent before the embedded compare draws', m.embedCompare.bytes / 1000, p.embedSentBytes / 1000, 'kB');
  for (const [key, label] of [['embedTrend', 'embedded trend'], ['embedCompare', 'embedded compare'], ['explorer', 'explorer']]) {
    budget(`phone: data before the first chart, ${label}`, m[key].dataBytes / 1000, p.firstChartDataBytes / 1000, 'kB');
  }
}
budget('desktop: app code, gzipped (the explorer)', codeGz / 1000, BUDGETS.appCodeGz / 1000, 'kB');
budget('phone: app code of the embedded chart, gzipped', embedCodeGz / 1000, BUDGETS.appCodeGz / 1000, 'kB');
if (desktop) {
  budget('desktop: changing to an indicator already fetched (work)', median(desktop.indicatorSwitch), BUDGETS.indicatorFetchedMs, 'ms');
  const rtt = median(desktop.roundTrip);
  // Read against the earliest moment a person can choose: the list on the
  // screen. The figure from the frame the chart is drawn in (the list not yet
  // drawn) is printed above, for comparison with earlier sessions.
  budget(`desktop: to one not yet fetched, as soon as its list is on screen (50 ms + round trip ${rtt.toFixed(1)} ms)`, median(desktop.notYetFetchedOnScreen), BUDGETS.indicatorNotFetchedMs + rtt, 'ms');
  budget(`desktop: to one not yet fetched, page settled (50 ms + round trip ${rtt.toFixed(1)} ms)`, median(desktop.notYetFetchedSettled), BUDGETS.indicatorNotFetchedMs + rtt, 'ms');
  budget('desktop: compare view, all councils (work done)', median(desktop.compareAll), BUDGETS.compareAllMs, 'ms');
}
budget('desktop: all bundled data, gzipped', dataGz / 1000, BUDGETS.dataGz / 1000, 'kB');
if (views) {
  console.log('budgets (issue 14):');
  budget(`desktop: overview of ${PACK_SIZE} indicators after its figures (work)`, median(views.overview), BUDGETS.overviewMs, 'ms');
  budget('desktop: map redrawn on a change of year (work)', median(views.mapYear), BUDGETS.mapYearMs, 'ms');
}
