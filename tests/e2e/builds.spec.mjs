// The explorer comes as two builds: the first (trend, compare, table) and a
// fuller one (overview, map, briefing pack, reported locally), which the
// boot script loads for those views; a tab to one of them loads the page in
// the fuller build at its address, and Back returns.
import { test, expect } from '@playwright/test';

const wasm = (urls) => urls.filter((u) => u.endsWith('.wasm'));

test('the first chart downloads the first build only; a tab to the map loads the fuller build, and Back returns', async ({ page }) => {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto('/?indicator=CPP_rate&area=852&view=trend');
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  expect(wasm(urls)).toEqual([expect.stringMatching(/^\/explorer-[0-9a-f]{1,16}_bg\.wasm$/)]);

  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('tab', { name: 'Map', selected: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('figure.map')).toBeVisible({ timeout: 30_000 });
  expect(wasm(urls).some((u) => /^\/explorer-full-[0-9a-f]{16}_bg\.wasm$/.test(u))).toBe(true);
  expect(page.url()).toContain('view=map');

  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#view-panel canvas')).toBeVisible();
});

test('a link to the briefing pack starts in the fuller build, where every tab works in place', async ({ page }) => {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto('/?area=852&view=pack');
  await expect(page.locator('.pack')).toBeVisible({ timeout: 30_000 });
  expect(wasm(urls)).toEqual([expect.stringMatching(/^\/explorer-full-[0-9a-f]{16}_bg\.wasm$/)]);
  await page.getByRole('tab', { name: 'Trend over time' }).click();
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.locator('.overview-table')).toBeVisible({ timeout: 30_000 });
  expect(wasm(urls)).toHaveLength(1); // no page load: the same build
});
