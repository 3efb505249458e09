// Issue 15, any council's own figures: a person loads a file of Leeds's
// figures, sees what can be used and what cannot (by line), saves them in
// this browser, sees them over the published series in the trend, the table,
// the briefing pack and the CSV download, reloads, and removes them; they
// never reach an embed. axe on the loading screen.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

import { indicator } from './bundled.mjs';

const HEADER = 'indicator,area,period,period_end,value,source,note';
const LEEDS_FILE = [
  HEADER,
  'CPP_rate,Leeds,Q4 2022-23,31/03/2023,"1,234.5",Leeds Scrutiny Board 14 June 2023,Rate as reported',
  'CPP_rate,Leeds,Q4 2023-24,2024-03-31,4x.1,Leeds Scrutiny Board 12 June 2024,',
  'CPP_rate,Nowhere,Q4 2023-24,2024-03-31,40,,',
  'CPP_rate,383,Q4 2023-24,2024-03-31,39.5 %,Leeds Scrutiny Board 12 June 2024,"<b>not markup</b>"',
].join('\r\n');

async function loadFile(page, name, text) {
  await page.getByLabel('Load your own figures').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a person loads Leeds\'s figures, sees them over the published ones everywhere, reloads, and removes them', async ({ page }) => {
  await page.goto('/?view=local&area=383');
  await expect(page.getByText('These figures stay on this device; nothing is uploaded.')).toBeVisible();

  // The template: the council chosen and the briefing pack's indicators.
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the template (CSV)' }).click()]);
  const templateText = readFileSync(await template.path(), 'utf8');
  expect(templateText.split("\n")[0]).toBe(`${HEADER},section,other_area,measure_as_reported,measure_name,unit,polarity,frequency,definition`);
  expect(templateText).toContain('CPP_rate,Leeds,,,,,');

  // A file with good and bad lines: the problems by line, the good kept.
  await loadFile(page, 'leeds-panel.csv', LEEDS_FILE);
  await expect(page.locator('.own-preview')).toContainText('2 figures can be used; 2 lines have problems.');
  await expect(page.locator('.own-problems')).toContainText('line 3: value ‘4x.1’ is not a number');
  await expect(page.locator('.own-problems')).toContainText('line 4: no council called ‘Nowhere’');
  await page.getByRole('button', { name: 'Save these 2 figures as “leeds-panel”' }).click();
  await expect(page.locator('.own-status')).toContainText('Saved “leeds-panel” in this browser: 2 figures.');
  await expect(page.locator('.own-sets')).toContainText('leeds-panel');

  // The trend of Leeds's child protection rate: the figures as reported, as text, with their source.
  await page.goto('/?indicator=CPP_rate&area=383&view=trend');
  const list = page.locator('details.reported-figures');
  await expect(list).toContainText('As reported locally (2 figures; not official statistics)');
  await expect(list).toContainText('Q4 2022-23: 1,234.5');
  await expect(list).toContainText('Leeds Scrutiny Board 12 June 2024');
  await expect(list.locator('b')).toHaveCount(0); // a note is text, never markup
  await expect(list).toContainText('<b>not markup</b>');

  // Sharing says they are not shared.
  await expect(page.locator('.own-not-shared')).toContainText('Your own figures (loaded in this browser) are not in a link, an embed or a snapshot');
  // The table view, and the CSV download.
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator('.reported-row')).toContainText('1,234.5');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Figures (CSV)' }).first().click()]);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('Leeds (as reported locally; not official statistics)');

  // The briefing pack.
  await page.goto('/?view=pack&area=383');
  const cpp = page.locator('.pack-entry').filter({ has: page.getByRole('heading', { name: indicator('CPP_rate').name, exact: true }) });
  await expect(cpp.locator('.pack-reported')).toContainText('Q4 2023-24: 39.5 %', { timeout: 30_000 });

  // They survive a reload, and never reach an embed or a share link.
  await page.goto('/?indicator=CPP_rate&area=383&view=trend&embed=1');
  await expect(page.locator('.embed canvas')).toBeVisible();
  await expect(page.locator('details.reported-figures')).toHaveCount(0);
  await page.goto('/?view=local&area=383');
  await expect(page.locator('.own-sets')).toContainText('leeds-panel');

  // Removed: gone from the trend.
  await page.getByRole('button', { name: 'Remove leeds-panel' }).click();
  await expect(page.locator('.own-sets')).toHaveCount(0);
  await page.goto('/?indicator=CPP_rate&area=383&view=trend');
  await expect(page.locator('#view-panel canvas')).toBeVisible();
  await expect(page.locator('details.reported-figures')).toHaveCount(0);
});

test('a file of another kind gets a clear message and nothing is saved', async ({ page }) => {
  await page.goto('/?view=local&area=383');
  await page.getByLabel('Load your own figures').setInputFiles({ name: 'figures.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\x03\x04 a workbook') });
  await expect(page.locator('.own-status')).toContainText('This is a spreadsheet workbook (such as .xlsx), not a CSV file.');
  await page.getByLabel('Load your own figures').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) });
  await expect(page.locator('.own-status')).toContainText('This is an image or a PDF');
  await expect(page.locator('.own-preview')).toHaveCount(0);
  await expect(page.locator('.own-sets')).toHaveCount(0);
});

test('figures pasted from a spreadsheet (tab separated) are read the same way', async ({ page }) => {
  await page.goto('/?view=local&area=383');
  await page.getByText('Or paste from a spreadsheet').click();
  await page.getByLabel('Paste the rows, with the header row').fill(`${HEADER.replaceAll(',', '\t')}\nLAC\tLeeds\t2024-25\t31/03/2025\t1 234\tPanel\t\n`);
  await page.getByRole('button', { name: 'Read the pasted figures' }).click();
  await expect(page.locator('.own-preview')).toContainText('1 figure can be used; no line has a problem.');
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });
  test('the loading screen for your own figures has no WCAG A/AA violations', async ({ page }) => {
  await page.goto('/?view=local&area=383');
  await loadFile(page, 'leeds-panel.csv', LEEDS_FILE);
  await expect(page.locator('.own-preview')).toBeVisible();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  expect(violations).toEqual([]);
});
});
