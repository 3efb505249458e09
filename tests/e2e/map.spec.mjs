// Issue 14, the map: every council as a hex for one year, with its legend,
// summary, credit and table; a keyboard journey (arrows move between
// neighbouring hexes, Enter makes that council the focus); hover says a
// council's figure; a failed layout says so with a retry.
import { test, expect } from '@playwright/test';

import { ink } from './canvas.mjs';

const MAP = '/?indicator=CPP_rate&area=852&view=map';

test('the map shows every council with a key, a summary, the layout\'s credit and the figures as a table', async ({ page }) => {
  await page.goto(MAP);
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(2000);
  await expect(page.getByRole('tab', { name: 'Map', selected: true })).toBeVisible();
  await expect(page.locator('.map-legend')).toContainText('Outlined: Southampton');
  await expect(page.locator('#map-summary')).toContainText('Southampton');
  await expect(page.locator('figure.map')).toContainText('Hex layout: Open Innovations');
  await page.getByText('Figures in this chart, as a table').click();
  // Every council with a figure that year is in the table (built as it opens).
  const rows = page.locator('details.figures tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(140);
  // The open table follows a change of year (its rows are built only while
  // it is open, so this is the path a reader takes).
  const caption = page.locator('details.figures caption');
  const latest = await caption.textContent();
  const [, earlier] = await page.locator('#compare-year option').evaluateAll((os) => os.map((o) => o.value));
  await page.locator('#compare-year').selectOption(earlier);
  await expect(caption).not.toHaveText(latest);
  expect(latest).not.toContain(earlier);
  await expect(caption).toContainText(earlier);
  await expect(page.locator('details.figures')).toHaveAttribute('open', '');
  await expect.poll(() => rows.count()).toBeGreaterThan(140);
});

test('by keyboard: the arrows move between neighbouring councils and Enter makes one the council shown', async ({ page }) => {
  await page.goto(MAP);
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(2000);
  const map = page.getByRole('group', { name: /Map of every council/ });
  await map.focus();
  const readout = page.locator('#map-readout');
  await expect(readout).toContainText(/^Southampton: [\d.]+, \d+(st|nd|rd|th) (highest )?of \d+ councils/);
  const seen = new Set([await readout.textContent()]);
  for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowRight']) {
    await page.keyboard.press(key);
    seen.add(await readout.textContent());
  }
  expect(seen.size, 'the arrows moved to other councils').toBeGreaterThan(2);
  const chosen = (await readout.textContent()).split(':')[0];
  expect(chosen).not.toBe('Southampton');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);
  await expect.poll(() => page.url()).not.toContain('area=852');
  await expect(page.locator('.map-legend')).toContainText(`Outlined: ${chosen}`);
});

test('pointing at a hex says its council, figure and rank', async ({ page }) => {
  await page.goto(MAP);
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(2000);
  await page.locator('#view-panel canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('#view-panel canvas').boundingBox();
  // Somewhere in the middle of England there is a hex.
  let said = '';
  for (const [fx, fy] of [[0.5, 0.5], [0.45, 0.55], [0.55, 0.45], [0.5, 0.6]]) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    // The readout follows on the next frame.
    said = await expect.poll(async () => (await page.locator('#map-readout').textContent()) ?? '', { timeout: 1_500 }).not.toBe('').then(() => page.locator('#map-readout').textContent(), () => '');
    if (said) break;
  }
  expect(said).toMatch(/^[^:]+: (no figure|[\d.,]+, \d+)/);
});

test('if the layout cannot be loaded the map says so with a retry, and the other views work', async ({ page }) => {
  let fail = true;
  await page.route('**/data/hexmap.json*', (route) => (fail ? route.fulfill({ status: 500, body: 'no' }) : route.continue()));
  await page.goto(MAP);
  await expect(page.getByRole('alert')).toContainText('The map’s layout could not be loaded (hexmap.json)');
  await page.getByRole('tab', { name: 'Trend over time' }).click();
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  await page.getByRole('tab', { name: 'Map' }).click();
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(2000);
});
