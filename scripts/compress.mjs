// Precompressed assets, as static hosts serve them: writes `<file>.br` (brotli, quality 11) and
// `<file>.gz` (gzip, level 9) beside each text or wasm file of a build folder. Run last by the
// Trunk post-build hook (scripts/post-build.mjs), so index.html and sw.js are compressed in their
// final form; scripts/static-server.mjs serves them by the request's Accept-Encoding.
// Usage: node scripts/compress.mjs [folder]   (default: $TRUNK_STAGING_DIR, as a Trunk hook)
import { readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/** The extensions that get precompressed files: text and wasm (images and fonts are compressed already). */
export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt", ".map", ".webmanifest", ".xml"]);

export const brotli = (buf, text = false) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
    },
  });
export const gzip = (buf) => gzipSync(buf, { level: 9 });

/** Writes the .br and .gz of every compressible file directly in `dir`; returns their sizes. */
export function compressDir(dir) {
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f);
    if (f.startsWith(".") || !COMPRESSIBLE.has(extname(f)) || !statSync(path).isFile()) continue;
    const buf = readFileSync(path);
    const br = brotli(buf, extname(f) !== ".wasm");
    const gz = gzip(buf);
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    out.push({ file: f, raw: buf.length, br: br.length, gz: gz.length });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("usage: node scripts/compress.mjs FOLDER (or run as a Trunk hook)");
  const done = compressDir(dir);
  const kb = (b) => (b / 1024).toFixed(1);
  const sum = (k) => done.reduce((a, d) => a + d[k], 0);
  console.log(`compress: ${done.length} files, ${kb(sum("raw"))} KB -> ${kb(sum("br"))} KB brotli, ${kb(sum("gz"))} KB gzip`);
}
