// Bad input: malformed links, a strict CSP, a panic. Offline use.
import { test, expect } from '@playwright/test';

import { bundled, core, filesUnder, indicator, figuresFile } from './bundled.mjs';
import { drawn, ink } from './canvas.mjs';
import { gate } from './journeys.mjs';

/** At least 200 malformed links: unknown codes, wrong types, huge numbers, repeated keys, injection. */
function malformedLinks() {
  const injections = [
    '<script id=pwned>window.pwned=1</script>', '"><img id=pwned src=x onerror="window.pwned=1">', "javascript:window.pwned=1",
    '<svg/onload=window.pwned=1 id=pwned>', "'; window.pwned=1; '", '{{7*7}}', '%00', '\u202e\u0000', '../../etc/passwd',
  ];
  const bad = ['', ' ', 'abc', '-1', '0', '1e309', '99999999999999999999999', 'NaN', '2014.5', '٨٥٢', '%', '%E0%A4%A', 'null', '[]', '{}', ...injections];
  const keys = ['indicator', 'area', 'model', 'avg', 'neighbours', 'region', 'england', 'add', 'years', 'view', 'year', 'scope', 'v', 'embed', 'bogus'];
  const links = [];
  for (const key of keys) for (const value of bad) links.push(`${encodeURIComponent(key)}=${value.startsWith('%') ? value : encodeURIComponent(value)}`);
  links.push('area=852&area=851&area=abc', 'indicator=CPP_rate&indicator=LAC', 'years=2014-2024&years=2020-2010', '&&&&', '=', '==1', '?'.repeat(500),
    'x'.repeat(5000), `add=${Array.from({ length: 200 }, (_, i) => 800 + i).join(',')}`, `neighbours=${'852,'.repeat(300)}`,
    'years=2014-', 'years=-2024', 'years=2024-2014', 'year=1e3', 'view=TREND', 'embed=1&view=table', 'embed=1&indicator=%3Cb%3E');
  return links;
}

const links = malformedLinks();
// Generated links that are in fact valid (an explicit "off", an empty list, a hex version): no message needed.
const VALID = [/^(avg|region|england|embed)=0$/, /^(neighbours|add|embed)=(%20)?$/, /^v=0$/, /^&&&&$/];
const chunks = 4;
for (let c = 0; c < chunks; c++) {
  test(`malformed links give a usable app with a clear message (${c + 1} of ${chunks})`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const mine = links.filter((_, i) => i % chunks === c);
    for (const query of mine) {
      await page.goto(`/?${query}`);
      await expect(page.getByRole('heading', { level: 1 }), query).toBeVisible();
      await expect(page.locator('canvas, .figures-table').first(), query).toBeVisible();
      expect(await page.locator('#pwned').count(), query).toBe(0);
      expect(await page.evaluate(() => window.pwned), query).toBeUndefined();
      expect(await page.locator('#fatal-error').count(), query).toBe(0);
      if (!VALID.some((re) => re.test(query))) {
        await expect(page.locator('[role=alert], .version-notice').first(), `a message for ${query}`).toBeVisible();
      }
    }
    expect(errors).toEqual([]);
  });
}

test('there are at least 200 malformed links', () => {
  expect(links.length).toBeGreaterThanOrEqual(200);
});

test('an unknown indicator says so in words', async ({ page }) => {
  await page.goto('/?indicator=NOT_A_CODE');
  await expect(page.getByRole('alert')).toContainText('There is no indicator with the code “NOT_A_CODE”');
});

