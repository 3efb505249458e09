// The explorer comes as two builds: the first (trend, compare, table) and a
// fuller one (overview, map, briefing pack, reported locally), which the
// boot script loads for those views; a tab to one of them loads the page in
// the fuller build at its address, and Back returns.
import { test, expect } from '@playwright/test';

const wasm = (urls) => urls.filter((u) => u.endsWith('.wasm'));
// A trend or compare link: the chart's first paint (src/first_paint.rs), then the first build.
const FIRST_BUILD = [expect.stringMatching(/^\/embed-first-[0-9a-f]{1,16}_bg\.wasm$/), expect.stringMatching(/^\/explorer-[0-9a-f]{1,16}_bg\.wasm$/)];

test('the first chart downloads its first paint and the first build only; a tab to the map loads the fuller build, and Back returns', async ({ page }) => {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto('/?indicator=CPP_rate&area=852&view=trend');
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  expect(wasm(urls)).toEqual(FIRST_BUILD);

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

test('"Embed this chart" in the first build loads the page in the fuller build with the panel open, the same chart, and Back as before', async ({ page }) => {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto('/?indicator=ReReferral&area=852&view=compare');
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  await page.getByRole('tab', { name: 'Trend over time' }).click();
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeVisible();
  expect(wasm(urls)).toEqual(FIRST_BUILD);

  // By keyboard, as any button.
  const toggle = page.getByRole('button', { name: 'Embed this chart' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#embed-code')).toHaveValue(/^<iframe src="[^"]*indicator=ReReferral&area=852&[^"]*view=trend/, { timeout: 30_000 });
  expect(wasm(urls).some((u) => /^\/explorer-full-[0-9a-f]{16}_bg\.wasm$/.test(u))).toBe(true);
  // The panel is open, in sight, with the keyboard on its button.
  await expect(page.getByRole('button', { name: 'Embed this chart' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Embed this chart' })).toBeFocused();
  await expect(page.locator('#embed-code-panel')).toBeInViewport();
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeVisible();
  // The address no longer asks for the panel, so a reload shows the chart alone.
  expect(page.url()).not.toContain('#');
  // The panel closes and opens again in place (no further page load).
  const loads = wasm(urls).length;
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  await expect(page.locator('#embed-code-panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  await expect(page.getByLabel('Snapshot (HTML, no script)')).toBeVisible();
  expect(wasm(urls)).toHaveLength(loads);

  // Back goes where it went before the button: the comparison.
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Compare', selected: true })).toBeVisible({ timeout: 30_000 });
});

test('offline before the fuller build is saved: its tab and tools say so, the rest keeps working, and the map loads once back online', async ({ page, context }) => {
  // Service workers are blocked in these tests, so nothing is saved for offline use.
  await page.goto('/?indicator=CPP_rate&area=852&view=trend');
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Embed this chart' })).toBeVisible();
  await context.setOffline(true);
  // The page hears of it a moment later; the app asks the browser (navigator.onLine).
  await page.waitForFunction(() => !navigator.onLine);
  const offline = /This device is offline and has not saved this part of the explorer yet/;

  await page.getByRole('button', { name: 'Embed this chart' }).click();
  await expect(page.locator('.share-actions .status')).toHaveText(offline);
  await page.locator('#all-figures').getByRole('button', { name: 'Download CSV' }).click();
  await expect(page.locator('#all-figures')).toContainText(offline);

  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('tab', { name: 'Map', selected: true })).toBeVisible();
  await expect(page.locator('#view-panel')).toContainText(offline);
  // The first build's views still work.
  await page.getByRole('tab', { name: 'Compare councils' }).click();
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.locator('#view-panel')).toContainText(offline);

  await context.setOffline(false);
  await expect(page.locator('figure.map')).toBeVisible({ timeout: 30_000 });
  expect(new URL(page.url()).searchParams.get('view')).toBe('map');
});
