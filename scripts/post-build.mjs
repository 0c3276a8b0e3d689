// Trunk post_build hook (Trunk.toml): runs on the staged build before it becomes dist/.
// 0. With `--features split`, the wasm cut into the first module and parts loaded on demand
//    (scripts/split.mjs), and the built-in kits written beside it (scripts/kits.mjs).
// 1. A build id from the content of every asset.
// 2. sw.js from web/sw.js, with the build id and the asset list.
// 3. index.html: the stylesheet inlined for the app shell (scripts/shell.mjs), the app fetched
//    after the shell's first paint (scripts/paint-first.mjs), the build id as
//    <meta name="scorecard-build">, the kit files (split build) as <meta name="scorecard-kits">, service worker registration appended to Trunk's inline
//    loader, and a Content-Security-Policy whose script-src allows only this origin, wasm
//    compilation and the page's inline scripts (by hash: the loader and the shell's mode).
// 4. Last, when every file is final: .br and .gz beside each asset (scripts/compress.mjs). The
//    service worker's list above was taken before, so it names only the plain files.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compressDir } from "./compress.mjs";
import { paintFirst } from "./paint-first.mjs";
import { kitsMeta, writeKits } from "./kits.mjs";
import { inlineStylesheet } from "./shell.mjs";
import { splitWasm } from "./split.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");
const parts = splitWasm(dir);
const kits = parts ? writeKits(dir) : [];
const assets = readdirSync(dir).filter((f) => f !== "index.html" && f !== "sw.js" && !f.startsWith(".") && !/\.(br|gz)$/.test(f));
const hash = createHash("sha256");
for (const f of assets.sort()) hash.update(f).update(readFileSync(join(dir, f)));
const build = hash.digest("hex").slice(0, 12);

const sw = readFileSync(new URL("../web/sw.js", import.meta.url), "utf8")
  .replace("__BUILD__", build)
  .replace("__ASSETS__", JSON.stringify(["./", ...assets]));
writeFileSync(join(dir, "sw.js"), sw);

let html = paintFirst(inlineStylesheet(readFileSync(join(dir, "index.html"), "utf8"), dir));
const register = `
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => {});
}
`;
let found = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/, (_, code) => {
  found++;
  return `<script type="module">${code}${register}</script>`;
});
if (found !== 1) throw new Error(`expected Trunk's one inline loader script, found ${found}`);
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(" ")}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
const charset = '<meta charset="utf-8" />';
if (!html.includes(charset)) throw new Error("index.html lost its charset meta");
html = html.replace(
  charset,
  `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <meta name="scorecard-build" content="${build}" />${kits.length ? `\n    ${kitsMeta(kits)}` : ""}`,
);
writeFileSync(join(dir, "index.html"), html);
const compressed = compressDir(dir);
console.log(
  `post-build: ${parts ? `split into the first module and ${parts.length - 1} parts, ${kits.length} kit files` : "not split"}, build ${build}, ${assets.length} assets, ${inline.length} inline script(s) hashed, ${compressed.length} files precompressed (.br, .gz)`,
);
