// What a person does that outlives a component: turning a phone after a view
// has changed, going back and forward, switching view while figures load, a
// file that fails to load, a download made from a tidied-up link (issue 12).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { bundled, csvRows, indicator } from './bundled.mjs';
import { ink } from './canvas.mjs';
import { watchForBreakage } from './journeys.mjs';

const PORTRAIT = { width: 412, height: 823 };
const LANDSCAPE = { width: 823, height: 412 };
const PHONE = { viewport: PORTRAIT, isMobile: true, hasTouch: true };

/** The view tabs, and what each view shows once it is ready. */
const VIEWS = {
  trend: { tab: 'Trend over time', chart: '#view-panel .chart.trend canvas' },
  compare: { tab: 'Compare councils', chart: '#view-panel .chart.compare canvas' },
  table: { tab: 'Table', table: '#view-panel .figures-table' },
  pack: { tab: 'Briefing pack', chart: '#view-panel .pack-entry canvas' },
  local: { tab: 'Reported locally', chart: '#view-panel .local-chart canvas', table: '#view-panel .local-table' },
  embed: { chart: '.embed canvas' },
};

/** Two animation frames: resize events and the redraws they cause have run. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The canvas's drawing width, in CSS pixels, against the width of its box. */
function canvasFit(page, selector) {
  return page.locator(selector).first().evaluate((canvas) => {
    const box = canvas.parentElement.clientWidth;
    return Math.abs(canvas.width / Math.max(devicePixelRatio, 1) - Math.max(box, 200)) <= 4;
  });
}

/** The view shows its drawn chart (redrawn to fit its box) or its table. */
async function expectViewShown(page, name, step) {
  const view = VIEWS[name];
  if (view.tab) await expect(page.getByRole('tab', { name: view.tab }), step).toHaveAttribute('aria-selected', 'true');
  if (view.table) await expect(page.locator(view.table).first(), `${name} table ${step}`).toBeVisible();
  if (view.chart) {
    await expect(page.locator(view.chart).first(), `${name} chart ${step}`).toBeVisible();
    await expect.poll(() => ink(page, view.chart), { message: `${name} chart drawn ${step}`, timeout: 10_000 }).toBeGreaterThan(500);
    await expect.poll(() => canvasFit(page, view.chart), { message: `${name} chart fits its box ${step}`, timeout: 5_000 }).toBe(true);
  }
}

