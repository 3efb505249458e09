// What the journey tests share: holding a request until the test lets it go,
// and watching a page for any sign the app has broken.
import { expect } from '@playwright/test';

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
