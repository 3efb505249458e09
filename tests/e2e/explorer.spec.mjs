// A councillor's journey through the explorer, checked against the bundled files.
import { test, expect } from '@playwright/test';
import { bundled, core, indicator, latestYear } from './bundled.mjs';

test('councillor journey: search, choose, switch council, add England, compare, table, reload, back', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Child Protection Plan');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Southampton');

  // Start from a different indicator so choosing the plan rate is a real change.
  await page.getByLabel('Or browse by topic').selectOption('ReReferral');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Re-referrals');

  // Search "child protection" and choose the plan rate.
  await page.getByLabel('Search by words').fill('child protection');
  const cpp = indicator('CPP_rate');
  await page.getByRole('button', { name: new RegExp(cpp.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(cpp.name);
  await expect(page).toHaveURL(/indicator=CPP_rate/);

  // Switch focus to Portsmouth; untick England, then add it back.
  await page.getByLabel('Council', { exact: true }).selectOption({ label: 'Portsmouth' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Portsmouth');
  await page.getByRole('checkbox', { name: 'England' }).uncheck();
  await expect(page.locator('.legend')).not.toContainText('England');
  await page.getByRole('checkbox', { name: 'England' }).check();
  await expect(page.locator('.legend')).toContainText('England');
  await expect(page).toHaveURL(/area=851/);

  // The chart's keyboard readout gives exact values.
  await page.locator('.chart-box').focus();
  await page.keyboard.press('End');
  // The chart ends at the indicator's latest year in the bundled files.
  const last = latestYear('CPP_rate');
  const latest = bundled('CPP_rate', 851, last);
  await expect(page.locator('#trend-readout')).toContainText(`Portsmouth: ${latest.toFixed(1)}`);

  // Compare view: read the rank, and check it against the bundled figures.
  await page.getByRole('tab', { name: 'Compare councils' }).click();
  const values = core.areas
    .filter((a) => a.kind === 'la' && (!a.first_year || a.first_year <= last) && (!a.last_year || a.last_year >= last))
    .map((a) => bundled('CPP_rate', a.code, last))
    .filter((v) => v !== null);
  const higher = values.filter((v) => v > latest).length; // no polarity: ranked highest first
  const ordinal = (n) => n + (['th', 'st', 'nd', 'rd'][(n % 100 > 10 && n % 100 < 14) ? 0 : Math.min(n % 10, 4) % 4] || 'th');
  await expect(page.locator('.rank')).toHaveText(`Portsmouth in ${last}: ${ordinal(higher + 1)} highest of ${values.length} councils.`);
  await expect(page.locator('.band')).toContainText('No quartile band');
  await page.getByLabel('All councils').check();
  await expect(page).toHaveURL(/scope=all/);

  // Table view: a value checked against the bundled data.
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: /Child Protection Plan/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Portsmouth', exact: true }) });
  const headers = await table.locator('thead th').allInnerTexts();
  const col = headers.findIndex((h) => h.startsWith('2021'));
  await expect(row.locator('th, td').nth(col)).toHaveText(bundled('CPP_rate', 851, 2021).toFixed(1));
  // Sorting by 2024 puts the smallest first, then the largest.
  const col2024 = headers.findIndex((h) => h.startsWith('2024'));
  const column = async () => (await table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i].innerText), col2024))
    .filter((t) => t !== 'no figure').map((t) => parseFloat(t.replace(/,/g, '')));
  await table.getByRole('button', { name: /^2024/ }).click();
  await expect(table.getByRole('columnheader', { name: /^2024/ })).toHaveAttribute('aria-sort', 'ascending');
  const up = await column();
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await table.getByRole('button', { name: /^2024/ }).click();
  const down = await column();
  expect(down).toEqual([...down].sort((a, b) => b - a));

  // Reload: the same view.
  const url = page.url();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Portsmouth');
  expect(page.url()).toBe(url);

  // Back: the compare view again.
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Compare councils' })).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
});

test('a link opens exactly what was seen', async ({ page }) => {
  await page.goto('/?indicator=ReReferral&area=852&model=2025&avg=0&region=0&england=1&years=2019-2024&view=trend');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Re-referrals');
  await expect(page.getByLabel('DfE 2025 model')).toBeChecked();
  await expect(page.getByLabel('Statistical neighbour average')).not.toBeChecked();
  await expect(page.locator('#year-from')).toHaveValue('2019');
  const legend = await page.locator('.legend li').allInnerTexts();
  expect(legend).toEqual(['Southampton', 'England']);
});

