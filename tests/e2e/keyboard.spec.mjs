// Keyboard only: Tab, Enter, Space, arrows and typing; no mouse. Focus stays visible.
import { test, expect } from '@playwright/test';

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectFocusVisible(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none' };
  });
  if (style) expect(style.outline || style.shadow, `focus indicator on ${style.tag}`).toBe(true);
}

test('keyboard-only journey: indicator, council, comparator, views, CSV download', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Child Protection Plan');

  await tabTo(page, '#indicator-search');
  await page.keyboard.type('looked after');
  await tabTo(page, '#indicator-results button');
  const chosen = (await page.evaluate(() => document.activeElement.querySelector('.result-name').textContent)).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);

  await tabTo(page, '#focus');
  await page.keyboard.type('Portsmouth');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Portsmouth');

  await tabTo(page, '#cmp-region');
  const before = await page.locator('.legend li').count();
  await page.keyboard.press('Space');
  await expect(page.locator('.legend li')).toHaveCount(before - 1);

  await tabTo(page, '[role=tab][aria-selected=true]');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Compare councils' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Compare councils' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.figures-table')).toBeVisible();

  await tabTo(page, 'button.download-csv', 120);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^portsmouth-.*\.csv$/);
});

test('the trend chart reads out each year with the arrow keys', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852');
  // As a person would, wait for the chart before tabbing: Tab presses made
  // while the page is still loading land on whatever is there at the time.
  await expect(page.locator('.chart-box canvas')).toBeVisible();
  await tabTo(page, '.chart-box');
  await page.keyboard.press('Home');
  await expect(page.locator('#trend-readout')).toContainText('2014');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#trend-readout')).toContainText('2015');
  await expect(page.locator('#trend-readout')).toContainText('Southampton: 67.7');
});

test('reduced motion is honoured', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const durations = await page.evaluate(() => [...document.querySelectorAll('*')].map((e) => getComputedStyle(e).transitionDuration).filter((d) => d !== '0s'));
  expect(durations).toEqual([]);
});
