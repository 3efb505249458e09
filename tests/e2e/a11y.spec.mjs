// WCAG 2.0-2.2 A and AA rules (axe-core) on every view, at desktop, tablet and phone widths, embeds in both themes.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';

// The app's CSP forbids injected scripts (tested in robustness.spec.mjs); axe needs one.
test.use({ bypassCSP: true });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const views = {
  trend: '/?indicator=CPP_rate&area=852&neighbours=851,373&view=trend',
  compare: '/?indicator=ReReferral&area=852&view=compare',
  'compare all councils': '/?indicator=ReReferral&area=852&view=compare&scope=all',
  table: '/?indicator=ReReferral&area=852&neighbours=851&view=table',
  'embed trend': '/?indicator=CPP_rate&area=852&view=trend&embed=1',
  'embed compare': '/?indicator=ReReferral&area=852&view=compare&embed=1',
  'embed trend, dark': '/?indicator=CPP_rate&area=852&view=trend&embed=1&theme=dark',
  'embed compare, dark': '/?indicator=ReReferral&area=852&view=compare&embed=1&theme=dark',
  'embed trend, light on a dark reader setting': '/?indicator=CPP_rate&area=852&view=trend&embed=1&theme=light',
  'trend, fitted axis': '/?indicator=CPP_rate&area=852&axis=fit',
  map: '/?indicator=CPP_rate&area=852&view=map',
  overview: '/?area=852&view=overview',
  'embed map': '/?indicator=CPP_rate&area=852&view=map&embed=1',
  'embed map, dark': '/?indicator=CPP_rate&area=852&view=map&embed=1&theme=dark',
  'embed overview': '/?area=852&view=overview&embed=1',
  'embed overview, dark': '/?area=852&view=overview&embed=1&theme=dark',
  'link problems': '/?indicator=NOPE&area=1',
  'reported figures': '/?indicator=LAC&area=852',
  'briefing pack': '/?view=pack&area=852',
  'reported locally': '/?view=local&local=contacts_monthly',
};

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + n.failureSummary.replace(/\n/g, ' ')).join('\n    ')}`);
  });
}

for (const [width, height] of [[1280, 900], [768, 1024], [360, 800]]) {
  for (const [name, url] of Object.entries(views)) {
    test(`no WCAG A/AA violations: ${name} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(url);
      await expect(page.locator('canvas, .figures-table, .local-table, .overview-table, .overview-spines').first()).toBeVisible();
      // The interactive page, not a first paint (audited below).
      await expect(page.locator('#boot')).toHaveCount(0, { timeout: 20_000 });
      // Open every disclosure so hidden content is audited too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      expect(await audit(page)).toEqual([]);
    });
  }
}

test('the audit itself catches a real violation', async ({ page }) => {
  await page.goto('/');
  // The explorer itself, not its first paint (behind which the page's other
  // parts are hidden, and so not audited).
  await expect(page.locator('#boot')).toHaveCount(0, { timeout: 20_000 });
  await page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', '<img src="data:," id="no-alt"><button id="empty-button"></button>'); });
  const found = await audit(page);
  expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
  expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
});

// The first paint (src/first_paint.rs) of the embeds and of the explorer's
// trend and compare links, held there: the interactive build's code never
// arrives.
const EMBED_CODE = '**/embedded-chart-*_bg.wasm';
const EXPLORER_CODE = '**/explorer-*_bg.wasm';
const firstPaints = [
  ...['embed trend', 'embed compare', 'embed trend, dark', 'embed compare, dark'].map((name) => [name, EMBED_CODE]),
  ...['trend', 'compare'].map((name) => [name, EXPLORER_CODE]),
];
for (const [width, height] of [[1280, 900], [360, 800]]) {
  for (const [name, interactiveCode] of firstPaints) {
    test(`no WCAG A/AA violations: ${name}'s first paint at ${width} px`, async ({ page }) => {
      await page.route(interactiveCode, () => {});
      await page.setViewportSize({ width, height });
      await page.goto(views[name]);
      await expect(page.locator('#boot.first-paint canvas')).toBeVisible();
      await expect(page.locator('#boot.first-paint h1')).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });
  }
}
