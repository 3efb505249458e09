// Charts the public meets: embed view, host-page resizing, share link, downloads.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { bundled, core, latestYear } from './bundled.mjs';

/** The plan rate's latest year and the one before, as the embed's summary reads them. */
const CPP_LAST = latestYear('CPP_rate');
const cppSummary = () => {
  const now = bundled('CPP_rate', 852, CPP_LAST);
  const before = bundled('CPP_rate', 852, CPP_LAST - 1);
  return `${now.toFixed(1)} per 10,000 at 31 March ${CPP_LAST}, ${now > before ? 'up' : 'down'} from ${before.toFixed(1)} a year earlier`;
};

for (const width of [320, 1000]) {
  test(`embed view at ${width} px: title, summary, source, explore link, no controls`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/?indicator=CPP_rate&area=852&view=trend&embed=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Child Protection Plan - rate, Southampton/);
    await expect(page.locator('#trend-summary')).toContainText(cppSummary());
    await expect(page.getByText('Contains public sector information licensed under the Open Government Licence v3.0.')).toBeVisible();
    const explore = page.getByRole('link', { name: /Explore this data/ });
    const href = await explore.getAttribute('href');
    expect(href).toContain('indicator=CPP_rate');
    expect(href).not.toContain('embed=1');
    await expect(page.locator('select, input[type=search], [role=tablist]')).toHaveCount(0);
    await expect(page.locator('canvas')).toBeVisible();
    await page.screenshot({ path: `test-results/embed-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('compare embed shows the rank and no year or scope controls', async ({ page }) => {
  await page.goto('/?indicator=ReReferral&area=852&view=compare&embed=1');
  await expect(page.locator('.rank')).toContainText(`Southampton in ${latestYear('ReReferral')}:`);
  await expect(page.locator('#compare-summary')).toContainText('quartile band');
  await expect(page.getByLabel('Year')).toBeHidden();
});

test('the demo host page resizes each iframe to its chart', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('/embed-demo.html');
  for (const id of ['demo-trend', 'demo-compare']) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.locator('canvas')).toBeVisible();
    await expect.poll(async () => page.evaluate((id) => {
      const iframe = document.getElementById(id);
      const content = iframe.contentDocument.body.getBoundingClientRect().height;
      return Math.abs(iframe.getBoundingClientRect().height - content) <= 4 && content > 300;
    }, id), { timeout: 10_000 }).toBe(true);
  }
  await page.screenshot({ path: 'test-results/embed-demo.png', fullPage: true });
});

test('a link made with older figures says so', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852&embed=1&v=0000');
  await expect(page.getByText('Figures updated since this chart was shared')).toBeVisible();
  await page.goto(`/?indicator=CPP_rate&area=852&embed=1&v=${core.data_version}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Figures updated since this chart was shared')).toHaveCount(0);
});

test('copy link gives the current view with its data version, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?indicator=ReReferral&area=851&view=table');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('indicator=ReReferral');
  expect(copied).toContain('area=851');
  expect(copied).toContain(`v=${core.data_version}`);
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  const code = await page.locator('#embed-code').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?indicator=ReReferral.*&embed=1&v=[0-9a-f]+" title="[^"]+"/);
  expect(code).toContain('embed.js');
});

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('downloads: CSV matches the figures, PNG is a 2x image, SVG parses', async ({ page }) => {
  await page.goto('/?indicator=CPP_rate&area=852&view=trend&region=0');
  await expect(page.locator('canvas')).toBeVisible();
  // The figures reported locally arrive after the first chart; then they are in the CSV too.
  await expect(page.locator('details.reported-figures')).toBeVisible();

  const csv = await download(page, 'Figures (CSV)');
  expect(csv.name).toBe(`southampton-children-subject-child-protection-plan-rate-${core.years[0]}-${CPP_LAST}.csv`);
  const lines = csv.bytes.toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('area_code,area_name,indicator_code,indicator_name,period,year,value,unit,missing_reason,source');
  // Southampton, neighbour average, England, every year to the latest; then
  // the figures Southampton reported locally, named as such.
  const local = lines.filter((l) => l.includes('Southampton (as reported locally; not official statistics)'));
  expect(lines.length - 1 - local.length).toBe(3 * (CPP_LAST - core.years[0] + 1));
  expect(local.length).toBe(await page.locator('details.reported-figures li').count());
  const southampton2021 = lines.find((l) => l.startsWith('852,Southampton,') && l.includes(',2021,'));
  expect(southampton2021).toContain(`,${bundled('CPP_rate', 852, 2021).toFixed(1)},`);
  for (const line of lines.filter((l) => l.startsWith('970,England,'))) {
    const year = Number(line.match(/,(20\d\d),/)[1]);
    expect(line).toContain(`,${bundled('CPP_rate', 970, year).toFixed(1)},`);
  }

  const png = await download(page, 'Image (PNG)');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.readUInt32BE(16)).toBe(1600); // IHDR width: 800 CSS px at 2x
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(1000);

  const svg = await download(page, 'Image (SVG)');
  expect(svg.name).toMatch(/\.svg$/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length, text: doc.documentElement.textContent };
  }, svg.bytes.toString('utf8'));
  expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
  expect(parsed.text).toContain('Southampton');
  expect(parsed.text).toContain('Open Government');
});

test('compare view downloads the ranking', async ({ page }) => {
  await page.goto('/?indicator=ReReferral&area=852&view=compare');
  await expect(page.locator('canvas')).toBeVisible();
  const csv = await download(page, 'Figures (CSV)');
  expect(csv.name).toBe(`southampton-re-referrals-children-s-social-care-within-12-${latestYear('ReReferral')}-ranking.csv`);
  const rows = csv.bytes.toString('utf8').trim().split('\n');
  expect(rows.some((r) => r.startsWith('852,Southampton,ReReferral,'))).toBe(true);
});
