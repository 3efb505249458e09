// Issue 13, the explorer's first paint (src/first_paint.rs): for a trend or
// compare link, a small build draws the page's header, the title, the views
// as links, the chart and its words, while the explorer's code downloads;
// then the explorer takes its place with the chart where it was. What a
// councillor on a phone meets: turning the phone during the handover, a tap
// on a view before the explorer is ready, the explorer's code failing to
// arrive. A slow figures file (the explorer then takes over from the loading
// frame): loading.spec.mjs. axe on the first paint: a11y.spec.mjs.
import { test, expect } from '@playwright/test';

import { indicator } from './bundled.mjs';
import { drawn } from './canvas.mjs';
import { gate, turnThroughHandover, watchForBreakage } from './journeys.mjs';

const CPP = indicator('CPP_rate');
const TREND = '/?indicator=CPP_rate&area=852&view=trend';
const EXPLORER_CODE = /\/explorer-[0-9a-f]+_bg\.wasm$/;

const painted = (page) => page.locator('#boot.first-paint');

test.use({ viewport: { width: 360, height: 740 } });

for (const [view, tab] of [['trend', 'Trend over time'], ['compare', 'Compare councils']]) {
  test(`a ${view} link: the first paint shows the page's header, title, views, chart and summary, then the explorer takes its place with the chart where it was`, async ({ page }) => {
    const noBreakage = watchForBreakage(page);
    const explorer = gate();
    await page.route(EXPLORER_CODE, explorer.hold);
    // Held, so the ring key for Southampton's reported figures does not
    // appear above the chart as the explorer takes over.
    await page.route('**/data/reported.csv*', () => {});
    await page.goto(`/?indicator=CPP_rate&area=852&view=${view}`);
    await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
    await expect(page.locator('.site-title')).toHaveText("Children's services statistics explorer");
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${CPP.name} — Southampton`);
    const views = page.getByRole('navigation', { name: 'How to show the figures' }).getByRole('link');
    await expect(views).toHaveCount(7);
    await expect(views.filter({ hasText: tab })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('img', { name: `${CPP.name}, Southampton` })).toBeVisible();
    await expect(page.locator('#first-paint-summary')).toContainText('Southampton');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the choices' })).toBeAttached();
    if (view === 'compare') await expect(page.locator('#first-paint-year')).toBeDisabled();
    const before = await page.locator('#boot canvas').boundingBox();

    explorer.open();
    await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
    await drawn(page, '#view-panel canvas', 'the explorer draws its chart');
    await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
    await expect(page.getByLabel('Or browse by topic')).toBeVisible();
    const after = await page.locator('#view-panel canvas').boundingBox();
    expect(after).toEqual(before);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await noBreakage(`the ${view} handover`);
  });
}

test('turning the phone while the first paint shows and as the explorer takes over', async ({ page }) => {
  const noBreakage = watchForBreakage(page);
  await turnThroughHandover(page, { code: EXPLORER_CODE, open: () => page.goto('/'), chart: '#view-panel canvas' });
  // Then on to another view and back, as anyone would.
  await page.getByRole('tab', { name: 'Compare councils' }).click();
  await drawn(page, '#view-panel canvas', 'the comparison is drawn');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeVisible();
  await noBreakage('the handover');
});

test('a tap on a view before the explorer is ready opens that view', async ({ page }) => {
  const explorer = gate();
  await page.route(EXPLORER_CODE, explorer.hold);
  await page.goto(TREND);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await page.getByRole('link', { name: 'Compare councils' }).click();
  await expect(page).toHaveURL(/view=compare/);
  // The comparison's own first paint, then the explorer on it.
  await expect(painted(page).locator('.rank-summary')).toContainText('Southampton', { timeout: 20_000 });
  explorer.open();
  await expect(page.getByRole('tab', { name: 'Compare councils', selected: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#boot')).toHaveCount(0);
  // Back returns to the trend.
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeVisible({ timeout: 30_000 });
});

test('if the explorer\'s code does not arrive, the chart stays, and where the choices were to be it says why', async ({ page }) => {
  await page.route(EXPLORER_CODE, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(TREND);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await expect(page.getByRole('alert')).toHaveText('The choices could not be loaded: the code did not load. Reload the page to try again.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${CPP.name} — Southampton`);
  await expect(page.locator('#first-paint-summary')).toContainText('Southampton');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the choices' })).toHaveCount(0);
});

test('on a desktop the first paint keeps the choices\' column, so the chart is as wide as the explorer\'s', async ({ page }) => {
  const explorer = gate();
  await page.route(EXPLORER_CODE, explorer.hold);
  await page.route('**/data/reported.csv*', () => {});
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(TREND);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await expect(page.getByText('Loading the choices')).toBeVisible();
  const before = await page.locator('#boot canvas').boundingBox();
  explorer.open();
  await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
  await drawn(page, '#view-panel canvas', 'the explorer draws its chart');
  expect(await page.locator('#view-panel canvas').boundingBox()).toEqual(before);
});

test('keyboard focus on the first paint\'s views moves to the chosen tab when the explorer takes over', async ({ page }) => {
  const explorer = gate();
  await page.route(EXPLORER_CODE, explorer.hold);
  await page.goto(TREND);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  const link = page.getByRole('link', { name: 'Table' });
  await link.focus();
  await expect(link).toBeFocused();
  explorer.open();
  await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeFocused();
  // And on from there by keyboard, as the tabs always work.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Compare councils', selected: true })).toBeFocused();
});

test('losing the network after the chart is drawn, before the explorer\'s code has come: the chart stays, and it says the choices need the network', async ({ page, context }) => {
  const explorer = gate();
  await page.route(EXPLORER_CODE, explorer.hold);
  await page.goto(TREND);
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await context.setOffline(true);
  explorer.open();
  await expect(page.getByRole('alert')).toHaveText('The choices could not be loaded: this device is offline and they have not been saved for offline use yet.', { timeout: 20_000 });
  await expect(page.getByRole('img', { name: `${CPP.name}, Southampton` })).toBeVisible();
  await expect(page.locator('#first-paint-summary')).toContainText('Southampton');
});
