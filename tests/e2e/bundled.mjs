// The bundled files (format 3, crates/childstats/src/data/raw.rs), read the
// way the app reads them, so the end-to-end tests check what the page shows
// against the data rather than against figures copied into the tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const publicData = new URL('../../public/data/', import.meta.url);
const cache = new Map();

/** A bundled JSON file under public/data, by its name there (e.g. `core.json`, `figures/LAC.json`). */
export function data(file) {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(new URL(file, publicData))));
  return cache.get(file);
}

/** core.json: indicators (without their long texts), areas, neighbour models, years, file names. */
export const core = data('core.json');

export const areaIndex = (code) => core.areas.findIndex((a) => a.code === code);

/** The indicator's entry in the core. */
export function indicator(code) {
  const found = core.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code} in core.json`);
  return found;
}

/**
 * The name of an indicator's figures file, by the app's rule
 * (childstats::data::raw::figures_file; scripts/post-build.mjs checks the
 * importer wrote exactly these).
 */
export const figuresFile = (code) => `figures/${code.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;

/** The indicator's figures file: every year it has figures, oldest first. */
export const figures = (code) => data(figuresFile(indicator(code).code));

/** The indicator's published figure for an area in a year, or null where there is none. */
export function bundled(code, area, year) {
  const v = figures(code).years.find((y) => y.year === year)?.values[areaIndex(area)];
  return typeof v === 'number' ? v : null;
}

/** The last year the indicator's figures file holds. */
export const latestYear = (code) => figures(code).years.at(-1).year;

/**
 * Every file of a build's folder, relative to it, in any subfolder; not
 * hidden ones (Trunk stages its next build in `dist/.stage`).
 */
export function filesUnder(dir) {
  const walk = (d) => readdirSync(d).filter((f) => !f.startsWith('.'))
    .flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(dir).map((f) => f.slice(dir.length).replace(/^\/+/, ''));
}

/**
 * The rows of a CSV text, each an array of fields. Quoted fields (with doubled
 * quotes, commas and line breaks) are read as RFC 4180 has them; CRLF or LF.
 */
export function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * Southampton's bundled figures reported locally (`reported.csv`, the own-figures
 * CSV format): one object per row, keyed by the header.
 */
export function reportedFigures() {
  const [header, ...body] = csvRows(readFileSync(new URL('reported.csv', publicData), 'utf8'));
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
