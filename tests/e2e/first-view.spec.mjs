// The first end-to-end view: the bundled datasets load in the browser and the
// Child protection plan rate table for Southampton matches the bundled files.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = (file) => JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url)));
const catalogue = data('catalogue.json');

/** The figure the bundle holds, read straight from the JSON files (not via the app). */
function bundled(indicator, area, year) {
  const position = catalogue.areas.findIndex((a) => a.code === area);
  const series = data(`${year}.json`).series.find((s) => s.indicator === indicator);
  const value = series?.values[position];
  return typeof value === 'number' ? value : null;
}

const table = (page) => page.getByRole('table', { name: /Child Protection Plan - rate for Southampton/ });

/** The cell for a year under the column whose header contains `column`. */
async function cell(page, year, column) {
  const headers = await table(page).locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.includes(column));
  expect(index, `column ${column} in ${headers}`).toBeGreaterThan(0);
  const row = table(page).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) });
  return row.locator('th, td').nth(index);
}

test('default view shows the child protection plan rate table for Southampton', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Child Protection Plan');
  await expect(table(page)).toBeVisible();
  const rows = table(page).locator('tbody tr');
  await expect(rows).toHaveCount(11);

  // Published figures (DfE LAIT): Southampton 2021 62.3; neighbour average 66.7; England 2024 41.4.
  await expect(await cell(page, 2021, 'Southampton')).toHaveText('62.3');
  await expect(await cell(page, 2021, 'neighbour average')).toHaveText('66.7');
  await expect(await cell(page, 2024, 'England')).toHaveText('41.4');

  // Every year's Southampton and England cells agree with the bundled files.
  for (let year = 2014; year <= 2024; year++) {
    for (const [area, column] of [[852, 'Southampton'], [970, 'England']]) {
      const expected = bundled('CPP_rate', area, year);
      const text = await (await cell(page, year, column)).innerText();
      expect(parseFloat(text), `${area} ${year}`).toBeCloseTo(expected, 5);
    }
  }
  // 2014 is derived, and says so.
  await expect((await cell(page, 2014, 'Southampton')).getByRole('link', { name: /derived value/ })).toBeVisible();

  await expect(page.getByText('Contains public sector information licensed under the Open Government Licence v3.0.')).toBeVisible();
  await expect(page.getByText(catalogue.data_version)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a year file that fails to load is reported and the other years still show', async ({ page }) => {
  await page.route('**/data/2019.json*', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.route('**/data/2020.json*', (route) => route.fulfill({ status: 200, body: '{"format":1,"year":20' }));
  await page.goto('/');
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('Some years could not be loaded');
  await expect(warning).toContainText('2019');
  await expect(warning).toContainText('2020.json: not valid dataset JSON');
  await expect(await cell(page, 2019, 'Southampton')).toContainText("this year's data file could not be loaded");
  await expect(await cell(page, 2021, 'Southampton')).toHaveText('62.3');
});

test('a missing catalogue gives a clear message, not a blank page', async ({ page }) => {
  await page.route('**/data/catalogue.json*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The figures could not be loaded');
  await expect(page.getByRole('alert')).toContainText('404');
});

for (const [name, width, height] of [['desktop', 1280, 1000], ['phone', 360, 800]]) {
  test(`screenshot at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(table(page)).toBeVisible();
    // Nothing spills sideways on a phone.
    await page.screenshot({ path: `test-results/first-view-${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
