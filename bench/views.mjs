// Desktop figures of the fuller build's views (issue 14's budgets):
// - the overview of the ready-made set (PACK_SIZE indicators), from cold:
//   the work from the last of its figures files arriving (the app's
//   `figures-arrived` mark, made as each file has been read, before the page
//   updates) until every row is in the table, read at the first task after
//   the table's rows are there (so all the page's reactive updates are done);
// - the map redrawn on a change of year: the work, as the other redraws
//   (desktop.mjs `timeRedraw`), alternating between two years, once the
//   offline cache has filled.
import { median, offlineCacheFilled, PACK_SIZE, timeRedraw } from './desktop.mjs';

// Set before the app runs: when the overview table first has all its rows,
// the time of the next task after that.
const watchOverview = (rows) => {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.overview-table tbody tr').length < rows) return;
    observer.disconnect();
    const c = new MessageChannel();
    c.port1.onmessage = () => { window.benchOverviewDone = performance.now(); };
    c.port2.postMessage(0);
  });
  observer.observe(document, { childList: true, subtree: true });
};

export async function runViews(browser, url, runs) {
  const samples = { overview: [], overviewFiles: [], mapYear: [], mapYearFrame: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watchOverview, PACK_SIZE);
    await page.goto(`${url}?area=852&view=overview&set=ready`);
    await page.waitForFunction(() => window.benchOverviewDone !== undefined, null, { timeout: 60_000 });
    const o = await page.evaluate(() => {
      const arrived = performance.getEntriesByName('figures-arrived');
      return { work: window.benchOverviewDone - arrived[arrived.length - 1].startTime, files: arrived.length };
    });
    samples.overview.push(o.work);
    samples.overviewFiles.push(o.files);
    await page.close();

    const map = await context.newPage();
    await map.goto(`${url}?indicator=CPP_rate&area=852&view=map`);
    await map.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: 60_000 });
    await map.waitForSelector('#compare-year option:nth-child(2)', { state: 'attached' });
    await offlineCacheFilled(map);
    const [latest, before] = await map.$$eval('#compare-year option', (os) => os.slice(0, 2).map((o) => o.value));
    // Each year drawn once untimed, then alternated; the median kept.
    await timeRedraw(map, { select: '#compare-year', value: before });
    await timeRedraw(map, { select: '#compare-year', value: latest });
    const redraws = [];
    for (const year of [before, latest, before, latest, before]) redraws.push(await timeRedraw(map, { select: '#compare-year', value: year }));
    samples.mapYear.push(median(redraws.map((r) => r.work)));
    samples.mapYearFrame.push(median(redraws.map((r) => r.frame)));
    await context.close();
  }
  return samples;
}
