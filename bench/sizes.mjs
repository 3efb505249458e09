// What a visitor downloads, gzipped as a static host serves it (Node's zlib at
// level 9; GNU gzip -9 makes the wasm a few kB smaller, so this is the larger
// figure). Shared by the benchmark and the budget test, so both read the same.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The budgets, sizes in bytes (decimal KB) and times in ms. `appCodeGz` and
 * `dataGz` are also checked on every test run (tests/e2e/size.spec.mjs); the
 * times are read by the benchmark only.
 */
export const BUDGETS = {
  /** Issues 6 and 13: the wasm and every script, gzipped. */
  appCodeGz: 300_000,
  /** Issue 13: all bundled data, 2025 included (issue 6 had 1.2 MB for 2014 to 2024). */
  dataGz: 1_400_000,
  /** Issue 6, desktop: first chart, cold. */
  firstChartMs: 600,
  /** Issues 6 and 13, desktop: changing to an indicator already fetched, work done. */
  indicatorFetchedMs: 16,
  /** Issue 13, desktop: to one not yet fetched, drawn within one round trip plus this. */
  indicatorNotFetchedMs: 50,
  /** Issues 6 and 13, desktop: compare view, all councils, work done. */
  compareAllMs: 50,
  /** Issue 13, on the phone profile (bench/phone.mjs). */
  phone: {
    embedTrendMs: 2000,
    /** The embedded trend's first chart, as a multiple of the static page's first paint in the same run. */
    embedTrendVsStatic: 4,
    explorerMs: 2500,
    /** Everything received (app code and data, compressed) before the embedded chart draws. */
    embedSentBytes: 350_000,
    /** Data (anything under /data/) received before a first chart draws. */
    firstChartDataBytes: 60_000,
  },
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/**
 * Sizes of a release build in `dist`: app code (the wasm and every script at
 * the top of `dist`) and the bundled data (every file under `dist/data`, in
 * whatever folders, so that no layout of the data can leave a file out).
 */
export function sizes(dist) {
  const code = readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f)).map((f) => join(dist, f));
  const data = walk(join(dist, 'data'));
  const sum = (files, size) => files.reduce((total, f) => total + size(f), 0);
  return {
    appCodeRaw: sum(code, (f) => statSync(f).size),
    appCodeGz: sum(code, gz),
    dataFiles: data.length,
    dataGz: sum(data, gz),
  };
}
