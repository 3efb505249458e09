// Service worker: the explorer and all its data work offline after the first
// visit. Written by scripts/post-build.mjs: VERSION changes with every release
// (it hashes every file, the figures files too), and a new version replaces
// the old cache. ASSETS lists the app and the data files other than the
// indicators' figures, whose codes the worker reads from the core.
const VERSION = '__VERSION__';
const CACHE = `explorer-${VERSION}`;
const ASSETS = __ASSETS__;
const figuresFile = __FIGURES_FILE__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then(async (cache) => {
        await cache.addAll(ASSETS);
        const core = await (await cache.match('./data/core.json')).json();
        await cache.addAll(core.indicators.map((indicator) => `./data/${figuresFile(indicator.code)}`));
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('explorer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a new release is seen; the cache offline.
    event.respondWith(fetch(request).catch(() => caches.match('./', { cacheName: CACHE })));
    return;
  }
  // Files are named by content (or carry ?v=hash): the cached copy is right.
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});
