// What a chart's <canvas> shows: the canvas is opaque to the DOM, so the
// tests read its pixels.
import { expect } from '@playwright/test';

/**
 * How many pixels of the first canvas matching `selector` are ink (not white,
 * not transparent); 0 while there is no such canvas.
 */
export function ink(page, selector) {
  return page.locator(selector).first().evaluate((canvas) => {
    const { width, height } = canvas;
    if (!width || !height) return 0;
    const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] > 0 && (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200)) n++;
    }
    return n;
  }, undefined, { timeout: 2_000 }).catch(() => 0);
}

/** Waits until the canvas matching `selector` has a chart drawn on it. */
export const drawn = (page, selector, message) => expect.poll(() => ink(page, selector), { message, timeout: 30_000 }).toBeGreaterThan(500);
