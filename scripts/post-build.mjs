// Trunk post-build hook (see Trunk.toml). In the staging folder it:
// 1. moves Trunk's inline boot script into a file, so the page runs under a
//    strict Content-Security-Policy with no inline script;
// 2. adds that policy, the web app manifest and the service worker registration;
// 3. preloads the core and starts fetching the linked chart's figures (the
//    boot script), so they download while the wasm compiles, and shows the
//    chart's title in its frame until the app draws it;
// 4. writes sw.js with this release's file list and a version made from their
//    contents, so a new release replaces the offline cache.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
// figures file, checked here against every indicator the importer wrote.
const core = JSON.parse(readFileSync(join(staging, 'data', 'core.json'), 'utf8'));
const figuresFile = (code) => `figures/${code.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
for (const ind of core.indicators) {
  if (figuresFile(ind.code) !== ind.figures.file) throw new Error(`figures file of ${ind.code} is ${ind.figures.file}, not ${figuresFile(ind.code)}`);
}
const prefetch = readFileSync(join(here, 'prefetch.js'), 'utf8')
  .replace('__DATA_VERSION__', core.data_version)
  .replace('__FIGURES_FILE__', figuresFile.toString());
const boot = `${prefetch}\n${inline[1].trim()}\n\n// Offline use: cache the app and its data after the first visit. Registered\n// once the first chart is drawn, so precaching never slows the first chart.\nif ('serviceWorker' in navigator) {\n  addEventListener('explorer:first-chart', () => navigator.serviceWorker.register('./sw.js').catch(() => {}), { once: true });\n}\n`;
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
html = html.replace(inline[0], `<script type="module" src="./${bootName}"></script>`);
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
html = html.replace('<title>', '<link rel="manifest" href="./manifest.webmanifest">\n    <meta name="theme-color" content="#0b0c0c">\n    <title>');
// The core is preloaded at the same URL the boot script and app fetch, at
// the end of <head>, after Trunk's own preloads of the wasm and its JS. The
// linked indicator's figures depend on the address, so the boot script
// (scripts/prefetch.js) asks for them.
html = html.replace('</head>', '<link rel="preload" href="./data/core.json" as="fetch" crossorigin>\n</head>');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
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
  .replace('__ASSETS__', JSON.stringify(['./', ...assets.filter((f) => f !== 'index.html' && !f.startsWith('data/figures/')).map((f) => `./${f}`)], null, 2));
writeFileSync(join(staging, 'sw.js'), sw);
console.log(`post-build: ${bootName}, CSP, sw.js caching ${assets.length} files`);
