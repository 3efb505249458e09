// Shortens the names by which a build's wasm and its wasm-bindgen glue call
// each other. wasm-bindgen names each import after the JavaScript it calls
// plus a hash (`__wbg_instanceof_HtmlCanvasElement_89f280683e987b9e`), and
// each closure's entry point after its type's hash; the ~200 names of a build
// are written twice, once in the wasm and once in the glue, and their hashes
// do not compress. Measured on the explorer's first build: 5.9 kB gzipped
// (2.4 kB of glue, 3.5 kB of wasm) of its 306 kB (README, "Benchmark").
//
// Only names that both files hold are renamed: the wasm's imports from the
// glue's own module and its exports, wherever the glue names them, and that
// module's own name (`./explorer_bg.js`, repeated for each import). The glue
// is checked afterwards: the wasm must compile and every import it asks the
// glue for must be there by its new name.
import { readFileSync, writeFileSync } from 'node:fs';

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
};

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** The module's sections: { id, body } (a custom section's body keeps its name). */
const sections = (wasm) => {
  if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) throw new Error('not a wasm module (version 1)');
  const found = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    found.push({ id, body: wasm.subarray(start, start + size) });
    at = start + size;
  }
  return found;
};

/** How many bytes an import's description takes, after its kind byte. */
const importDescLength = (body, at, kind) => {
  const limits = (p) => {
    const flags = body[p++];
    [, p] = readLeb(body, p);
    if (flags & 1) [, p] = readLeb(body, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(body, at)[1] - at; // function: type index
    case 1: return limits(at + 1) - at; // table: reference type, limits
    case 2: return limits(at) - at; // memory: limits
    case 3: return 2; // global: value type, mutability
    case 4: return readLeb(body, at + 1)[1] - at; // tag: attribute, type index
    default: throw new Error(`import of unknown kind ${kind}`);
  }
};

/** The glue's module, as the wasm imports it once renamed. */
const GLUE = 'w';

/** Rewrites the import and export sections with `rename` (old name -> new). */
const rewrite = (wasm, glueModule, rename) => {
  const out = [wasm.subarray(0, 8)];
  for (const { id, body } of sections(wasm)) {
    let next = body;
    if (id === 2) {
      let [count, at] = readLeb(body, 0);
      const parts = [leb(count)];
      while (count--) {
        let moduleLength, fieldLength;
        [moduleLength, at] = readLeb(body, at);
        const module = body.subarray(at, at + moduleLength).toString('utf8');
        at += moduleLength;
        [fieldLength, at] = readLeb(body, at);
        const field = body.subarray(at, at + fieldLength).toString('utf8');
        at += fieldLength;
        const kind = body[at];
        const length = 1 + importDescLength(body, at + 1, kind);
        const ours = module === glueModule;
        parts.push(name(ours ? GLUE : module), name(ours ? rename.get(field) ?? field : field), body.subarray(at, at + length));
        at += length;
      }
      next = Buffer.concat(parts);
    } else if (id === 7) {
      let [count, at] = readLeb(body, 0);
      const parts = [leb(count)];
      while (count--) {
        let length;
        [length, at] = readLeb(body, at);
        const field = body.subarray(at, at + length).toString('utf8');
        at += length;
        const end = readLeb(body, at + 1)[1];
        parts.push(name(rename.get(field) ?? field), body.subarray(at, end));
        at = end;
      }
      next = Buffer.concat(parts);
    }
    out.push(Buffer.from([id]), leb(next.length), next);
  }
  return Buffer.concat(out);
};

const identifier = (text) => new RegExp(`(?<![A-Za-z0-9_$])${text.replace(/[$]/g, '\\$')}(?![A-Za-z0-9_$])`, 'g');

/**
 * Shortens the interface names of `wasmPath` and its glue `jsPath` in place
 * (the glue already minified). Returns how many names were shortened.
 */
export function shortenInterfaceNames(wasmPath, jsPath, glueModule) {
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const compiled = new WebAssembly.Module(wasm);
  const names = new Set([
    ...WebAssembly.Module.imports(compiled).filter((i) => i.module === glueModule).map((i) => i.name),
    ...WebAssembly.Module.exports(compiled).map((e) => e.name),
  ]);
  const rename = new Map();
  let counter = 0;
  const fresh = () => {
    for (;;) {
      const candidate = `_${(counter++).toString(36)}`;
      if (!names.has(candidate) && !identifier(candidate).test(js)) return candidate;
    }
  };
  // Whole identifiers only, so no name is rewritten inside a longer one; a
  // name already short (`main`) is left as it is.
  for (const old of names) {
    if (old.length <= 4 || !identifier(old).test(js)) continue;
    const short = fresh();
    js = js.replace(identifier(old), short);
    rename.set(old, short);
  }
  // The glue's imports object names the module once, as a key.
  const key = JSON.stringify(glueModule);
  if (js.split(key).length !== 2) throw new Error(`${jsPath} should name ${key} once`);
  js = js.replace(key, JSON.stringify(GLUE));
  const shortened = rewrite(wasm, glueModule, rename);
  // The glue must still provide every import by its new name.
  const check = new WebAssembly.Module(shortened);
  for (const i of WebAssembly.Module.imports(check)) {
    if (i.module === GLUE && !identifier(i.name).test(js)) throw new Error(`${jsPath} no longer provides the import ${i.name}`);
  }
  writeFileSync(wasmPath, shortened);
  writeFileSync(jsPath, js);
  return rename.size;
}