test('the app runs under a strict Content-Security-Policy: no inline script but the boot script, allowed by its hash', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  await page.goto('/?view=compare');
  await expect(page.locator('canvas')).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const hash = policy.match(/script-src 'self' 'sha256-([A-Za-z0-9+/=]+)' 'wasm-unsafe-eval';/)?.[1];
  expect(hash, policy).toBeTruthy();
  expect(policy).not.toContain('unsafe-inline');
  const inline = await page.locator('script:not([src])').evaluateAll((ss) => ss.map((s) => s.textContent));
  expect(inline).toHaveLength(1);
  const digest = await page.evaluate(async (text) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))))), inline[0]);
  expect(digest, 'the one inline script is the one the policy allows').toBe(hash);
  // Everything still works: a download, a view switch.
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator('.figures-table')).toBeVisible();
  expect(violations).toEqual([]);
});

test('a corrupt figures file marks that indicator unavailable, says which file and why, and the rest works', async ({ page }) => {
  const cpp = indicator('CPP_rate');
  const lac = indicator('LAC');
  // Valid JSON, but 2 values where there is one per area.
  const corrupt = { format: core.format, indicator: 'CPP_rate', years: [{ year: 2017, period: '2017', source: 'lait-2026-04', values: [1, 2], exceptions: null, derived: null }] };
  await page.route(`**/data/${figuresFile(cpp.code)}*`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(corrupt) }));
  await page.goto('/?view=table');
  const failed = page.locator('#view-panel').getByRole('alert');
  await expect(failed).toContainText(`${figuresFile(cpp.code)}: indicator CPP_rate (2017) has 2 values, expected one per area (${core.areas.length})`);
  await expect(page.locator('.figures-table')).toHaveCount(0);
  // Another indicator's table shows its figures.
  await page.getByLabel('Or browse by topic').selectOption('LAC');
  await expect(page.locator('.figures-table')).toContainText(bundled('LAC', 852, 2021).toFixed(lac.decimals));
  await expect(page.locator('#view-panel').getByRole('alert')).toHaveCount(0);
  // The file is fixed: back to the plan rate and try again.
  await page.unroute(`**/data/${figuresFile(cpp.code)}*`);
  await page.getByLabel('Or browse by topic').selectOption('CPP_rate');
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.figures-table')).toContainText('62.3');
});

/** The panic report is there, in words, as an alert. */
async function panicReported(page) {
  const fatal = page.locator('#fatal-error');
  await expect(fatal).toBeVisible();
  await expect(fatal).toHaveAttribute('role', 'alert');
  await expect(fatal).toContainText('Reloading the page usually fixes this');
}

test('a panic inside a component is reported without losing the page', async ({ page }) => {
  // The table has no first paint: the explorer's own page stays.
  await page.goto('/?view=table&debug-panic=1');
  await panicReported(page);
  await expect(page.locator('.site-title:visible')).toHaveCount(1);
  await expect(page.locator('#boot')).toHaveCount(0);
});

test('a panic in the explorer after its first paint is reported, and the chart stays without saying the choices are loading', async ({ page }) => {
  // The explorer's code held until the first paint has drawn the chart.
  const explorer = gate();
  await page.route(/\/explorer-[0-9a-f]+_bg\.wasm$/, explorer.hold);
  await page.goto('/?debug-panic=1');
  await drawn(page, '#boot.first-paint canvas', 'the first paint draws the chart');
  explorer.open();
  await panicReported(page);
  await expect(page.locator('.site-title:visible')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /Child Protection Plan/ })).toBeVisible();
  await expect(page.getByText('Loading the choices')).toBeHidden();
});

