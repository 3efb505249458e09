// Issue 13, data by need: a chart fetches the core and its own indicator's
// figures and nothing more; its frame and title show before the figures
// arrive; another indicator fetches just its file, once; the briefing pack
// shows its progress; a file that cannot be had offline is named; the latest
// year (2025) shows where it is published, and an indicator without it shows
// its own latest year. On a throttled network (Lighthouse's mobile profile's
// 150 ms and 1.6 Mbps, through DevTools) where the order of arrivals matters;
// every assertion is about behaviour, none about time.
import { test, expect } from '@playwright/test';

import { bundled, core, figures, indicator, latestYear, figuresFile } from './bundled.mjs';
import { drawn } from './canvas.mjs';
import { gate } from './journeys.mjs';

const CPP = indicator('CPP_rate');
const LAC = indicator('LAC');
const EMBED = '/?indicator=CPP_rate&area=852&view=trend&embed=1';

/** A slow phone connection: every response waits, so requests overlap the app's start as they do for the public. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 204800, uploadThroughput: 96000 });
  return cdp;
}


/** Every request the page makes, as path and query, in order. */
function record(page) {
  const urls = [];
  page.on('request', (r) => { const u = new URL(r.url()); urls.push(u.pathname + u.search); });
  return urls;
}

const under = (urls, prefix) => urls.filter((u) => u.startsWith(prefix));

