// Issue 14, the overview and the map embedded (`embed=1`): drawn by the
// explorer's fuller build (the boot script's rule, childstats::model::build),
// compact, with a title, a plain-English summary, the figures as a folded
// table, source, licence, "Explore this data", the map's layout credit;
// light or dark; never a person's own figures. The map's PNG and SVG
// downloads, drawn by the map's own function. axe: a11y.spec.mjs.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { ink } from './canvas.mjs';
import { indicator, latestYear } from './bundled.mjs';

const OVERVIEW = '/?area=852&view=overview&embed=1';
const MAP = '/?indicator=CPP_rate&area=852&view=map&embed=1';
const wasm = (urls) => urls.filter((u) => u.endsWith('.wasm'));
// The map's title: the measure and the latest year with figures.
const MAP_TITLE = `${indicator('CPP_rate').name}: every council, ${latestYear('CPP_rate')}`;

/** Waits until the embed's figure is there: the map drawn, or the overview's spines. */
async function drawn(page, url) {
  if (url.includes('view=map')) await expect.poll(() => ink(page, '.embed canvas'), { timeout: 20_000 }).toBeGreaterThan(2000);
  else await expect(page.locator('.overview-spines li').first()).toBeVisible({ timeout: 20_000 });
}

test('an embed of the overview or the map loads the fuller build; of the trend or a table, the small one, the trend after its first paint', async ({ page }) => {
  const [full, embed, first] = [/^\/explorer-full-/, /^\/embedded-chart-/, /^\/embed-first-/];
  for (const [url, builds] of [[OVERVIEW, [full]], [MAP, [full]],
    ['/?indicator=CPP_rate&area=852&view=trend&embed=1', [first, embed]], ['/?indicator=CPP_rate&area=852&view=compare&embed=1', [first, embed]],
    ['/?indicator=CPP_rate&area=852&view=trend&embed=1&theme=dark', [first, embed]], ['/?indicator=CPP_rate&area=852&view=table&embed=1', [embed]]]) {
    const urls = [];
    const listen = (r) => urls.push(new URL(r.url()).pathname);
    page.on('request', listen);
    await page.goto(url);
    await expect(page.locator('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
    expect(wasm(urls), url).toEqual(builds.map((b) => expect.stringMatching(b)));
    page.off('request', listen);
  }
  // The table's embed shows the trend, and says why.
  await expect(page.getByRole('alert')).toContainText('so this one shows the trend');
});

for (const [width, height] of [[360, 640], [1280, 900]]) {
  for (const theme of ['light', 'dark']) {
    test(`the overview embedded at ${width} px, ${theme}: title, summary, spines, folded table, source and link`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${OVERVIEW}&theme=${theme}`);
      await drawn(page, OVERVIEW);
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /theme-dark/ : /^(?!.*theme-dark)/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('At a glance: Southampton');
      await expect(page.locator('#overview-summary')).toContainText(/^Southampton, on 14 indicators: band A \(the best quarter of councils\) on \d+/);
      await expect(page.locator('.overview-spines li')).toHaveCount(14);
      await expect(page.locator('.overview-spines svg[role=img]').first()).toHaveAttribute('aria-label', /^Southampton /);
      const table = page.locator('details.figures');
      await expect(table).not.toHaveAttribute('open', '');
      await table.locator('summary').click();
      await expect(table.locator('.overview-table tbody tr')).toHaveCount(14);
      await table.locator('summary').click();
      await expect(page.locator('.embed-source')).toContainText('Open Government Licence');
      await expect(page.getByRole('link', { name: /Explore this data/ })).toHaveAttribute('href', /view=overview/);
      // No controls: no set choice, no tabs.
      await expect(page.locator('#overview-set, [role=tab]')).toHaveCount(0);
      await compact(page, width, 1500);
    });

    test(`the map embedded at ${width} px, ${theme}: title, key, summary, credit, folded table, downloads`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${MAP}&theme=${theme}`);
      await drawn(page, MAP);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(MAP_TITLE);
      await expect(page.locator('#map-summary')).toContainText('Southampton');
      await expect(page.locator('.map-legend')).toContainText('Outlined: Southampton');
      await expect(page.locator('figure.map')).toContainText('Hex layout: Open Innovations');
      await expect(page.locator('details.figures')).not.toHaveAttribute('open', '');
      await expect(page.locator('.embed-source')).toContainText('Open Government Licence');
      await expect(page.getByRole('link', { name: /Explore this data/ })).toHaveAttribute('href', /view=map/);
      await expect(page.locator('.downloads button')).toHaveCount(3);
      await expect(page.locator('#compare-year')).toHaveCount(0); // the link says the year
      // The map's own background: dark on a dark page, white on a light one.
      const corner = await page.locator('.embed canvas').evaluate((c) => [...c.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
      const sum = corner.reduce((a, b) => a + b, 0);
      if (theme === 'dark') expect(sum).toBeLessThan(120);
      else expect(sum).toBeGreaterThan(700);
      await compact(page, width, 1400);
    });
  }
}

/** No sideways scrolling, and at most `max` px tall on a phone. */
async function compact(page, width, max) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  if (width <= 360) expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(max);
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

for (const [where, url] of [['explorer', '/?indicator=CPP_rate&area=852&view=map'], ['embed', `${MAP}&theme=dark`]]) {
  test(`the map's PNG and SVG downloads (${where}): the map with its title, key, credit and source, light`, async ({ page }) => {
    await page.goto(url);
    await expect.poll(() => ink(page, 'canvas'), { timeout: 20_000 }).toBeGreaterThan(2000);
    const svg = await download(page, 'Image (SVG)');
    expect(svg.name).toMatch(/^southampton-.*-20\d\d-map\.svg$/);
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length, text: doc.documentElement.textContent };
    }, text);
    expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
    // The title, wrapped over lines of the image.
    expect(parsed.text.replace(/\s+/g, ' ')).toContain(MAP_TITLE);
    expect(parsed.text).toContain('Hex layout: Open Innovations');
    expect(parsed.text).toContain('Outlined: Southampton');
    expect(parsed.text).toContain('Open Government Licence');
    expect((text.match(/<polygon/g) || []).length).toBeGreaterThan(140); // a hex per council
    expect(text).toMatch(/<rect[^>]*fill="#FFFFFF"/i); // light, whatever the page's theme

    const png = await download(page, 'Image (PNG)');
    expect(png.name).toMatch(/^southampton-.*-20\d\d-map\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBe(1600); // 800 CSS px at 2x
    expect(png.bytes.length).toBeGreaterThan(20_000);

    const csv = await download(page, 'Figures (CSV)');
    expect(csv.name).toMatch(/-map\.csv$/);
    expect(csv.bytes.toString('utf8').split('\n').length).toBeGreaterThan(140);
  });
}

