// The briefing pack, printed to PDF by Chromium, as a councillor takes it into a meeting.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';

import { latestYear, reportedFigures } from './bundled.mjs';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

test('the ready-made pack for Southampton prints with every indicator heading and summary', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=pack&area=852');
  const entries = page.locator('.pack-entry');
  await expect(entries).toHaveCount(14);
  await expect(entries.last().locator('canvas')).toBeVisible();
  await expect(page.locator('.flag-list li').first()).toBeVisible();
  const headings = await entries.locator('h2').allInnerTexts();
  const summaries = await entries.locator('.summary').allInnerTexts();
  // Flagged first page: most serious first means no entry after one with more flags.
  const flagCounts = (await page.locator('.flag-list li').allInnerTexts()).map((t) => t.split(';').length);
  expect(flagCounts).toEqual([...flagCounts].sort((a, b) => b - a));

  mkdirSync('test-results/pack', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'test-results/pack/pack.pdf', format: 'A4', printBackground: true });
  const pages = Number(execFileSync('pdfinfo', ['test-results/pack/pack.pdf']).toString().match(/Pages:\s+(\d+)/)[1]);
  expect(pages).toBeGreaterThanOrEqual(1 + 14); // a first page, then a page per indicator
  expect(pages).toBeLessThanOrEqual(1 + 14 * 2);
  const text = squash(execFileSync('pdftotext', ['-layout', 'test-results/pack/pack.pdf', '-']).toString());
  const flat = squash(execFileSync('pdftotext', ['test-results/pack/pack.pdf', '-']).toString());
  expect(flat).toContain('Briefing pack: Southampton');
  for (const h of headings) expect(flat, h).toContain(squash(h));
  for (const s of summaries) expect(flat, s.slice(0, 60)).toContain(squash(s));
  expect(text).not.toContain('Print or save as PDF'); // no controls printed
  execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '3', 'test-results/pack/pack.pdf', 'test-results/pack/page']);
});

test('a councillor can build a pack of their own indicators and it is in the link', async ({ page }) => {
  await page.goto('/?indicator=LAC&area=852&view=pack&pack=CPP_rate');
  await expect(page.locator('.pack-entry')).toHaveCount(1);
  await page.getByRole('button', { name: /^Add “Children looked after rate/ }).click();
  await expect(page.locator('.pack-entry')).toHaveCount(2);
  await expect(page).toHaveURL(/pack=CPP_rate%7CLAC/);
  await page.getByText(/Indicators in this pack/).click();
  await page.getByRole('button', { name: /Remove Children who are the subject/ }).click();
  await expect(page.locator('.pack-entry')).toHaveCount(1);
  await page.getByRole('button', { name: /ready-made/ }).click();
  await expect(page.locator('.pack-entry')).toHaveCount(14);
});

test('changed since the last meeting lists new figures, turns first', async ({ page }) => {
  await page.goto('/?view=pack&area=852');
  await page.getByLabel('Figures the panel last saw were for').selectOption('2022');
  const items = page.locator('.changed-list li');
  await expect(items.first()).toBeVisible();
  await expect(items.first()).toContainText('new figures for 2023, 2024');
  const turned = await items.evaluateAll((lis) => lis.map((li) => li.classList.contains('turned')));
  expect(turned).toEqual([...turned].sort((a, b) => Number(b) - Number(a))); // every turn before every non-turn
});

test('what the panel was told: reported figures on the chart, cited, with the difference explained', async ({ page }) => {
  await page.goto('/?indicator=LAC&area=852');
  const reported = page.locator('.reported-figures');
  await expect(reported).toContainText('Q4 2020/2021: 97');
  await expect(reported).toContainText('Published now: 100. The report used the council\'s own figures at the time; DfE publishes rates from its census returns with its current population estimates');
  await expect(reported).toContainText('Southampton Safeguarding Children Partnership Annual Report 2020/2021');
  await page.locator('.chart-box').focus();
  // From the chart's last year back to 2021, the year of the figure reported in Q4 2020/2021.
  await page.keyboard.press('End');
  for (let year = latestYear('LAC'); year > 2021; year--) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#trend-readout')).toContainText('As reported (Q4 2020/2021): 97');
});

test('local indicators with no published equivalent are browsable, each figure cited', async ({ page }) => {
  const contacts = reportedFigures().filter((f) => f.indicator === 'contacts_monthly');
  await page.goto('/?view=local&local=contacts_monthly');
  await expect(page.getByLabel('Measure reported locally')).toHaveValue('contacts_monthly');
  const rows = page.locator('.local-table tbody tr');
  await expect(rows).toHaveCount(contacts.length);
  await expect(rows.first()).toContainText(contacts.sort((a, b) => a.period_end.localeCompare(b.period_end))[0].value);
  await page.getByLabel('Measure reported locally').selectOption({ index: 0 });
  const first = await page.getByLabel('Measure reported locally').inputValue();
  await expect(page).toHaveURL(new RegExp(`[?&]local=${first}(&|$)`));
});

test('local measures are found by search and browse like the others, and charted', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Search by words').fill('contacts');
  const result = page.getByRole('button', { name: /Contacts to the children's social care front door \(month\).*Reported locally by Southampton/ });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('tab', { name: 'Reported locally' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.local-chart canvas')).toBeVisible();
  await page.screenshot({ path: 'test-results/local-view.png', fullPage: false });
  await page.goto('/');
  await page.getByLabel('Or browse by topic').selectOption('local:contacts_monthly');
  await expect(page.getByLabel('Measure reported locally')).toHaveValue('contacts_monthly');
  // The list says which measure is shown, and goes back to the indicator after.
  await expect(page.getByLabel('Or browse by topic')).toHaveValue('local:contacts_monthly');
  await page.getByRole('tab', { name: 'Trend over time' }).click();
  await expect(page.getByLabel('Or browse by topic')).toHaveValue('CPP_rate');
});
