// "Download all the figures": every figure of a year as one CSV, gathered
// from the indicators' files with progress, and what happens when a file fails.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { bundled, core, indicator, figuresFile } from './bundled.mjs';

// The app's CSP forbids injected scripts; axe needs one.
test.use({ bypassCSP: true });
test.setTimeout(90_000);

const HEADER = 'area_code,area_name,indicator_code,indicator_name,period,year,value,unit,missing_reason,source';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Holds every figures file a little, so the gathering can be seen. */
async function slowFigures(page, ms = 40) {
  await page.route('**/data/figures/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

async function open(page) {
  await page.goto('/?indicator=CPP_rate&area=852');
  await expect(page.locator('canvas')).toBeVisible();
}

const section = (page) => page.getByRole('region', { name: 'Download all the figures' });

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run('.dataset-download', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('every figure of 2025 as one CSV, with progress while the figures are gathered', async ({ page }) => {
  await slowFigures(page);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await open(page);
  // The explorer's first build (after its chart's first paint) leaves the
  // download's code out: its button loads the page again in the fuller
  // build, which starts the download.
  expect(wasm).toEqual([expect.stringMatching(/^\/embed-first-[0-9a-f]{1,16}_bg\.wasm$/), expect.stringMatching(/^\/explorer-[0-9a-f]{1,16}_bg\.wasm$/)]);
  const years = section(page).getByLabel('Years');
  await expect(years.locator('option').first()).toHaveText(`All years (${core.years[0]} to ${core.years.at(-1)})`);
  await years.selectOption('2025');
  // By keyboard: the button is reached and pressed like any other.
  await section(page).getByRole('button', { name: 'Download CSV' }).focus();
  const downloaded = page.waitForEvent('download', { timeout: 80_000 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#all-figures=2025$/);
  await expect.poll(() => wasm.some((u) => /^\/explorer-full-[0-9a-f]{16}_bg\.wasm$/.test(u))).toBe(true);
  // The same chart, and the choice carried over.
  await expect(page.locator('canvas')).toBeVisible();
  await expect(section(page).getByLabel('Years')).toHaveValue('2025');

  const status = section(page).getByRole('status');
  await expect(status).toContainText(new RegExp(`Gathering the figures: \\d+ of ${core.indicators.length} indicators`));
  await expect(status.locator('progress')).toHaveAttribute('max', String(core.indicators.length));

  const file = await downloaded;
  expect(file.suggestedFilename()).toBe('childrens-services-2025.csv');
  const lines = readFileSync(await file.path(), 'utf8').trimEnd().split('\n');
  expect(lines[0]).toBe(HEADER);
  expect(bundled('CPP_rate', 852, 2025).toFixed(1)).toBe('57.3');
  const southampton = lines.filter((l) => /^852,Southampton,CPP_rate,.*,2025,57\.3,"Rate per 10,000",,/.test(l));
  expect(southampton).toHaveLength(1);
  expect(lines.filter((l) => l.includes(',CPP_rate,')).length).toBeGreaterThan(150);
  await expect(status).toContainText(`Downloaded childrens-services-2025.csv: ${(lines.length - 1).toLocaleString('en-GB')} rows`);
  // The outcome is in sight (what loaded after the chart pushed it down).
  await expect(section(page).getByRole('status')).toBeInViewport();
  // The address no longer asks for the download, so reloading does not repeat it.
  expect(page.url()).not.toContain('#all-figures');
  expect(new URL(page.url()).searchParams.get('indicator')).toBe('CPP_rate');
  expect(await axe(page)).toEqual([]);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await section(page).screenshot({ path: `test-results/dataset-download-${width}.png` });
  }
});

test('a file that fails is named, retried, or left out of a file that says it is incomplete', async ({ page }) => {
  const lac = indicator('LAC');
  await page.route(`**/data/${figuresFile(lac.code)}*`, (route) => route.abort('internetdisconnected'));
  await open(page);
  const years = section(page).getByLabel('Years');
  await years.selectOption('2025');
  // From the first build: the page loads again in the fuller build and
  // starts; from then on the button works in place (below).
  await section(page).getByRole('button', { name: 'Download CSV' }).click();

  const alert = section(page).getByRole('alert');
  // Once every other file is here (435 of them: this can take a while on a busy machine).
  await expect(alert).toContainText('The figures of 1 indicator could not be loaded, so a file of 2025 would leave them out:', { timeout: 60_000 });
  await expect(alert.getByRole('listitem')).toHaveCount(1);
  await expect(alert.getByRole('listitem')).toContainText(lac.name);
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  await section(page).screenshot({ path: 'test-results/dataset-download-incomplete-360.png' });

  const [partial] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    alert.getByRole('button', { name: 'Download without them (incomplete)' }).click(),
  ]);
  expect(partial.suggestedFilename()).toBe('childrens-services-2025-incomplete.csv');
  const lines = readFileSync(await partial.path(), 'utf8').trimEnd().split('\n');
  expect(lines[0]).toBe(HEADER);
  expect(lines.some((l) => l.includes(',LAC,'))).toBe(false);
  expect(lines.some((l) => l.includes(',CPP_rate,'))).toBe(true);
  await expect(section(page).getByRole('status')).toContainText('It is incomplete: the figures of 1 indicator could not be loaded');

  // Once the file loads, a new download holds it and is complete.
  await page.unroute(`**/data/${figuresFile(lac.code)}*`);
  const [full] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    section(page).getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(full.suggestedFilename()).toBe('childrens-services-2025.csv');
  expect(readFileSync(await full.path(), 'utf8').includes(',LAC,')).toBe(true);
  await expect(section(page).getByRole('alert')).toHaveCount(0);
});
