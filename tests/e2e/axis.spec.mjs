// Issue 16, an axis that fits: from zero by default; "fit the axis to the
// figures" zooms to their range, says so under the chart, marks the axis
// with a break, and is kept in the link (so in shares and embeds).
import { test, expect } from '@playwright/test';

import { ink } from './canvas.mjs';

test('fitting the axis is said in words, kept in the link, and survives a reload and an embed', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  const fit = page.getByLabel('Fit the axis to the figures (it will not start at zero)');
  await expect(fit).not.toBeChecked();
  await expect(page.locator('.axis-note')).toHaveCount(0);
  const before = await page.locator('#view-panel canvas').screenshot();

  await fit.check();
  await expect(page.locator('.axis-note')).toHaveText(/^The value axis starts at [\d.,]+, not zero/);
  await expect.poll(() => page.url()).toContain('axis=fit');
  // The chart is drawn again, on the fitted axis.
  await expect.poll(async () => Buffer.compare(await page.locator('#view-panel canvas').screenshot(), before)).not.toBe(0);

  await page.reload();
  await expect(page.getByLabel('Fit the axis to the figures (it will not start at zero)')).toBeChecked();
  await expect(page.locator('.axis-note')).toBeVisible();

  // An embed of this chart draws it the same way, and says so.
  await page.goto('/?indicator=CPP_rate&area=852&axis=fit&embed=1');
  await expect.poll(() => ink(page, '.embed canvas')).toBeGreaterThan(500);
  await expect(page.locator('.embed .axis-note')).toHaveText(/not zero/);
  await expect(page.getByLabel(/Fit the axis/)).toHaveCount(0);

  // Back to zero.
  await page.goto('/?indicator=CPP_rate&area=852&axis=fit');
  await page.getByLabel(/Fit the axis/).uncheck();
  await expect(page.locator('.axis-note')).toHaveCount(0);
  await expect.poll(() => page.url()).toContain('axis=zero');
});

test('an unknown axis in a link is said and the axis starts at zero', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852&axis=log');
  await expect(page.getByRole('alert')).toContainText('Unknown axis “log” (zero or fit); the axis starts at zero.');
  await expect(page.getByLabel(/Fit the axis/)).not.toBeChecked();
});
