// Trunk post-build hook (see Trunk.toml). In the staging folder it:
// 1. replaces Trunk's start script with the boot script (scripts/boot.js),
//    under a strict Content-Security-Policy that allows it by its hash and no
//    other inline script;
// 2. adds that policy, the web app manifest and the service worker registration;
// 3. lets the boot script choose the app's code by the link (the explorer, or
//    the smaller embedded chart) and start fetching it with the core and the
//    linked chart's figures, so they download while the wasm compiles, and
//    show the chart's title in its frame until the app draws it;
// 4. writes sw.js with this release's file list and a version made from their
//    contents, so a new release replaces the offline cache;
// 5. minifies wasm-bindgen's JavaScript glue of each build, and shortens the
//    names by which it and the wasm call each other.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenInterfaceNames } from './wasm-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const here = new URL('.', import.meta.url).pathname;

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('no inline boot script found in index.html');
// The data version, so the boot script can ask for exactly the addresses the
// app will (src/load.rs data_url), and the rule that names an indicator's
// figures file (childstats::data::raw::figures_file), checked here against
// the files the importer wrote: one per indicator, and no other.
const core = JSON.parse(readFileSync(join(staging, 'data', 'core.json'), 'utf8'));
const figuresFile = (code) => `figures/${code.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
const figuresWritten = new Set(readdirSync(join(staging, 'data', 'figures')).map((name) => `figures/${name}`));
for (const ind of core.indicators) {
  if (!figuresWritten.delete(figuresFile(ind.code))) throw new Error(`no figures file ${figuresFile(ind.code)} for ${ind.code}: the boot script's rule and the importer's disagree`);
}
if (figuresWritten.size) throw new Error(`figures files of no indicator: ${[...figuresWritten].join(', ')}`);

// Two entry points. The explorer is Trunk's main link: its preloads and its
// inline start script are taken out here, because an embedded chart loads
// the smaller `embedded-chart` build instead (a "worker" link, which Trunk
// builds but does not load), and the boot script chooses between them.
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const take = (pattern, what) => {
  const found = html.match(pattern);
  if (!found) throw new Error(`Trunk's ${what} was not found in index.html`);
  html = html.replace(found[0], '');
  return found[1];
};
take(/<link rel="modulepreload" href="\.\/(explorer-[0-9a-f]+\.js)"[^>]*>/, 'module preload of the explorer');
take(/<link rel="preload" href="\.\/(explorer-[0-9a-f]+_bg\.wasm)"[^>]*>/, 'wasm preload of the explorer');
const entry = (js, wasm) => {
  const jsBytes = readFileSync(join(staging, js));
  const wasmBytes = readFileSync(join(staging, wasm));
  return { js: `./${js}`, wasm: `./${wasm}`, jsIntegrity: sri(jsBytes), wasmIntegrity: sri(wasmBytes) };
};
const explorerJs = inline[1].match(/from '\.\/(explorer-[0-9a-f]+\.js)'/)?.[1];
const explorerWasm = inline[1].match(/module_or_path: '\.\/(explorer-[0-9a-f]+_bg\.wasm)'/)?.[1];
if (!explorerJs || !explorerWasm) throw new Error("Trunk's start script no longer names the explorer's files");
// wasm-bindgen's JavaScript glue, minified (esbuild): 2-3 kB less of each
// build's code on the wire (README, "Benchmark"). Trunk's own `minify` would
// rewrite the HTML this script reads. Done before the files are hashed.
const minifyGlue = (js) => {
  const path = join(staging, js);
  writeFileSync(path, transformSync(readFileSync(path, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' }).code);
};
// And the host page's embed.js, which every visitor of a page with an
// embedded chart fetches (its /*! */ line stays, for whoever reads it).
writeFileSync(join(staging, 'embed.js'), transformSync(readFileSync(join(staging, 'embed.js'), 'utf8'), { minify: true, legalComments: 'inline' }).code);
// After minifying, the names by which wasm and glue call each other are
// shortened (scripts/wasm-names.mjs: about 6 kB gzipped less of each build).
for (const [bin, js, wasm] of [['explorer', explorerJs, explorerWasm], ['explorer-full', 'explorer-full.js', 'explorer-full_bg.wasm'], ['embedded-chart', 'embedded-chart.js', 'embedded-chart_bg.wasm'], ['embed-first', 'embed-first.js', 'embed-first_bg.wasm']]) {
  minifyGlue(js);
  shortenInterfaceNames(join(staging, wasm), join(staging, js), `./${bin}_bg.js`);
}
// The other builds' files (Trunk's "worker" links) get content hashes like
// Trunk's, so a host's cache never mixes two releases.
const hashed = (bin) => {
  const hash = createHash('sha256').update(readFileSync(join(staging, `${bin}_bg.wasm`))).update(readFileSync(join(staging, `${bin}.js`))).digest('hex').slice(0, 16);
  const [js, wasm] = [`${bin}-${hash}.js`, `${bin}-${hash}_bg.wasm`];
  renameSync(join(staging, `${bin}.js`), join(staging, js));
  renameSync(join(staging, `${bin}_bg.wasm`), join(staging, wasm));
  return entry(js, wasm);
};
// The explorer's first build (trend, compare, table), its fuller build
// (every view), the embedded chart and its first paint.
const apps = { explorer: entry(explorerJs, explorerWasm), full: hashed('explorer-full'), embed: hashed('embedded-chart'), first: hashed('embed-first') };

// Inline in every page, so without its comment lines (the file has them).
const boot = readFileSync(join(here, 'boot.js'), 'utf8')
  .replace(/^\s*\/\/.*\n/gm, '')
  .replace('__APPS__', JSON.stringify(apps))
  .replace('__DATA_VERSION__', core.data_version)
  .replace('__FIGURES_FILE__', figuresFile.toString());
html = html.replace(inline[0], '');
// The boot script is inline, first in <head>, before the stylesheet (a script
// after a stylesheet waits for it), so the app's code and the data start
// downloading as soon as the page's first bytes are parsed: as a file it cost
// a round trip and more (on the phone profile the wasm started 330 ms later).
// The policy allows exactly this script by its hash, and no other inline one.
const bootHash = `'sha256-${createHash('sha256').update(boot).digest('base64')}'`;
const policy = CSP.replace("script-src 'self'", `script-src 'self' ${bootHash}`);
// (A function, so no `$` in the script is read as a replacement pattern.)
html = html.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${policy}">\n    <script>${boot}</script>`);
html = html.replace('<title>', '<link rel="manifest" href="./manifest.webmanifest">\n    <meta name="theme-color" content="#0b0c0c">\n    <title>');
if ((html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) || []).length !== 1) throw new Error('an inline script other than the boot script is in index.html');
if (/explorer-[0-9a-f]+(_bg\.wasm|\.js)"/.test(html.replace(boot, ''))) throw new Error("index.html still loads the explorer's code whatever the link");
writeFileSync(indexPath, html);

// Every file of the release, for the service worker to precache.
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split('\\').join('/'));
  }
};
walk(staging);
const assets = files.filter((f) => !['sw.js', 'embed-demo.html', 'embed-demo.css'].includes(f)).sort();
const version = createHash('sha256');
for (const f of assets) version.update(f).update(readFileSync(join(staging, f)));
const sw = readFileSync(join(here, 'sw.template.js'), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  // The figures files are not listed: the worker reads their names from the
  // core when it installs (435 names here would add ~3 kB to every visit).
  .replace('__FIGURES_FILE__', figuresFile.toString())
  .replace('__ASSETS__', JSON.stringify(['./', ...assets.filter((f) => f !== 'index.html' && !f.startsWith('data/figures/')).map((f) => `./${f}`)], null, 2));
// Minified like the glue: every visitor's browser fetches it.
writeFileSync(join(staging, 'sw.js'), transformSync(sw, { minify: true, legalComments: 'none' }).code);
console.log(`post-build: boot script ${bootHash}, CSP, sw.js caching ${assets.length} files`);
