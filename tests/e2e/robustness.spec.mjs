// Bad input: malformed links, a strict CSP, a panic. Offline use.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const catalogue = JSON.parse(readFileSync(new URL('../../public/data/catalogue.json', import.meta.url)));

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

test('the app runs under a strict Content-Security-Policy with no inline script', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  await page.goto('/?view=compare');
  await expect(page.locator('canvas')).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  // Everything still works: a download, a view switch.
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator('.figures-table')).toBeVisible();
  expect(violations).toEqual([]);
});

test('a corrupt year file marks that year unavailable and the rest works', async ({ page }) => {
  await page.route('**/data/2017.json*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"year":2017,"series":[{"indicator":"CPP_rate","period":"2017","source":"lait-2026-04","values":[1,2]}]}' }));
  await page.goto('/?view=table');
  await expect(page.getByRole('alert')).toContainText('2017.json: indicator CPP_rate has 2 values');
  await expect(page.locator('.figures-table')).toContainText('62.3');
});

test('a panic inside a component is reported without losing the page', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?debug-panic=1');
  const fatal = page.locator('#fatal-error');
  await expect(fatal).toBeVisible();
  await expect(fatal).toHaveAttribute('role', 'alert');
  await expect(fatal).toContainText('Reloading the page usually fixes this');
  await expect(page.locator('.site-title')).toBeVisible(); // the page is still there
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the explorer works with the network off, and old caches go', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(() => caches.open('explorer-old-release').then((c) => c.put('./stale', new Response('old'))));
    await expect(page.locator('canvas')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((n) => n.startsWith('explorer-'))).toHaveLength(1);
    const cached = await page.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname), names[0]);
    for (const year of catalogue.years) expect(cached).toContain(`/data/${year.file}`);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Child Protection Plan');
    await expect(page.locator('canvas')).toBeVisible();
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.locator('.figures-table')).toContainText('62.3');
    const manifest = await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.json()));
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