const dist = new URL('../../dist/', import.meta.url).pathname;

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit every view works with the network off, every file is cached, and old caches go', async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.evaluate(() => caches.open('explorer-old-release').then((c) => c.put('./stale', new Response('old'))));
    await expect(page.locator('canvas')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);

    // The service worker caches every file of the release (scripts/post-build.mjs
    // leaves out only itself, the demo host page and index.html, cached as "./"),
    // every indicator's figures included, whether viewed or not.
    const files = filesUnder(dist).filter((f) => !['sw.js', 'embed-demo.html', 'embed-demo.css', 'index.html'].includes(f));
    const cached = () => page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('explorer-'));
      const paths = names.length === 1 ? (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname) : [];
      return { names, paths };
    });
    await expect.poll(async () => (await cached()).paths.length, { timeout: 60_000, message: 'every file of the release is cached, in one cache' }).toBe(files.length + 1);
    const { names, paths } = await cached();
    expect(names).toHaveLength(1); // the old release's cache is gone
    expect(paths).toContain('/');
    for (const f of files) expect(paths).toContain(`/${f}`);
    for (const file of ['core.json', 'about.json', 'reported.csv', ...core.indicators.map((i) => figuresFile(i.code))]) expect(paths).toContain(`/data/${file}`);

    await context.setOffline(true);
    // The network is off for the service worker too: a file it does not cache cannot be fetched.
    expect(await page.evaluate(() => fetch('./sw.js', { cache: 'no-store' }).then(() => 'fetched', () => 'failed'))).toBe('failed');

    // Every view, and an indicator never viewed before, each opened from its
    // link and then reloaded, with the network off: its title, then its chart or table.
    const never = 'Stability_SocialWorker';
    // The explorer's heading is "indicator — council", an embedded chart's "indicator, council".
    const titled = (code, between = ' —') => (step) => expect(page.getByRole('heading', { level: 1 }), step).toContainText(`${indicator(code).name}${between} Southampton`);
    const chart = (selector) => (step) => expect.poll(() => ink(page, selector), { message: `chart drawn: ${step}`, timeout: 15_000 }).toBeGreaterThan(500);
    const views = [
      ['trend', '/?indicator=CPP_rate&area=852&view=trend', [titled('CPP_rate'), chart('#view-panel .chart.trend canvas')]],
      ['compare', '/?indicator=CPP_rate&area=852&view=compare', [titled('CPP_rate'), (step) => expect(page.locator('.rank'), step).toContainText('Southampton in'), chart('#view-panel .chart.compare canvas')]],
      ['table', '/?indicator=CPP_rate&area=852&view=table', [titled('CPP_rate'), (step) => expect(page.locator('.figures-table'), step).toContainText('62.3')]],
      // The pack and the local figures have titles of their own, not the indicator's heading.
      ['pack', '/?view=pack&area=852', [
        (step) => expect(page.locator('.pack-title'), step).toHaveText('Briefing pack: Southampton'),
        (step) => expect(page.locator('.pack-entry'), step).toHaveCount(14, { timeout: 15_000 }),
        (step) => expect(page.locator('.pack-entry').last().locator('canvas'), step).toBeVisible(),
      ]],
      ['local', '/?indicator=CPP_rate&area=852&view=local&local=contacts_monthly', [
        (step) => expect(page.locator('#view-panel h2.local-name'), step).toBeVisible(),
        (step) => expect(page.locator('#view-panel .local-table tbody tr').first(), step).toBeVisible(),
        chart('#view-panel .local-chart canvas'),
      ]],
      ['map', '/?indicator=CPP_rate&area=852&view=map', [titled('CPP_rate'), chart('#view-panel figure.map canvas')]],
      ['overview', '/?area=852&view=overview', [(step) => expect(page.locator('.overview-table tbody tr'), step).toHaveCount(14, { timeout: 15_000 })]],
      ['embed', '/?indicator=CPP_rate&area=852&view=trend&embed=1', [titled('CPP_rate', ','), chart('.embed canvas')]],
      [`an indicator never viewed (${never})`, `/?indicator=${never}&area=852&view=trend`, [titled(never), chart('#view-panel .chart.trend canvas')]],
    ];
    for (const [name, url, checks] of views) {
      for (const how of ['opened', 'reloaded']) {
        const step = `${name}, ${how} offline`;
        if (how === 'opened') await page.goto(url); else await page.reload();
        for (const check of checks) await check(step);
        await expect(page.getByRole('alert'), `no failure: ${step}`).toHaveCount(0);
      }
    }
    const manifest = await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.json()));
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