test.describe('on a slow connection', () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ viewport: { width: 412, height: 823 } });

  test('the embedded chart fetches the core once and its own figures only, and no year files, before it draws', async ({ page }) => {
    await throttle(page);
    const urls = record(page);
    // The requests made up to the moment the canvas first has ink, told by
    // the page itself from an animation frame, so nothing later is counted.
    let before = null;
    await page.exposeBinding('chartHasInk', () => { before ??= [...urls]; });
    await page.addInitScript(() => {
      const look = () => {
        const canvas = document.querySelector('canvas');
        if (canvas && canvas.width && canvas.height) {
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 0; i < pixels.length; i += 4) {
            if (pixels[i + 3] > 0 && (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200)) { window.chartHasInk(); return; }
          }
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(EMBED);
    await drawn(page, '.embed canvas', 'the embedded chart is drawn');
    await expect.poll(() => before !== null, { message: 'the page saw its chart drawn' }).toBe(true);

    expect(under(before, '/data/figures/'), 'figures fetched before the chart drew').toEqual([`/data/${figuresFile(CPP.code)}?v=${core.data_version}`]);
    expect(under(before, '/data/core.json'), 'the core, once').toHaveLength(1);
    expect(before.filter((u) => /\/data\/(\d{4}|catalogue)\.json/.test(u)), 'no year files or catalogue').toEqual([]);
    // Nor the long texts, fetched when shown. (The figures reported locally may
    // be: they are asked for as the chart is drawn, in the same frame.)
    expect(under(before, '/data/').filter((u) => !u.startsWith('/data/reported.csv')).sort())
      .toEqual(['/data/core.json', `/data/${figuresFile(CPP.code)}?v=${core.data_version}`].sort());
    // The first paint's build, the smallest, once; none of the explorer's code.
    const code = before.filter((u) => /\.(wasm|js)$/.test(u) && !/^\/boot-/.test(u));
    expect(code.filter((u) => u.endsWith('.wasm'))[0], 'the wasm downloaded').toMatch(/^\/embed-first-[0-9a-f]+_bg\.wasm$/);
    expect(code.filter((u) => u.startsWith('/explorer-')), "the explorer's code").toEqual([]);

    // Then the interactive embed's build takes over, with the files the first
    // paint fetched: none is fetched twice.
    await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
    await drawn(page, '.embed canvas', 'the interactive embed draws its chart');
    expect(urls.filter((u) => u.endsWith('.wasm'))).toEqual([expect.stringMatching(/^\/embed-first-/), expect.stringMatching(/^\/embedded-chart-[0-9a-f]+_bg\.wasm$/)]);
    expect(under(urls, '/data/core.json'), 'the core, once').toHaveLength(1);
    expect(under(urls, '/data/figures/'), 'its figures, once').toEqual([`/data/${figuresFile(CPP.code)}?v=${core.data_version}`]);
    // The interactive embed's code is asked for only once the first paint's
    // has arrived and started, so the two never share the connection.
    const [startedAt, interactiveAskedAt] = await page.evaluate(() => [
      performance.getEntriesByName('wasm-started')[0]?.startTime,
      performance.getEntriesByType('resource').find((e) => /\/embedded-chart-[0-9a-f]+_bg\.wasm$/.test(e.name))?.startTime,
    ]);
    expect(interactiveAskedAt, 'the interactive embed\'s wasm was fetched').toBeDefined();
    expect(interactiveAskedAt).toBeGreaterThanOrEqual(startedAt);
  });

  test('the explorer downloads its first paint and its own build, and the embedded chart\'s code is not fetched', async ({ page }) => {
    const urls = record(page);
    await page.goto('/?indicator=CPP_rate&area=852&view=trend');
    await drawn(page, '#view-panel canvas', 'the explorer draws its chart');
    expect(urls.filter((u) => u.endsWith('.wasm'))).toEqual([expect.stringMatching(/^\/embed-first-[0-9a-f]+_bg\.wasm$/), expect.stringMatching(/^\/explorer-[0-9a-f]+_bg\.wasm$/)]);
    expect(urls.filter((u) => u.startsWith('/embedded-chart-'))).toEqual([]);
  });

  test('if the app\'s code cannot be downloaded, the chart\'s frame says so in words instead of loading for ever', async ({ page }) => {
    await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(EMBED);
    await expect(page.locator('.boot-frame').getByRole('alert')).toHaveText(/could not be started: the code did not load\. Reload the page/);
    await expect(page.locator('.boot-frame progress')).toHaveCount(0);
    await expect(page.locator('#boot-title')).toHaveText(`${CPP.name}, Southampton`);
  });

  test('the chart\'s title and frame show before the figures arrive, then the first paint, then the interactive chart in its place', async ({ page }) => {
    await throttle(page);
    const cppFigures = gate();
    const interactive = gate();
    await page.route(`**/data/${figuresFile(CPP.code)}*`, cppFigures.hold);
    await page.route('**/embedded-chart-*_bg.wasm', interactive.hold);
    const title = `${CPP.name}, Southampton`;

    await page.goto(EMBED);
    // Before the figures: the boot script writes the title from the core, in the chart's frame.
    await expect(page.locator('#boot-title')).toHaveText(title, { timeout: 30_000 });
    await expect(page.locator('.boot-frame').getByRole('status')).toHaveText(/Loading the chart/);
    await expect(page.locator('.boot-frame progress')).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);

    // The figures arrive: the first paint draws the chart with its title, key,
    // summary and source, while the interactive embed is still on its way.
    cppFigures.open();
    await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const firstPaint = page.locator('#boot.first-paint');
    await expect(firstPaint.getByRole('img', { name: title })).toHaveAttribute('aria-describedby', 'first-paint-summary');
    await expect(firstPaint.locator('#first-paint-summary')).toContainText('Southampton');
    await expect(firstPaint.getByRole('list', { name: 'Key' }).locator('li')).toHaveCount(4);
    await expect(firstPaint.locator('.embed-source')).toContainText('Open Government Licence');
    const before = await firstPaint.locator('canvas').boundingBox();

    // The interactive embed replaces it, its chart where the first paint's was.
    interactive.open();
    await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
    await drawn(page, '.embed canvas', 'the interactive embed draws its chart');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('#trend-summary')).toContainText('Southampton');
    await expect(page.getByRole('button', { name: 'Figures (CSV)' })).toBeVisible();
    const after = await page.locator('.embed canvas').boundingBox();
    expect(after.width).toBe(before.width);
    expect(after.height).toBe(before.height);
  });

  test('an embed with no first paint (a table\'s, which shows the trend): its title and frame show before the figures arrive, and the chart when they do', async ({ page }) => {
    await throttle(page);
    const wasm = gate();
    const cppFigures = gate();
    await page.route('**/*_bg.wasm', wasm.hold);
    await page.route(`**/data/${figuresFile(CPP.code)}*`, cppFigures.hold);
    const title = `${CPP.name}, Southampton`;
    const urls = record(page);

    await page.goto(EMBED.replace('view=trend', 'view=table'));
    // Before the app has started: the boot script writes the title from the core, in the chart's frame.
    await expect(page.locator('#boot-title')).toHaveText(title, { timeout: 30_000 });
    await expect(page.locator('.boot-frame').getByRole('status')).toHaveText(/Loading the chart/);
    await expect(page.locator('.boot-frame')).toBeVisible();

    // The app has started, the figures have not come: its heading and the frame, saying what is loading.
    wasm.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 });
    const loading = page.getByRole('status').filter({ hasText: `Loading the figures for ${CPP.name}` });
    await expect(loading).toBeVisible();
    await expect(loading.locator('progress')).toBeVisible();
    const frame = await page.locator('.chart-frame').first().boundingBox();
    expect(frame?.height, 'the chart\'s frame keeps its place').toBeGreaterThan(200);
    await expect(page.locator('canvas')).toHaveCount(0);

    cppFigures.open();
    await drawn(page, '.embed canvas', 'the chart is drawn once its figures arrive');
    await expect(loading).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('#trend-summary')).toContainText('Southampton');
    expect(urls.filter((u) => u.endsWith('.wasm'))).toEqual([expect.stringMatching(/^\/embedded-chart-/)]);
  });

  test('the explorer shows its heading and a loading status, not a blank page, while the figures are on their way', async ({ page }) => {
    await throttle(page);
    const cppFigures = gate();
    await page.route(`**/data/${figuresFile(CPP.code)}*`, cppFigures.hold);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${CPP.name} — Southampton`, { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: `Loading the figures for ${CPP.name}` })).toBeVisible();
    await expect(page.locator('#view-panel .chart-frame')).toBeVisible();
    cppFigures.open();
    await drawn(page, '#view-panel .chart.trend canvas', 'the chart is drawn once its figures arrive');
  });

  test('choosing another indicator fetches just its file, once; going back fetches nothing', async ({ page }) => {
    await throttle(page);
    const urls = record(page);
    await page.goto('/?indicator=CPP_rate&area=852&view=trend');
    await drawn(page, '#view-panel .chart.trend canvas', 'the first chart is drawn');
    // The local figures follow the first chart; wait for them so they are not counted below.
    await expect.poll(() => under(urls, '/data/reported.csv').length, { timeout: 30_000 }).toBe(1);
    const data = () => under(urls, '/data/');
    const first = data().length;

    await page.getByLabel('Or browse by topic').selectOption('LAC');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(LAC.name);
    await drawn(page, '#view-panel .chart.trend canvas', 'the other indicator is drawn');
    await expect(page.locator('#trend-summary')).toContainText(LAC.name);
    expect(data().slice(first), 'requests for the second indicator').toEqual([`/data/${figuresFile(LAC.code)}?v=${core.data_version}`]);

    // Back to the first, then the second again, and to the table: all here already.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CPP.name);
    await expect(page.locator('#trend-summary')).toContainText(CPP.name);
    await page.goForward();
    await expect(page.locator('#trend-summary')).toContainText(LAC.name);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.locator('.figures-table')).toContainText(bundled('LAC', 852, 2021).toFixed(LAC.decimals));
    expect(data().slice(first), 'no request after going back and forth').toEqual([`/data/${figuresFile(LAC.code)}?v=${core.data_version}`]);
  });

  test('the briefing pack from cold shows its progress, then all 14 sections, each indicator fetched once', async ({ page }) => {
    await throttle(page);
    const urls = record(page);
    await page.goto('/?view=pack&area=852');
    const progress = page.getByRole('status').filter({ hasText: /Loading the figures: \d+ of 14 indicators/ });
    await expect(progress).toBeVisible({ timeout: 30_000 });
    await expect(progress.locator('progress')).toHaveAttribute('max', '14');
    const entries = page.locator('.pack-entry');
    await expect(entries).toHaveCount(14, { timeout: 60_000 });
    await expect(progress).toHaveCount(0);
    await expect(entries.last().locator('canvas')).toBeVisible();
    // The figures fetched are exactly the pack's indicators', each once.
    const names = await entries.locator('h2').allInnerTexts();
    const files = names.map((name) => core.indicators.find((i) => i.name === name.trim())?.code).map((code) => code && figuresFile(code));
    expect(files.every(Boolean), `every section is an indicator: ${names}`).toBe(true);
    expect(under(urls, '/data/figures/').map((u) => u.replace(/\?.*/, '')).sort()).toEqual(files.map((f) => `/data/${f}`).sort());
  });
});

test.describe('offline before the first visit has finished caching', () => {
  test('an indicator whose figures cannot be fetched says which file is not available, and the rest works', async ({ page, context }) => {
    // Service workers are blocked in these tests (playwright.config.mjs): nothing is cached.
    await page.goto('/?indicator=CPP_rate&area=852&view=trend');
    await drawn(page, '#view-panel .chart.trend canvas', 'the first chart is drawn');
    await context.setOffline(true);
    await page.getByLabel('Or browse by topic').selectOption('LAC');
    const failed = page.locator('#view-panel').getByRole('alert');
    await expect(failed).toContainText(`The figures for ${LAC.name} could not be loaded`);
    await expect(failed).toContainText(`${figuresFile(LAC.code)}: could not be loaded`);
    await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
    // What was fetched before still works offline.
    await page.getByLabel('Or browse by topic').selectOption('CPP_rate');
    await drawn(page, '#view-panel .chart.trend canvas', 'the chart fetched before is drawn offline');
    await expect(page.locator('#view-panel').getByRole('alert')).toHaveCount(0);
    // Online again: the retry draws the other chart.
    await context.setOffline(false);
    await page.getByLabel('Or browse by topic').selectOption('LAC');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#trend-summary')).toContainText(LAC.name);
    await drawn(page, '#view-panel .chart.trend canvas', 'the other chart is drawn after the retry');
  });

  test('the briefing pack names each indicator whose figures are not available, and the rest of the pack shows', async ({ page }) => {
    await page.route(`**/data/${figuresFile(LAC.code)}*`, (route) => route.abort('internetdisconnected'));
    await page.goto('/?view=pack&area=852');
    const failed = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(failed).toContainText(`${LAC.name}: ${figuresFile(LAC.code)}: could not be loaded`);
    await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('.pack-entry')).toHaveCount(14);
    await expect(page.locator('.pack-entry').last().locator('canvas')).toBeVisible();
    await page.unroute(`**/data/${figuresFile(LAC.code)}*`);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(failed).toHaveCount(0);
    await expect(page.locator('.pack-entry')).toHaveCount(14);
  });
});

/** The table's column headers and a row's cells, by the header's text. */
async function tableRow(page, area) {
  const table = page.locator('#view-panel .figures-table');
  await expect(table).toBeVisible();
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.replace(/\s*⇅\s*$/, '').trim());
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) });
  const cells = await row.locator('th, td').allInnerTexts();
  return { headers, cell: (header) => cells[headers.indexOf(header)] };
}

/** The period label an indicator's figures carry in a year (its figures file's label for that year). */
const period = (code, year) => figures(code).years.find((y) => y.year === year).period;

test.describe('the latest year', () => {
  test('2025 shows where it is published, labelled with its period', async ({ page }) => {
    // The plan rate: Southampton's published 2025 figure.
    expect(bundled('CPP_rate', 852, 2025)).toBe(57.3);
    await page.goto('/?indicator=CPP_rate&area=852&view=table');
    const cpp = await tableRow(page, 'Southampton');
    expect(cpp.headers).toContain(period('CPP_rate', 2025));
    expect(cpp.cell(period('CPP_rate', 2025))).toBe('57.3');
    expect(cpp.headers.at(-1), 'the table ends at the latest year').toBe(period('CPP_rate', 2025));
    await expect(page.locator('.indicator-facts')).toContainText(/Latest figures\s*2025/);

    // A 2025 figure published under another label: local authority finance's 2024-25 outturn.
    const finance = 'LACFinance';
    expect(period(finance, 2025)).toBe('2024-25 (OT)');
    await page.goto(`/?indicator=${finance}&area=852&view=table`);
    const row = await tableRow(page, 'Southampton');
    expect(row.headers.at(-1)).toBe('2024-25 (OT)');
    expect(Number(row.cell('2024-25 (OT)').replace(/[^0-9.-]/g, ''))).toBe(bundled(finance, 852, 2025));
    await page.getByRole('tab', { name: 'Trend over time' }).click();
    await expect(page.locator('#trend-summary')).toContainText('in the 2024-25 financial year');
  });

  test('an indicator with no 2025 figure shows its latest year, 2024, and says so', async ({ page }) => {
    const code = 'Stability_SocialWorker';
    const ind = indicator(code);
    expect(latestYear(code), `${code}'s latest bundled year`).toBe(2024);
    expect(core.years.at(-1)).toBeGreaterThan(2024); // the data reaches later years for other indicators
    await page.goto(`/?indicator=${code}&area=852&view=table`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(ind.name);
    await expect(page.locator('.indicator-facts')).toContainText(/Latest figures\s*2024/);
    const row = await tableRow(page, 'Southampton');
    expect(row.headers.at(-1), 'the table ends at the indicator\'s latest year').toBe(period(code, 2024));
    expect(row.headers.filter((h) => /^20(25|26)/.test(h)), 'no empty later years').toEqual([]);
    expect(Number(row.cell(period(code, 2024)))).toBe(bundled(code, 852, 2024));
    await page.getByRole('tab', { name: 'Trend over time' }).click();
    await expect(page.getByRole('note')).toHaveText('Figures for this measure are published up to 2024, so the chart ends there.');
    await expect(page.locator('#trend-summary')).toContainText('2024');
    await expect(page.locator('#trend-summary')).not.toContainText('2025');
  });
});
