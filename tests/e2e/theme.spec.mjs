// Issue 16, dark embeds: theme=dark or theme=light in the link, else the
// reader's prefers-color-scheme; the page and the chart are drawn in the
// theme's colours; the embed code dialog offers the choice.
import { test, expect } from '@playwright/test';

import { ink } from './canvas.mjs';

const TREND = '/?indicator=CPP_rate&area=852&view=trend&embed=1';

/** The page's background and the chart's top-left pixel, as [r, g, b]. */
async function colours(page) {
  return page.evaluate(() => {
    const rgb = (css) => css.match(/\d+/g).slice(0, 3).map(Number);
    const canvas = document.querySelector('.embed canvas');
    // Before the chart is on the page there is no chart colour yet (a poll asks again).
    const pixel = canvas ? canvas.getContext('2d').getImageData(2, 2, 1, 1).data : [NaN, NaN, NaN];
    return { page: rgb(getComputedStyle(document.body).backgroundColor), chart: [pixel[0], pixel[1], pixel[2]] };
  });
}
const dark = ([r, g, b]) => r + g + b < 120;
const light = ([r, g, b]) => r + g + b > 700;

test('theme=dark draws the embed and its chart on dark, from the first frame', async ({ page }) => {
  await page.goto(`${TREND}&theme=dark`);
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  await expect.poll(() => ink(page, '.embed canvas')).toBeGreaterThan(0);
  await expect.poll(async () => dark((await colours(page)).chart)).toBe(true);
  expect(dark((await colours(page)).page)).toBe(true);
});

test('with no theme the embed follows the reader\'s setting, and theme=light overrides it', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(TREND);
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  await expect.poll(async () => dark((await colours(page)).chart)).toBe(true);
  // The setting changes while the chart is open: the chart follows.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/theme-dark/);
  await expect.poll(async () => light((await colours(page)).chart)).toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${TREND}&theme=light`);
  await expect(page.locator('html')).not.toHaveClass(/theme-dark/);
  await expect.poll(async () => light((await colours(page)).chart)).toBe(true);
  expect(light((await colours(page)).page)).toBe(true);
  await context.close();
});

test('the explorer stays light whatever the reader\'s setting', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/?indicator=CPP_rate&area=852&theme=dark');
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/theme-dark/);
  await context.close();
});

test('an unknown theme in a link is said in words', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852&theme=sepia');
  await expect(page.getByRole('alert')).toContainText('“sepia” is not a colour theme (light or dark)');
});

test('the embed code dialog lets the person choose the live chart\'s colours', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852');
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  const code = page.locator('#embed-code');
  await expect(code).not.toHaveValue(/theme=/);
  await page.getByLabel('Colours of the live chart').selectOption('dark');
  await expect(code).toHaveValue(/&embed=1&v=[0-9a-f]+&theme=dark"/);
  await page.getByLabel('Colours of the live chart').selectOption('light');
  await expect(code).toHaveValue(/&theme=light"/);
  await page.getByLabel('Colours of the live chart').selectOption('auto');
  await expect(code).not.toHaveValue(/theme=/);
});