test('the overview and the map offer their embed code (live only), and an embed never shows a person\'s own figures', async ({ page }) => {
  for (const view of ['overview', 'map']) {
    await page.goto(`/?indicator=CPP_rate&area=383&view=${view}`);
    await page.getByRole('button', { name: 'Embed this chart' }).click({ timeout: 20_000 });
    await expect(page.locator('#embed-code')).toHaveValue(new RegExp(`view=${view}.*&embed=1&v=[0-9a-f]+"`));
    await expect(page.locator('#embed-snapshot')).toHaveCount(0);
  }
  // Leeds's own figures saved in this browser...
  await page.goto('/?view=local&area=383');
  const file = 'indicator,area,period,period_end,value,source,note\r\nCPP_rate,Leeds,Q4 2023-24,2024-03-31,39.5,Leeds Scrutiny Board 12 June 2024,\r\n';
  await page.getByLabel('Load your own figures').setInputFiles({ name: 'leeds.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: /^Save these 1 figures?/ }).click();
  await expect(page.locator('.own-sets')).toContainText('leeds');
  // ...are in neither embed, nor the map's figures.
  for (const url of ['/?area=383&view=overview&embed=1', '/?indicator=CPP_rate&area=383&view=map&embed=1']) {
    await page.goto(url);
    await drawn(page, url);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await expect(page.locator('body')).not.toContainText('Leeds Scrutiny Board');
    await expect(page.locator('body')).not.toContainText('reported locally');
  }
});