/** Turns the phone to landscape and back, checking the view after each turn. */
async function turnThePhone(page, name, healthy) {
  await page.setViewportSize(LANDSCAPE);
  await settle(page);
  await healthy(`turning the phone to landscape in the ${name} view`);
  await expectViewShown(page, name, 'in landscape');
  await page.setViewportSize(PORTRAIT);
  await settle(page);
  await healthy(`turning the phone back to portrait in the ${name} view`);
  await expectViewShown(page, name, 'back in portrait');
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('every view in turn survives turning the phone and going back and forward', async ({ page }) => {
    test.setTimeout(120_000);
    const healthy = watchForBreakage(page);
    // A local measure with enough dated figures for a chart, so the local view draws one too.
    await page.goto('/?indicator=CPP_rate&area=852&view=trend&local=contacts_monthly');
    await expectViewShown(page, 'trend', 'on opening');
    await turnThePhone(page, 'trend', healthy);

    let previous = 'trend';
    for (const name of ['compare', 'table', 'pack', 'local']) {
      await page.getByRole('tab', { name: VIEWS[name].tab }).tap();
      await expect(page).toHaveURL(new RegExp(`[?&]view=${name}(&|$)`)); // the history entry is written
      await healthy(`tapping “${VIEWS[name].tab}”`);
      await expectViewShown(page, name, `after tapping its tab`);
      await turnThePhone(page, name, healthy);

      await page.goBack();
      await healthy(`going back from the ${name} view`);
      await expectViewShown(page, previous, `after going back from the ${name} view`);
      await page.goForward();
      await healthy(`going forward to the ${name} view`);
      await expectViewShown(page, name, 'after going forward');
      previous = name;
    }

    // An embedded chart, as a host page shows it on a phone.
    await page.goto('/?indicator=CPP_rate&area=852&view=compare&embed=1');
    await expect(page.locator('.rank')).toContainText('Southampton in');
    await healthy('opening an embedded chart');
    await expectViewShown(page, 'embed', 'on opening');
    await turnThePhone(page, 'embed', healthy);
    await page.goBack();
    await healthy('going back from the embedded chart');
    await expectViewShown(page, 'local', 'after going back from the embedded chart');
    await page.goForward();
    await healthy('going forward to the embedded chart');
    await expectViewShown(page, 'embed', 'after going forward');
  });

  test('switching view while the figures are still loading, then turning the phone', async ({ page }) => {
    const healthy = watchForBreakage(page);
    const gate = () => { let open; const opened = new Promise((r) => { open = r; }); return { open, opened }; };
    const figures = gate();
    const reported = gate();
    const hold = (g) => async (route) => { await g.opened; await route.continue().catch(() => {}); };
    await page.route('**/data/figures/**', hold(figures));
    await page.route('**/data/reported.csv*', hold(reported));

    // Children looked after: the trend view also shows what was reported locally, once loaded.
    await page.goto('/?indicator=LAC&area=852&view=trend&local=contacts_monthly');
    await expect(page.getByRole('status').filter({ hasText: `Loading the figures for ${indicator('LAC').name}` })).toBeVisible();
    await page.setViewportSize(LANDSCAPE);
    await settle(page);
    await page.setViewportSize(PORTRAIT);
    await healthy('turning the phone while the figures load');
    figures.open();
    await expectViewShown(page, 'trend', 'once the figures have loaded');

    // The figures reported locally are still on their way: switch back and forth.
    for (const name of ['compare', 'local', 'trend', 'local', 'compare']) await page.getByRole('tab', { name: VIEWS[name].tab }).tap();
    await expect(page.getByRole('tab', { name: VIEWS.compare.tab })).toHaveAttribute('aria-selected', 'true');
    reported.open();
    await turnThePhone(page, 'compare', healthy);
    await page.getByRole('tab', { name: VIEWS.local.tab }).tap();
    await expectViewShown(page, 'local', 'once the figures reported locally have loaded');
    await page.getByRole('tab', { name: VIEWS.trend.tab }).tap();
    await expect(page.locator('#view-panel .reported-figures')).toBeVisible();
    await turnThePhone(page, 'trend', healthy);
  });

  test('rapidly toggling views, then resizing', async ({ page }) => {
    const healthy = watchForBreakage(page);
    await page.goto('/?indicator=CPP_rate&area=852&view=trend&local=contacts_monthly');
    await expectViewShown(page, 'trend', 'on opening');
    for (const name of ['compare', 'table', 'trend', 'compare', 'pack', 'local', 'trend', 'table', 'compare']) {
      await page.getByRole('tab', { name: VIEWS[name].tab }).tap();
    }
    for (const size of [LANDSCAPE, PORTRAIT, { width: 600, height: 900 }, LANDSCAPE, PORTRAIT]) await page.setViewportSize(size);
    await settle(page);
    await healthy('toggling views and resizing');
    await expectViewShown(page, 'compare', 'after toggling and resizing');
  });

  test('resizing after leaving the briefing pack, with its many charts', async ({ page }) => {
    const healthy = watchForBreakage(page);
    await page.goto('/?indicator=CPP_rate&area=852&view=pack');
    await expect(page.locator('.pack-entry')).toHaveCount(14);
    await expect(page.locator('.pack-entry').last().locator('canvas')).toBeVisible();
    await expectViewShown(page, 'pack', 'on opening');
    await page.getByRole('tab', { name: VIEWS.trend.tab }).tap();
    await expectViewShown(page, 'trend', 'after leaving the pack');
    await turnThePhone(page, 'trend', healthy);
    await page.goBack(); // the pack again, drawn anew
    await expectViewShown(page, 'pack', 'after going back to it');
    await turnThePhone(page, 'pack', healthy);
  });
});

