// The page's only inline script (scripts/post-build.mjs fills in the names and
// puts it first in <head>, allowed by its hash). It runs as the page's first
// bytes are parsed, and:
// 1. chooses the app's code by the link: the explorer's first build (trend,
//    compare, table), its fuller build (overview, map, pack, reported
//    locally, and the embeds of the overview and map), or with `embed=1`
//    the embedded chart's own build; for a trend or a comparison, after a
//    first paint (the chart drawn by a build a third of the explorer's size
//    and half the embed's, src/first_paint.rs);
// 2. starts the fetches the first chart needs — the app's code, the core and
//    the linked indicator's figures — and leaves the data requests on
//    window.explorerPrefetch for the app to pick up (src/load.rs), so the
//    network and the compile overlap;
// 3. writes the chart's title into the frame the page shows until the app
//    starts, and says so in words if the app's code cannot be loaded;
// 4. makes an embed dark from its first frame when it is to be;
// 5. registers the offline cache after the first chart, once the page is idle;
// 6. in an embed, tells the host page (embed.js) the page's height whenever
//    it changes, from the loading frame on.
{
  const apps = __APPS__;
  const version = '__DATA_VERSION__';
  const figuresFile = __FIGURES_FILE__;
  const query = new URLSearchParams(location.search);
  // The app's rule (childstats::model::build::build_for; a native test,
  // crates/childstats/tests/build_rule.rs, checks these lists against it):
  // the fuller build for its views, and for embeds of the overview and map;
  // the embedded chart's small build for every other embed.
  // And the fuller build's tools ("Download all the figures", "Embed this
  // chart"), which the first build's buttons ask for with fragments that
  // start so (childstats::model::build::FULL_BUILD_FRAGMENTS).
  const FULL_VIEWS = ['overview', 'map', 'pack', 'local'];
  const FULL_EMBEDS = ['overview', 'map'];
  const FULL_TOOLS = ['#all-figures=', '#embed-code'];
  const view = (query.get('view') || '').trim();
  const embed = query.get('embed') === '1'; // as childstats::model::query::parse_extras
  const fuller = FULL_VIEWS.includes(view) || FULL_TOOLS.some((tool) => location.hash.startsWith(tool));
  // A dark embed is dark from its first frame (the app then keeps the class
  // in step: src/ui/theme.rs).
  const theme = query.get('theme');
  if (embed && (theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches))) {
    document.documentElement.classList.add('theme-dark');
  }
  // The first paint draws a trend or a comparison (the default view is the
  // trend), embedded or in the explorer's first build; the interactive build
  // follows it.
  const FIRST_PAINT_VIEWS = ['', 'trend', 'compare'];
  const firstPaint = FIRST_PAINT_VIEWS.includes(view) && (embed || !fuller);
  const interactiveApp = embed ? apps.embed : apps.explorer;
  const app = firstPaint ? apps.first : embed ? (FULL_EMBEDS.includes(view) ? apps.full : apps.embed) : fuller ? apps.full : apps.explorer;

  // Fetches a build's code: its glue as a module, and its wasm, which is
  // compiled as it arrives once the build is run.
  const fetchCode = (app) => {
    const code = document.createElement('link');
    code.rel = 'modulepreload';
    code.href = app.js;
    code.integrity = app.jsIntegrity;
    code.crossOrigin = 'anonymous';
    document.head.append(code);
    return fetch(app.wasm, { integrity: app.wasmIntegrity });
  };
  const run = (app, wasm) => import(app.js).then((module) => module.default({ module_or_path: wasm }));
  const started = run(app, fetchCode(app));

  // The app's defaults (childstats::model::selection): Southampton's child
  // protection plan rate.
  const indicatorCode = (query.get('indicator') || 'CPP_rate').trim();
  const area = Number((query.get('area') || '852').trim());
  const requests = new Map();
  const start = (url) => {
    const response = fetch(url);
    response.catch(() => {}); // the app reports failures when it takes the request
    requests.set(url, response);
    return response;
  };
  const core = start('data/core.json');
  start(`data/${figuresFile(indicatorCode)}?v=${version}`);
  window.explorerPrefetch = requests;

  const frame = () => document.querySelector('#boot .boot-frame');
  core
    .then((r) => (r.ok ? r.clone().json() : null))
    .then((c) => {
      const indicator = c && c.indicators.find((i) => i.code === indicatorCode);
      const place = c && c.areas.find((a) => a.code === area);
      const title = document.getElementById('boot-title');
      if (indicator && place && title) title.textContent = `${indicator.name}, ${place.name}`;
    })
    .catch(() => {});

  const failed = (error) => {
    console.error(error);
    // After a first paint the chart stays, drawn, without its hover and
    // downloads; in the explorer, where its choices were to be, it says why
    // they are not.
    const say = () => {
      const painted = document.querySelector('#boot.first-paint');
      const status = (painted ?? frame())?.querySelector('[role=status]');
      if (!status) return;
      status.setAttribute('role', 'alert');
      const [what, saved] = painted ? ['The choices could not be loaded', 'they have'] : ['The chart could not be started', 'the chart has'];
      status.textContent = navigator.onLine
        ? `${what}: the code did not load. Reload the page to try again.`
        : `${what}: this device is offline and ${saved} not been saved for offline use yet.`;
      frame()?.querySelector('progress')?.remove();
    };
    say();
    // A first paint still on its way (its data has not arrived) paints the
    // chart in place of the frame: then it is said there.
    const boot = document.getElementById('boot');
    if (firstPaint && boot && !boot.classList.contains('first-paint')) {
      new MutationObserver((_, observer) => {
        if (boot.classList.contains('first-paint')) {
          observer.disconnect();
          say();
        }
      }).observe(boot, { attributes: true, attributeFilter: ['class'] });
    }
  };

  // Offline use: cache the app and its data after the first visit. Registered
  // once the first chart is drawn, so precaching never slows the first chart
  // (after a first paint, once the interactive build's is, so it never slows
  // that build's download either); and then 2 s later, when the browser is
  // idle, so its hundreds of requests do not compete with a person's first
  // choice either (README, "Benchmark").
  const offlineCache = () => {
    if ('serviceWorker' in navigator) {
      const register = () => navigator.serviceWorker.register('./sw.js').catch(() => {});
      const whenIdle = window.requestIdleCallback ?? ((run) => run());
      addEventListener('explorer:first-chart', () => setTimeout(() => whenIdle(register, { timeout: 2000 }), 2000), { once: true });
    }
  };
  if (firstPaint) {
    // The interactive build's code is fetched once the first paint's has
    // arrived and started (its data has come with it), so the two downloads
    // never share the connection, and this one overlaps the first paint's
    // drawing. It is run at once, and takes over when it is ready: from the
    // first paint when its own chart is drawn (the builds leave a painted
    // frame: src/fatal.rs), so the chart never blinks; from the loading frame
    // if the first paint has not painted by the time it starts (a slow
    // figures file: the explorer then says what it waits for, and its
    // choices come). If the first paint's code fails, it runs all the same.

    // Keyboard focus in the first paint (its links) moves to the view's tab.
    const replaceFirstPaint = () => {
      const painted = document.querySelector('#boot.first-paint');
      const focused = painted?.contains(document.activeElement);
      painted?.remove();
      if (focused) (document.querySelector('[role=tab][aria-selected=true]') ?? document.getElementById('main'))?.focus();
    };
    const interactive = () => {
      offlineCache();
      addEventListener('explorer:first-chart', replaceFirstPaint, { once: true });
      run(interactiveApp, fetchCode(interactiveApp)).catch(failed);
    };
    started.then(interactive, (error) => {
      console.error(error);
      interactive();
    });
  } else {
    started.catch(failed);
    offlineCache();
  }

  if (embed && parent !== window) {
    const postHeight = () => parent.postMessage({ type: 'childstats-explorer:height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
    addEventListener('DOMContentLoaded', () => new ResizeObserver(postHeight).observe(document.body));
  }
}
