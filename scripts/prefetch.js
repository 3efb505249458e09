// Runs first in the boot script (scripts/post-build.mjs puts it there), while
// the app's wasm is still downloading and compiling: starts the fetches the
// first chart needs — the core and the linked indicator's figures — and
// leaves them on window.explorerPrefetch for the app to pick up
// (src/load.rs), so the network and the compile overlap. Then it writes the
// chart's title into the frame the page shows until the app starts.
{
  const version = '__DATA_VERSION__';
  const figuresFile = __FIGURES_FILE__;
  const query = new URLSearchParams(location.search);
  // The app's defaults (childstats::model::selection): Southampton's child
  // protection plan rate.
  const code = (query.get('indicator') || 'CPP_rate').trim();
  const area = Number((query.get('area') || '852').trim());
  const requests = new Map();
  const start = (url) => {
    const response = fetch(url);
    response.catch(() => {}); // the app reports failures when it takes the request
    requests.set(url, response);
    return response;
  };
  const core = start('data/core.json');
  start(`data/${figuresFile(code)}?v=${version}`);
  window.explorerPrefetch = requests;

  core
    .then((r) => (r.ok ? r.clone().json() : null))
    .then((c) => {
      const indicator = c && c.indicators.find((i) => i.code === code);
      const place = c && c.areas.find((a) => a.code === area);
      const title = document.getElementById('boot-title');
      if (indicator && place && title) title.textContent = `${indicator.name}, ${place.name}`;
    })
    .catch(() => {});
}