// A load failure is a state the page shows, with a retry (STYLE.md, Lifecycles).
const failures = [
  ['the server fails', { status: 500, contentType: 'text/plain', body: 'Internal Server Error' }, /reported\.csv|500/],
  ['the file is corrupt', { status: 200, contentType: 'text/csv', body: 'indicator,area,peri' }, /reported\.csv.*header/i],
];
for (const [what, response, detail] of failures) {
  test(`when the figures reported locally cannot be loaded (${what}), the local view says so and offers a retry`, async ({ page }) => {
    const healthy = watchForBreakage(page);
    let requests = 0;
    await page.route('**/data/reported.csv*', (route) => { requests++; return route.fulfill(response); });
    await page.goto('/?indicator=CPP_rate&area=852&view=local&local=contacts_monthly');
    await expect(page.getByRole('tab', { name: VIEWS.local.tab })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => requests).toBeGreaterThan(0);

    const message = page.locator('[role=alert], .message').filter({ hasText: /reported locally/i });
    await expect(message.first(), 'a message that the figures reported locally could not be loaded').toBeVisible({ timeout: 10_000 });
    await expect(message.first()).toContainText(/could not be (loaded|read)|couldn.t be (loaded|read)|failed to load|could not load/i);
    await expect(message.first(), 'the message names what failed').toContainText(detail);
    await expect(page.getByText('Loading the figures reported locally')).toHaveCount(0);

    // The file is back: trying again shows the figures.
    await page.unroute('**/data/reported.csv*');
    const retry = page.getByRole('button', { name: /Try again|Retry/i });
    await expect(retry.first()).toBeVisible();
    await retry.first().click();
    await expect(page.locator('#view-panel .local-table tbody tr').first()).toBeVisible();
    await expect(page.locator('#view-panel .local-chart canvas')).toBeVisible();
    await expect(message).toHaveCount(0);
    await healthy('retrying the figures reported locally');
  });
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path()).toString('utf8') };
}

test('a compare year outside the chosen years: the page, its caption and every download use the same year', async ({ page }) => {
  // The year actually ranked: 2016 is outside 2019-2024, so the latest chosen
  // year in which Southampton has a figure.
  const hasFigure = (year) => bundled('CPP_rate', 852, year) !== null;
  const used = [2024, 2023, 2022, 2021, 2020, 2019].find(hasFigure);
  expect(used).toBeDefined();
  const year = String(used);
  const asWord = (y) => new RegExp(`(^|[^0-9])${y}([^0-9]|$)`);

  await page.goto('/?indicator=CPP_rate&area=852&view=compare&year=2016&years=2019-2024');
  await expect(page.locator('#compare-year')).toHaveValue(year);
  await expect(page.locator('.rank')).toContainText(`Southampton in ${year}:`);
  const caption = page.locator('#compare-summary');
  await expect(caption).toContainText(year);
  expect(await caption.innerText()).not.toMatch(asWord(2016));

  const csv = await download(page, 'Figures (CSV)');
  expect(csv.name).toContain(`-${year}-`);
  expect(csv.name).not.toMatch(asWord(2016));
  const [header, ...rows] = csvRows(csv.text.trim());
  const yearColumn = header.indexOf('year');
  expect(yearColumn).toBeGreaterThanOrEqual(0);
  expect(rows.length).toBeGreaterThan(1);
  expect(new Set(rows.map((r) => r[yearColumn]))).toEqual(new Set([year]));
  expect(rows.some((r) => r[0] === '852')).toBe(true);

  const svg = await download(page, 'Image (SVG)');
  expect(svg.name).toContain(`-${year}-`);
  const svgText = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent, svg.text);
  expect(svgText).toContain(year);
  expect(svgText).not.toMatch(asWord(2016));

  const png = await download(page, 'Image (PNG)');
  expect(png.name).toContain(`-${year}-`);
});
