// What the journey tests share: holding a request until the test lets it go,
// and watching a page for any sign the app has broken.
import { expect } from '@playwright/test';

import { drawn } from './canvas.mjs';

/** A route handler that holds requests until `open()` is called. */
export function gate() {
  let open;
  const opened = new Promise((r) => { open = r; });
  return { open, hold: async (route) => { await opened; await route.continue().catch(() => {}); } };
}

/**
 * Everything that says the app has broken: the fatal report the panic hook
 * writes (src/fatal.rs), an uncaught page error, or a console message about a
 * disposed reactive value, a panic or a trap. Collected from the page's first
 * load; the returned check fails, naming the step, if any was seen.
 */
export function watchForBreakage(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && /disposed|panicked|unreachable/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  return async (step) => {
    const fatal = page.locator('#fatal-error');
    const fatalText = (await fatal.count()) ? await fatal.first().innerText() : '';
    // Each distinct problem once: a broken listener reports on every event.
    expect({ fatal: fatalText, problems: [...new Set(problems)] }, `after ${step}`).toEqual({ fatal: '', problems: [] });
  };
}

/**
 * Turns a phone (360x740) while a first paint (src/first_paint.rs) shows
 * and again as the interactive build takes over: `code` is the route of
 * the interactive build's wasm, held until then, and `chart` the selector
 * of the interactive build's canvas, which must end drawn and fitted to
 * each way up. `open` opens the page (after the route is set).
 */
export async function turnThroughHandover(page, { code, open, chart }) {
  const interactive = gate();
  await page.route(code, interactive.hold);
  await open();
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  await page.setViewportSize({ width: 740, height: 360 });
  await page.setViewportSize({ width: 360, height: 740 });
  interactive.open();
  // Turned again as the interactive build starts.
  await page.setViewportSize({ width: 740, height: 360 });
  await expect(page.locator('#boot')).toHaveCount(0, { timeout: 30_000 });
  await drawn(page, chart, 'the interactive chart is drawn');
  await expect.poll(async () => (await page.locator(chart).boundingBox())?.width, { message: 'the chart fits the turned phone' }).toBeGreaterThan(600);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(async () => (await page.locator(chart).boundingBox())?.width).toBeLessThan(360);
}
