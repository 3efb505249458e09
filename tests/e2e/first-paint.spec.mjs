// Issue 13, the embedded chart's first paint (src/first_paint.rs): a small
// build draws the chart, then the interactive embed takes its place. What a
// reader on a phone meets: turning the phone during the handover, the
// interactive embed's code failing to arrive, a file missing or corrupt, a
// link it cannot wholly use, the host page's iframe sized from the start.
// axe on the first paint: a11y.spec.mjs.
import { test, expect } from '@playwright/test';

import { indicator, figuresFile } from './bundled.mjs';
import { drawn } from './canvas.mjs';
import { gate, turnThroughHandover, watchForBreakage } from './journeys.mjs';

const CPP = indicator('CPP_rate');
const EMBED = '/?indicator=CPP_rate&area=852&view=trend&embed=1';
const TITLE = `${CPP.name}, Southampton`;

const firstPaint = (page) => page.locator('#boot.first-paint');

test.use({ viewport: { width: 360, height: 740 } });

test('turning the phone while the first paint shows and as the interactive chart takes over', async ({ page }) => {
  const noBreakage = watchForBreakage(page);
  await turnThroughHandover(page, { code: '**/embedded-chart-*_bg.wasm', open: () => page.goto(EMBED), chart: '.embed canvas' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await noBreakage('the handover');
});

test('if the interactive embed\'s code does not arrive, the first paint stays: the chart, its words and its source', async ({ page }) => {
  await page.route('**/embedded-chart-*_bg.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(EMBED);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await page.waitForTimeout(500);
  await expect(firstPaint(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('img', { name: TITLE })).toBeVisible();
  await expect(page.locator('#first-paint-summary')).toContainText('Southampton');
  await expect(page.locator('.embed-source')).toContainText('Open Government Licence');
});

for (const [fault, answer] of [['missing', { status: 404, body: 'not found' }], ['corrupt', { status: 200, contentType: 'application/json', body: '{"years": [' }]]) {
  test(`a ${fault} figures file: no first paint, and the interactive embed names the file and offers a retry that works`, async ({ page }) => {
    let broken = true;
    await page.route(`**/data/${figuresFile(CPP.code)}*`, (route) => (broken ? route.fulfill(answer) : route.continue()));
    await page.goto(EMBED);
    const alert = page.getByRole('alert').filter({ hasText: figuresFile(CPP.code).split('/').pop() });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('#boot')).toHaveCount(0);
    broken = false;
    await page.getByRole('button', { name: /Try again/ }).click();
    await drawn(page, '.embed canvas', 'the chart is drawn after the retry');
  });
}

test('a link the embed cannot wholly use: no first paint, and the interactive embed says what it could not use', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852&view=trend&embed=1&from=1990');
  await expect(page.getByRole('alert')).toContainText('could not be used', { timeout: 20_000 });
  await drawn(page, '.embed canvas', 'the chart is still drawn');
  await expect(page.locator('#boot')).toHaveCount(0);
});

test('the host page sizes its iframe to the first paint, then to the interactive embed', async ({ page }) => {
  const interactive = gate();
  await page.route('**/embedded-chart-*_bg.wasm', interactive.hold);
  await page.setViewportSize({ width: 1000, height: 800 });
  // The demo host page: two embeds, each resized by embed.js.
  await page.goto('/embed-demo.html');
  const frame = page.frameLocator('#demo-trend');
  await expect(frame.locator('#boot.first-paint canvas')).toBeVisible({ timeout: 20_000 });
  const fits = () => page.evaluate(() => {
    const iframe = document.getElementById('demo-trend');
    const content = iframe.contentDocument.body.getBoundingClientRect().height;
    return Math.abs(iframe.getBoundingClientRect().height - content) <= 4 && content > 300 ? content : 0;
  });
  await expect.poll(fits, { message: 'sized to the first paint', timeout: 10_000 }).toBeGreaterThan(300);
  const painted = await fits();
  interactive.open();
  await expect(frame.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(async () => { const h = await fits(); return h > painted ? h : 0; }, { message: 'sized again to the interactive embed, with its table and downloads', timeout: 10_000 }).toBeGreaterThan(painted);
});

test('a dark embed\'s first paint is dark from its first frame, chart and key, and the interactive embed stays dark', async ({ page }) => {
  const interactive = gate();
  await page.route('**/embedded-chart-*_bg.wasm', interactive.hold);
  await page.goto(`${EMBED}&theme=dark`);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  // The chart's background, and the page's, are dark.
  const background = () => page.evaluate(() => {
    const c = document.querySelector('canvas');
    const [r, g, b] = c.getContext('2d').getImageData(2, 2, 1, 1).data;
    return r + g + b;
  });
  expect(await background()).toBeLessThan(150);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  interactive.open();
  await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
  await drawn(page, '.embed canvas', 'the interactive chart is drawn');
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  expect(await background()).toBeLessThan(150);
});
