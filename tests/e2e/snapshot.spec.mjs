// The snapshot embed: taken from "Embed this chart" and put in a blank page
// with JavaScript off, it shows the chart, its summary as the chart's
// description, the figures (collapsed) exactly as the page's table has them,
// source, licence, data version, date and live link; it fetches nothing, and
// passes axe's WCAG 2.0-2.2 A and AA rules from 300 to 1200 px.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const charts = {
  trend: '/?indicator=CPP_rate&area=852&view=trend',
  compare: '/?indicator=CPP_rate&area=852&view=compare',
};

const decode = (text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Each row of the figures table as the texts of its cells. */
const rowsOf = (table) => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));

/** What the explorer shows for the chart at `url`, and the snapshot code it offers. */
async function fromExplorer(page, url) {
  await page.goto(url);
  await expect(page.locator('canvas')).toBeVisible();
  // The compare table's rows are built when it is opened.
  const details = page.locator('details.figures', { hasText: 'Figures in this chart, as a table' });
  await details.locator('summary').click();
  const figures = details.locator('table');
  await expect(figures.locator('tbody tr').first()).toBeAttached();
  const summary = (await page.locator('#trend-summary, #compare-summary').first().textContent()).trim();
  const rows = await rowsOf(figures);
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  // The live code names the chart and carries the link's data version.
  const live = await page.locator('#embed-code').inputValue();
  const title = decode(live.match(/title="([^"]*)"/)[1]);
  const src = new URL(decode(live.match(/src="([^"]*)"/)[1]));
  await page.getByLabel('Snapshot (HTML, no script)').check();
  await expect(page.locator('#embed-code')).toHaveValue(/^<div class="cse-snap"/);
  const code = await page.locator('#embed-code').inputValue();
  return { summary, rows, title, src, code };
}

/** A blank page holding `code`, JavaScript off, every request counted and refused. */
async function blankPageWith(browser, code) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const requests = [];
  await context.route('**', (route) => { requests.push(route.request().url()); return route.abort(); });
  const page = await context.newPage();
  await page.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A council page</title></head><body>${code}</body></html>`);
  return { context, page, requests };
}

/** axe in a copy of the page with scripts on (the snapshot has none, so the
 * document is the same), with every disclosure open. */
async function audit(browser, code, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A council page</title></head><body>${code}</body></html>`);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + n.failureSummary.replace(/\n/g, ' ')).join('\n    ')}`);
  });
  await context.close();
  return violations;
}

for (const [name, url] of Object.entries(charts)) {
  test(`snapshot of the ${name} chart: shown with no script, no requests, passes axe at 300 to 1200 px`, async ({ page, browser }) => {
    const explorer = await fromExplorer(page, url);
    expect(explorer.code).not.toMatch(/<script/i);
    const { context, page: host, requests } = await blankPageWith(browser, explorer.code);

    for (const width of [300, 360, 1200]) {
      await host.setViewportSize({ width, height: 900 });
      // One drawing shows, named by the title and described by the summary.
      const chart = host.locator('svg[role="img"]:visible');
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAccessibleName(explorer.title);
      await expect(chart).toHaveAccessibleDescription(explorer.summary);
      const box = await chart.boundingBox();
      expect(box.width).toBeGreaterThan(width * 0.6);
      expect(box.width).toBeLessThanOrEqual(width);
      expect(await host.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // Its smallest text stays legible.
      const smallest = await chart.evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)));
      expect(smallest, `smallest chart text at ${width} px`).toBeGreaterThanOrEqual(9);
      if (width !== 360) {
        await host.screenshot({ path: `test-results/snapshot-${name}-${width}.png`, fullPage: true });
      }
      expect(await audit(browser, explorer.code, width), `axe at ${width} px`).toEqual([]);
    }

    await expect(host.getByText(explorer.title, { exact: true })).toBeVisible();
    await expect(host.getByText(explorer.summary, { exact: true })).toBeVisible();
    // The figures: collapsed, then exactly the page's table once opened.
    const table = host.locator('details table');
    await expect(host.locator('details')).not.toHaveAttribute('open');
    await expect(table).toBeHidden();
    await host.getByText('Figures in this chart, as a table').click();
    await expect(table).toBeVisible();
    expect(explorer.rows.length).toBeGreaterThan(1);
    expect(await rowsOf(table)).toEqual(explorer.rows);
    // Source, licence, data version, date and the live link.
    const version = explorer.src.searchParams.get('v');
    await expect(host.getByText(/^Source: .*Contains public sector information licensed under the Open Government Licence v3\.0\.$/)).toBeVisible();
    await expect(host.getByRole('link', { name: 'Open Government Licence v3.0' })).toHaveAttribute('href', 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(host.getByText(`A snapshot made on ${today} from data version ${version}: its figures will not change.`, { exact: false })).toBeVisible();
    const liveLink = new URL(await host.getByRole('link', { name: 'See the live chart' }).getAttribute('href'));
    const expected = new URL(explorer.src);
    expected.searchParams.delete('embed');
    expect([...liveLink.searchParams].sort()).toEqual([...expected.searchParams].sort());
    expect(liveLink.origin + liveLink.pathname).toBe(expected.origin + expected.pathname);
    // The only addresses in it are the two links; nothing was fetched.
    expect(explorer.code.match(/https?:\/\/[^"\s<]+/g).length).toBe(2);
    expect(requests).toEqual([]);
    await context.close();
  });
}

test('the snapshot downloads as a page of its own, named after the chart', async ({ page, browser }) => {
  const explorer = await fromExplorer(page, charts.trend);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download snapshot (HTML)' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^southampton-.*-snapshot\.html$/);
  const html = readFileSync(await file.path(), 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  expect(html).toContain(explorer.code);
  await expect(page.getByText('Snapshot downloaded.')).toBeVisible();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const opened = await context.newPage();
  await opened.setContent(html);
  await expect(opened).toHaveTitle(explorer.title);
  await context.close();
});

test('the embed panel explains which to use and offers the download with the snapshot only', async ({ page }) => {
  await page.goto(charts.trend);
  await expect(page.locator('canvas')).toBeVisible();
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  await expect(page.getByText(/live chart shows the latest figures .* the snapshot never changes/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Live chart (iframe)' })).toBeChecked();
  await expect(page.locator('#embed-code')).toHaveValue(/^<iframe /);
  await page.getByRole('radio', { name: 'Snapshot (HTML, no script)' }).check();
  await expect(page.getByRole('button', { name: 'Copy snapshot code' })).toBeVisible();
  await page.getByRole('radio', { name: 'Live chart (iframe)' }).check();
  await expect(page.locator('#embed-code')).toHaveValue(/^<iframe /);
  await expect(page.getByRole('button', { name: 'Download snapshot (HTML)' })).toHaveCount(0);
});
