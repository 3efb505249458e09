// Issue 16, phone first: on a phone the chart is in the first screen and the
// choices below it, reached by a link and back; the embed is compact; the
// focus order is the visual order; a tap's readout never covers the point.
import { test, expect } from '@playwright/test';

import { indicator } from './bundled.mjs';
import { ink } from './canvas.mjs';

const EMBED = '/?indicator=CPP_rate&area=852&view=trend&embed=1';
const box = (locator) => locator.boundingBox();

test('at 360x740 the title, the whole chart and the start of its summary are in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  const title = await box(page.getByRole('heading', { level: 1 }));
  const chart = await box(page.locator('#view-panel canvas'));
  expect(title.y).toBeGreaterThanOrEqual(0);
  expect(title.y + title.height).toBeLessThanOrEqual(chart.y);
  expect(chart.y, 'the chart starts in the first screen').toBeLessThan(740);
  expect(chart.y + chart.height, 'and ends in it').toBeLessThanOrEqual(740);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(indicator('CPP_rate').name);
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('on a phone the choices come after the figures, reached by a link that moves the focus, and a link back', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  const chart = await box(page.locator('#view-panel canvas'));
  const controls = await box(page.locator('#controls'));
  expect(controls.y, 'the choices are below the chart').toBeGreaterThan(chart.y + chart.height);

  // By keyboard only: the skip link, then the link to the choices.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const toControls = page.getByRole('link', { name: /Change the indicator, council or years/ });
  await expect(toControls).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#controls')).toBeFocused();
  await expect(page.locator('#controls')).toBeInViewport();
  // The next stop is the first choice; choose another indicator by keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search by words')).toBeFocused();
  await page.keyboard.type('looked after');
  await page.getByRole('button', { name: new RegExp(indicator('LAC').name.replace(/[()]/g, '.')) }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(indicator('LAC').name);
  // Back up to the figures.
  await page.getByRole('link', { name: /Back to the figures/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#figures')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('on a phone the focus order is the visual order, top to bottom', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  // Every stop once, from the top of the page to its end (then the focus
  // leaves the page and comes back to the first).
  const tops = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (!el.dataset.stop) el.dataset.stop = 'seen';
      else return { again: true };
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, left: r.left, name: el.textContent.trim().slice(0, 40) };
    });
    if (at?.again) break;
    if (at) tops.push(at);
  }
  expect(tops.length).toBeGreaterThan(20);
  // Within a row (tabs, buttons side by side) a later stop may be level with
  // an earlier one; it is never above the row before it.
  for (let i = 1; i < tops.length; i++) {
    expect(tops[i].top, `stop ${i} (${tops[i].name}) after ${tops[i - 1].name}`).toBeGreaterThanOrEqual(tops[i - 1].top - 60);
  }
});

test('on a desktop the choices are a column beside the figures, after them in the focus order', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  const figures = await box(page.locator('#figures'));
  const controls = await box(page.locator('#controls'));
  expect(controls.x).toBeGreaterThan(figures.x + figures.width - 1);
  expect(controls.y).toBeLessThan(figures.y + 200);
  await expect(page.getByRole('link', { name: /Change the indicator, council or years/ })).toBeHidden();
  await expect(page.getByRole('link', { name: /Back to the figures/ })).toBeHidden();
});

test('at 768 px (a tablet) the figures use the width, with the choices below', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  const chart = await box(page.locator('#view-panel canvas'));
  expect(chart.width).toBeGreaterThan(700);
  expect(chart.y + chart.height).toBeLessThan(1024);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the embedded trend at 360x640 fits in 960 px and still has its title, summary, source, licence and link', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(EMBED);
  await expect.poll(() => ink(page, '.embed canvas')).toBeGreaterThan(500);
  await expect(page.locator('.downloads')).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(960);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Southampton');
  await expect(page.locator('#trend-summary')).toContainText('Southampton');
  await expect(page.locator('.embed-source')).toContainText('Open Government Licence');
  await expect(page.getByRole('link', { name: /Explore this data/ })).toBeVisible();
  // The figures as reported locally and the table are folded, one tap away.
  const reported = page.locator('details.reported-figures');
  await expect(reported).not.toHaveAttribute('open', '');
  await reported.locator('summary').click();
  await expect(reported).toHaveAttribute('open', '');
  await expect(page.locator('details.figures')).not.toHaveAttribute('open', '');
  // The three downloads in one row.
  const buttons = page.locator('.downloads button');
  await expect(buttons).toHaveCount(3);
  const ys = await buttons.evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(ys).size).toBe(1);
});

test('in the explorer the figures as reported locally stay open', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852');
  await expect(page.locator('details.reported-figures')).toHaveAttribute('open', '');
});

test('a tap near a point shows its figures beside the chart, away from the point tapped', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?indicator=CPP_rate&area=852');
  const canvas = page.locator('#view-panel canvas');
  await expect.poll(() => ink(page, '#view-panel canvas')).toBeGreaterThan(500);
  const c = await box(canvas);
  const readout = page.locator('#trend-readout');
  for (const [fraction, side] of [[0.95, 'left'], [0.2, 'right']]) {
    await page.mouse.click(c.x + c.width * fraction, c.y + c.height / 2);
    await expect(readout).not.toBeEmpty();
    const r = await box(readout);
    const tapped = c.x + c.width * fraction;
    if (side === 'left') expect(r.x + r.width, 'readout left of a point on the right').toBeLessThan(tapped - 12);
    else expect(r.x, 'readout right of a point on the left').toBeGreaterThan(tapped + 12);
  }
});
