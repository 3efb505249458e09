// Issue 14, the overview: one row per indicator of a set for the council,
// each spine an image with its words; sortable; a link to each trend; CSV;
// a set by topic in the link; an unknown set said; a section of the pack.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { indicator } from './bundled.mjs';

test('the ready-made set for Southampton: a row per indicator, each spine described in words', async ({ page }) => {
  await page.goto('/?area=852&view=overview');
  const rows = page.locator('.overview-table tbody tr');
  await expect(rows).toHaveCount(14, { timeout: 30_000 });
  const cpp = rows.filter({ hasText: indicator('CPP_rate').name });
  await expect(cpp.getByRole('img')).toHaveAttribute('aria-label', /^Southampton [\d.,]+, .*England [\d.,]+; councils range [\d.,]+ to [\d.,]+\.$/);
  // Sorted by name, the rows are in alphabetical order.
  await page.getByRole('button', { name: 'By name' }).click();
  const names = await page.locator('.overview-table tbody th a').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  // The CSV.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the overview (CSV)' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.split('\n')[0]).toContain('indicator_code,indicator,area,period,value');
  expect(text.trim().split('\n')).toHaveLength(15);
  // A name opens its trend.
  await cpp.getByRole('link').click();
  await expect(page.getByRole('tab', { name: 'Trend over time', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(indicator('CPP_rate').name);
});

test('a topic in the link, and an unknown set said in words', async ({ page }) => {
  const topic = indicator('CPP_rate').topic;
  await page.goto(`/?area=852&view=overview&set=${encodeURIComponent(`topic:${topic}`)}`);
  await expect(page.getByLabel('Indicators', { exact: true })).toHaveValue(`topic:${topic}`);
  await expect(page.locator('.overview-table tbody tr').filter({ hasText: indicator('CPP_rate').name })).toHaveCount(1, { timeout: 30_000 });
  await page.goto('/?area=852&view=overview&set=topic:Nowhere');
  await expect(page.getByRole('alert')).toContainText('There is no set of indicators called “topic:Nowhere”');
  await expect(page.locator('.overview-table tbody tr')).toHaveCount(14, { timeout: 30_000 });
});

test('the overview is a section of the briefing pack', async ({ page }) => {
  await page.goto('/?area=852&view=pack');
  await expect(page.locator('.pack .overview-table tbody tr')).toHaveCount(14, { timeout: 30_000 });
});
