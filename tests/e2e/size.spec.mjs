// What a visitor downloads stays within its size budgets (issues 6 and 13): a size is
// deterministic for a build, unlike a timing, so it is checked on every run
// (the timed budgets are measured by the benchmark, `./dev bench`).
import { test, expect } from '@playwright/test';

import { BUDGETS, CEILINGS, sizes } from '../../bench/sizes.mjs';
import { core } from './bundled.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;

test('the bundled data and the app code are within their budgets, and the fuller build within its ceiling, gzipped', () => {
  const measured = sizes(dist);
  // Every file the core names (each indicator's figures, the long texts), the
  // core itself and reported.csv are counted, so the data cannot pass by being missing.
  expect(measured.dataFiles).toBeGreaterThanOrEqual(core.indicators.length + 3);
  expect(measured.appCodeGz, `the explorer's code is ${measured.appCodeGz} bytes gzipped (budget ${BUDGETS.appCodeGz})`).toBeLessThanOrEqual(BUDGETS.appCodeGz);
  expect(measured.fullCodeGz, `the explorer's fuller build is ${measured.fullCodeGz} bytes gzipped (ceiling ${CEILINGS.fullCodeGz})`).toBeLessThanOrEqual(CEILINGS.fullCodeGz);
  // The embedded chart, what most of the public download, has its own entry
  // point, within the budget.
  expect(measured.embedCodeGz, `the embedded chart's code is ${measured.embedCodeGz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.appCodeGz);
  // Its first paint has no UI framework: a ceiling keeps it so (Leptos
  // pulled in by a stray reference would double it).
  expect(measured.firstPaintCodeGz, `the embed's first paint's code is ${measured.firstPaintCodeGz} bytes gzipped (ceiling ${CEILINGS.firstPaintCodeGz})`).toBeLessThanOrEqual(CEILINGS.firstPaintCodeGz);
  expect(measured.firstPaintCodeGz).toBeGreaterThan(0);
  expect(measured.dataGz, `data is ${measured.dataGz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.dataGz);
});
