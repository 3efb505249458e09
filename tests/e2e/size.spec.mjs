// What a visitor downloads stays within issue 6's size budgets: a size is
// deterministic for a build, unlike a timing, so it is checked on every run
// (the timed budgets are measured by the benchmark, `./dev bench`).
import { test, expect } from '@playwright/test';

import { BUDGETS, sizes } from '../../bench/sizes.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;

test('the app code and the bundled data, gzipped, are within their budgets', () => {
  const measured = sizes(dist);
  // Every year file and the catalogue are counted, so the data cannot pass by being missing.
  expect(measured.dataFiles).toBeGreaterThanOrEqual(12);
  expect(measured.appCodeGz, `app code is ${measured.appCodeGz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.appCodeGz);
  expect(measured.dataGz, `data is ${measured.dataGz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.dataGz);
});
