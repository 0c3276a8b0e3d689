// Packs the release build in dist/ into one self-contained dist-single/scorecard.html: CSS,
// the JS glue and the wasm (base64, with the parts of a split build) inlined, nothing fetched. Opens from disk (file://).
// Usage: node scripts/single-file.mjs   (after trunk build --release)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KITS_META, kitsMeta } from "./kits.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = `${root}dist/`;
const files = readdirSync(dist);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${re} in dist/, found ${found.join(", ") || "none"}`);
  return readFileSync(dist + found[0]);
};
const css = pick(/\.css$/).toString("utf8");
let glue = pick(/^scorecard-[0-9a-f]+\.js$/).toString("utf8");
const wasm = pick(/_bg\.wasm$/).toString("base64");
if (!/__wbg_init as default/.test(glue)) throw new Error("unexpected wasm-bindgen glue: no __wbg_init default export");

// A split build (scripts/split.mjs): the parts ride along as base64, the loader becomes a data:
// module that takes the main module's initSync from the page and fetches each part from a data:
// URL, and the glue's static imports of the loader become one dynamic import of it.
let parts = "";
const loaderImport = /^import \* as (\w+) from "\.\/(split-[0-9a-f]+\.js)";?$/gm;
const loaders = [...glue.matchAll(loaderImport)];
if (loaders.length) {
  let loader = readFileSync(dist + loaders[0][2], "utf8");
  const initImport = /^import \{ initSync \} from "[^"]+";$/m;
  if (!initImport.test(loader)) throw new Error("unexpected split loader: no initSync import");
  loader = loader.replace(initImport, "const initSync = (...a) => globalThis.__scorecardInitSync(...a);");
  const table = {};
  loader = loader.replace(/fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g, (_, name) => {
    table[name] = readFileSync(dist + name).toString("base64");
    return `fetch("data:application/wasm;base64," + globalThis.__scorecardParts[${JSON.stringify(name)}])`;
  });
  if (/import\.meta\.url/.test(loader)) throw new Error("split loader: a part is still fetched by URL");
  glue = glue.replace(loaderImport, "");
  const url = `data:text/javascript;base64,${Buffer.from(loader).toString("base64")}`;
  parts = `globalThis.__scorecardParts = ${JSON.stringify(table)};
const __loader = await import("${url}");
${loaders.map((m) => `const ${m[1]} = __loader;`).join("\n")}
`;
}

// The built-in kits of a split build (scripts/kits.mjs): their files become data: URLs.
const named = KITS_META.exec(readFileSync(dist + "index.html", "utf8"));
const kits = named
  ? kitsMeta(named[1].split(" ").map((f) => `data:application/json;base64,${readFileSync(dist + f).toString("base64")}`))
  : "";

// Inline code must not close its own element early.
const safe = (text, tag) => text.replaceAll(`</${tag}`, `<\\/${tag}`);
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Scorecard</title>
${kits}
<link rel="icon" href="data:,">
<style>${safe(css, "style")}</style>
</head>
<body>
<noscript>Scorecard needs JavaScript and WebAssembly to run.</noscript>
<script type="module">
${safe(parts, "script")}
${safe(glue, "script")}
globalThis.__scorecardInitSync = initSync;
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
</script>
</body>
</html>
`;
mkdirSync(`${root}dist-single`, { recursive: true });
writeFileSync(`${root}dist-single/scorecard.html`, html);
console.log(`dist-single/scorecard.html: ${(html.length / 1024).toFixed(0)} KB`);