test('the long lists show the current choice, after the local measures load and after back', async ({ page }) => {
  await page.goto('/?indicator=ReReferral&area=851');
  const browse = page.getByLabel('Or browse by topic');
  const council = page.getByLabel('Council', { exact: true });
  // Every indicator and council is listed, with its name.
  await expect(browse.locator('option:not([value^="local:"])')).toHaveCount(core.indicators.length);
  await expect(browse.locator('option[value="CPP_rate"]')).toHaveText(indicator('CPP_rate').name);
  await expect(council.locator('option[value="852"]')).toHaveText('Southampton');
  // The measures reported locally join the list once loaded; the choice stays.
  await expect(browse.locator('option[value^="local:"]').first()).toBeAttached();
  await expect(browse).toHaveValue('ReReferral');
  await expect(council).toHaveValue('851');
  // Two changes, each written to the address before the next (changes within
  // one frame make one history entry, by design: src/ui/explorer.rs).
  await browse.selectOption('CIN');
  await expect(page).toHaveURL(/indicator=CIN/);
  await council.selectOption({ label: 'Southampton' });
  await expect(page).toHaveURL(/area=852/);
  await page.goBack();
  await expect(council).toHaveValue('851');
  await expect(browse).toHaveValue('CIN');
  await page.goBack();
  await expect(browse).toHaveValue('ReReferral');
});

test('a malformed link still opens a working explorer and says what was wrong', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?indicator=%3Cimg%20src=x%20onerror=alert(1)%3E&area=abc&years=2020-2010&view=pie');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no indicator with the code');
  await expect(alert).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Southampton');
  await expect(page.locator('canvas')).toBeVisible();
  expect(errors).toEqual([]);
});

test('missing years are said in words', async ({ page }) => {
  // North Northamptonshire was created in 2021: earlier years are gaps with a reason.
  await page.goto('/?indicator=CPP_rate&area=940&years=2014-2024');
  await page.getByText(/Gaps in the chart/).click();
  await expect(page.locator('.missing-years')).toContainText('No figure for North Northamptonshire in 2016: the council did not exist in this year.');
});

for (const [name, width, height] of [['desktop', 1280, 1000], ['phone', 360, 800]]) {
  for (const view of ['trend', 'compare', 'table']) {
    test(`explorer ${view} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?indicator=ReReferral&area=852&neighbours=851,373&view=${view}`);
      await expect(page.getByRole('tab', { selected: true })).toBeVisible();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `test-results/explorer-${view}-${name}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('changing the indicator or council updates the open view in place: an open figures table stays open', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852');
  const figures = page.locator('details.figures');
  await figures.locator('summary').click();
  await expect(figures).toHaveAttribute('open', '');
  await expect(figures.getByRole('table')).toContainText('Southampton');
  await page.getByLabel('Council', { exact: true }).selectOption({ label: 'Portsmouth' });
  await expect(figures.getByRole('table')).toContainText('Portsmouth');
  await page.getByLabel('Or browse by topic').selectOption('CIN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(indicator('CIN').name);
  await expect(figures).toHaveAttribute('open', '');
  await expect(figures.getByRole('table')).toContainText(indicator('CIN').unit);
});

// The axes are drawn by the charts' own code (crates/charts/src/axes.rs) and
// the canvas is opaque to the DOM, so this reads its pixels: the axis lines
// are the only long dark runs of pixels, the unit's rotated title the only
// ink at the far left.
async function canvasInk(page, selector, axisShare) {
  // The explorer's own chart: its first paint (if any) has gone.
  await page.waitForFunction(() => !document.getElementById('boot') && performance.getEntriesByName('chart-drawn').length > 0);
  return page.locator(selector).evaluate((canvas, axisShare) => {
    const { width, height } = canvas;
    const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const dark = (x, y) => pixels[(y * width + x) * 4] < 200; // the axes' greys; gridlines (#ddd) are lighter
    const run = (length, at) => { let n = 0; for (let i = 0; i < length; i++) n += at(i) ? 1 : 0; return n / length; };
    let xAxisRow = -1;
    for (let y = height - 1; y >= 0 && xAxisRow < 0; y--) if (run(width, (x) => dark(x, y)) > axisShare) xAxisRow = y;
    let yAxisColumn = -1;
    for (let x = 0; x < width && yAxisColumn < 0; x++) if (run(height, (y) => dark(x, y)) > 0.7) yAxisColumn = x;
    let titleInk = 0;
    for (let x = 0; x < Math.round(16 * devicePixelRatio); x++) for (let y = 0; y < height; y++) titleInk += dark(x, y) ? 1 : 0;
    return { width, height, xAxisRow, yAxisColumn, titleInk };
  }, axisShare);
}

test('the trend chart is drawn with its axes and the unit as the axis title', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const ink = await canvasInk(page, '.chart.trend canvas', 0.8);
  // The value axis at the left, the period axis near the bottom, the title left of both.
  expect(ink.yAxisColumn).toBeGreaterThan(0.02 * ink.width);
  expect(ink.yAxisColumn).toBeLessThan(0.1 * ink.width);
  expect(ink.xAxisRow).toBeGreaterThan(0.8 * ink.height);
  expect(ink.xAxisRow).toBeLessThan(ink.height - 10);
  expect(ink.titleInk).toBeGreaterThan(50);
});

test('the compare chart is drawn with its value axis along the bottom', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?view=compare');
  // Council names take the left third, so the axis spans a little over half the width.
  const ink = await canvasInk(page, '.view-panel canvas', 0.5);
  expect(ink.xAxisRow).toBeGreaterThan(0.6 * ink.height);
  expect(ink.xAxisRow).toBeLessThan(ink.height - 10);
});
