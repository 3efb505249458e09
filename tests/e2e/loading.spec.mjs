// Loading states: the linked indicator's figures file that fails or is slow,
// a core that fails, and each file fetched once.
import { test, expect } from '@playwright/test';

import { core, indicator, figuresFile } from './bundled.mjs';
import { ink } from './canvas.mjs';

const CPP = indicator('CPP_rate');
const LAC = indicator('LAC');

const TREND = '#view-panel .chart.trend canvas';

// A missing file, and one that is not JSON: robustness.spec.mjs has a file
// that is JSON but wrong.
const failures = [
  ['missing (the server answers 500)', { status: 500, contentType: 'text/plain', body: 'broken' }, `${figuresFile(CPP.code)}: could not be loaded (the server answered 500`],
  ['corrupt (cut off)', { status: 200, contentType: 'application/json', body: `{"format":${core.format},"indicator":"CPP_rate","years":[{"year":20` }, `${figuresFile(CPP.code)}: not valid dataset JSON`],
];
for (const [what, response, detail] of failures) {
  test(`a ${what} figures file of the linked indicator: its chart says which file failed, with a retry, and everything else works`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let requests = 0;
    await page.route(`**/data/${figuresFile(CPP.code)}*`, (route) => { requests++; return route.fulfill(response); });
    await page.goto('/?indicator=CPP_rate&area=852&view=trend');

    // Where the chart would be: what failed, in words, and a retry.
    const panel = page.locator('#view-panel');
    const failed = panel.getByRole('alert');
    await expect(failed).toContainText(`The figures for ${CPP.name} could not be loaded`);
    await expect(failed).toContainText(detail);
    await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(panel.locator('canvas')).toHaveCount(0);
    // The rest of the page is there: the title, the controls, the view tabs.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${CPP.name} — Southampton`);
    await expect(page.getByRole('tab', { name: 'Compare councils' })).toBeVisible();

    // Another indicator draws.
    await page.getByLabel('Or browse by topic').selectOption('LAC');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(LAC.name);
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect.poll(() => ink(page, TREND), { message: 'the other indicator is drawn' }).toBeGreaterThan(500);

    // Back to the failed one: the failure is kept (not asked for again) until a retry.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CPP.name);
    await expect(failed).toContainText(detail);
    expect(requests).toBe(1);

    // The file is back: "Try again" draws the chart.
    await page.unroute(`**/data/${figuresFile(CPP.code)}*`);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect.poll(() => ink(page, TREND), { message: 'the chart is drawn after the retry' }).toBeGreaterThan(500);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.locator('.figures-table')).toContainText('62.3');
    expect(errors).toEqual([]);
  });
}

test('a missing core gives a clear message naming it, not a blank page, and "Try again" loads the explorer', async ({ page }) => {
  await page.route('**/data/core.json*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The figures could not be loaded');
  await expect(alert).toContainText('core.json');
  await expect(alert).toContainText('404');
  await page.unroute('**/data/core.json*');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${CPP.name} — Southampton`);
  await expect.poll(() => ink(page, TREND)).toBeGreaterThan(500);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('progress is visible while the figures load', async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(`**/data/${figuresFile(CPP.code)}*`, async (route) => { await gate; await route.continue(); });
  await page.goto('/');
  const status = page.getByRole('status').filter({ hasText: `Loading the figures for ${CPP.name}` });
  await expect(status).toBeVisible();
  await expect(status.locator('progress')).toBeVisible();
  release();
  await expect(status).toHaveCount(0);
  await expect.poll(() => ink(page, TREND)).toBeGreaterThan(500);
});

test('the choices are built after the first chart, and a slow figures file never keeps a person from choosing another indicator', async ({ page }) => {
  // Held: the choices come after at most 1.5 s anyway, and work.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(`**/data/${figuresFile(CPP.code)}*`, async (route) => { await gate; await route.continue(); });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: `Loading the figures for ${CPP.name}` })).toBeVisible();
  const browse = page.getByLabel('Or browse by topic');
  await expect(browse).toBeVisible({ timeout: 5_000 });
  await browse.selectOption('LAC');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(indicator('LAC').name);
  await expect.poll(() => ink(page, TREND)).toBeGreaterThan(500);
  release();
});

test('the choices follow the first chart on a normal load, in a column that never narrows the chart (the first paint\'s nor the explorer\'s)', async ({ page }) => {
  // The chart's width each time it is drawn.
  await page.addInitScript(() => {
    window.drawnWidths = [];
    new PerformanceObserver((list) => {
      // The first paint's chart (src/first_paint.rs), then the explorer's, which replaces it.
      for (const e of list.getEntries()) if (e.name === 'chart-drawn') window.drawnWidths.push((document.querySelector('#boot.first-paint canvas') ?? document.querySelector('#view-panel canvas'))?.width);
    }).observe({ type: 'mark' });
  });
  await page.goto('/');
  await expect.poll(() => ink(page, TREND)).toBeGreaterThan(500);
  await expect(page.getByLabel('Or browse by topic')).toBeVisible();
  await expect(page.getByLabel('Council', { exact: true })).toHaveValue('852');
  // Southampton's reported figures redraw the chart once they are in.
  await expect(page.getByText('Open ring: the figure as reported locally')).toBeVisible();
  await page.waitForTimeout(300);
  const widths = await page.evaluate(() => window.drawnWidths);
  expect(widths.length).toBeGreaterThan(0);
  expect(new Set(widths).size, `drawn at widths ${widths.join(', ')}`).toBe(1);
});

test('each file is downloaded once: the page starts exactly what the first chart needs, and the app uses those requests', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
  // Who started each request: the boot script (a script of the page itself) or the app.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const initiators = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    const url = new URL(e.request.url);
    const frames = e.initiator.stack?.callFrames ?? [];
    initiators.set(url.pathname + url.search, { type: e.initiator.type, scripts: frames.map((f) => new URL(f.url, url).pathname) });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Southampton');
  await expect.poll(() => ink(page, TREND)).toBeGreaterThan(500);
  await expect.poll(() => requested.filter((u) => u.startsWith('/data/reported.csv')).length).toBe(1);
  const data = requested.filter((u) => u.startsWith('/data/') && !u.startsWith('/data/reported.csv'));
  // The core and the linked indicator's figures, each fetched once, and nothing else.
  const figures = `/data/${figuresFile(CPP.code)}?v=${core.data_version}`;
  expect(data.sort()).toEqual(['/data/core.json', figures].sort());
  // The core, the figures and the app's code are started by the boot script,
  // inline in the page, while the app downloads; the app took the data
  // requests over.
  for (const url of ['/data/core.json', figures]) {
    const scripts = initiators.get(url)?.scripts ?? [];
    expect(scripts.length > 0 && scripts.every((s) => s === '/'), `who asked for ${url}: ${JSON.stringify(initiators.get(url))}`).toBe(true);
  }
  // The code too is downloaded once, each build's (the boot script starts
  // them: the first paint's, then the explorer's).
  const wasm = requested.filter((u) => u.endsWith('_bg.wasm'));
  expect(wasm).toEqual([expect.stringMatching(/^\/embed-first-/), expect.stringMatching(/^\/explorer-[0-9a-f]+_bg\.wasm$/)]);
});
