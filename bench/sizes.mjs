// What a visitor downloads, gzipped as a static host serves it (Node's zlib at
// level 9; GNU gzip -9 makes the wasm a few kB smaller, so this is the larger
// figure). Shared by the benchmark and the budget test, so both read the same.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 6's budgets for what is downloaded, in bytes (decimal KB). */
export const BUDGETS = { appCodeGz: 300_000, dataGz: 1_200_000 };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Sizes of a release build in `dist`: app code (the wasm and every script) and the bundled data. */
export function sizes(dist) {
  const code = readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f)).map((f) => join(dist, f));
  const data = readdirSync(join(dist, 'data')).map((f) => join(dist, 'data', f));
  const sum = (files, size) => files.reduce((total, f) => total + size(f), 0);
  return {
    appCodeRaw: sum(code, (f) => statSync(f).size),
    appCodeGz: sum(code, gz),
    dataFiles: data.length,
    dataGz: sum(data, gz),
  };
}
