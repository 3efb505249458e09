// Loading states: a year that fails, a catalogue that fails.
import { test, expect } from '@playwright/test';

test('a year file that fails to load is reported and the other years still show', async ({ page }) => {
  await page.route('**/data/2019.json*', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.route('**/data/2020.json*', (route) => route.fulfill({ status: 200, body: '{"format":1,"year":20' }));
  await page.goto('/?view=table');
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('Some years could not be loaded');
  await expect(warning).toContainText('2019');
  await expect(warning).toContainText('2020.json: not valid dataset JSON');
  const table = page.getByRole('table', { name: /Child Protection Plan/ });
  const headers = await table.locator('thead th').allInnerTexts();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Southampton', exact: true }) });
  await expect(row.locator('th, td').nth(headers.findIndex((h) => h.startsWith('2019')))).toHaveText('no figure');
  await expect(row.locator('th, td').nth(headers.findIndex((h) => h.startsWith('2021')))).toHaveText('62.3');
});

test('a missing catalogue gives a clear message, not a blank page', async ({ page }) => {
  await page.route('**/data/catalogue.json*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The figures could not be loaded');
  await expect(page.getByRole('alert')).toContainText('404');
});

test('progress is visible while the years load', async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/data/2024.json*', async (route) => { await gate; await route.continue(); });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /Loading figures: \d+ of 11 years/ })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Child Protection Plan');
});

test('each file is downloaded once: the page preloads exactly what the app then fetches', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Southampton');
  await expect.poll(() => requested.filter((u) => u.startsWith('/data/reported.json')).length).toBe(1);
  const data = requested.filter((u) => u.startsWith('/data/') && !u.startsWith('/data/reported.json'));
  // The catalogue and eleven years, each fetched once, and preloaded.
  expect(data.length).toBe(12);
  expect(new Set(data).size).toBe(12);
  const preloaded = await page.locator('link[rel=preload][as=fetch]').evaluateAll((ls) => ls.map((l) => new URL(l.href).pathname + new URL(l.href).search));
  for (const url of data) expect(preloaded).toContain(url);
  // The wasm too is downloaded once (Trunk preloads it).
  expect(requested.filter((u) => u.endsWith('_bg.wasm')).length).toBe(1);
});
