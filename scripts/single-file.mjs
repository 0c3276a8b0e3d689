// Packs the release build in dist/ into one self-contained dist-single/scorecard.html: CSS,
// the JS glue and the wasm (base64) inlined, nothing fetched. Opens from disk (file://).
// Usage: node scripts/single-file.mjs   (after trunk build --release)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = `${root}dist/`;
const files = readdirSync(dist);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${re} in dist/, found ${found.join(", ") || "none"}`);
  return readFileSync(dist + found[0]);
};
const css = pick(/\.css$/).toString("utf8");
const glue = pick(/^scorecard-[0-9a-f]+\.js$/).toString("utf8");
const wasm = pick(/_bg\.wasm$/).toString("base64");
if (!/__wbg_init as default/.test(glue)) throw new Error("unexpected wasm-bindgen glue: no __wbg_init default export");

// Inline code must not close its own element early.
const safe = (text, tag) => text.replaceAll(`</${tag}`, `<\\/${tag}`);
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Scorecard</title>
<link rel="icon" href="data:,">
<style>${safe(css, "style")}</style>
</head>
<body>
<noscript>Scorecard needs JavaScript and WebAssembly to run.</noscript>
<script type="module">
${safe(glue, "script")}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
</script>
</body>
</html>
`;
mkdirSync(`${root}dist-single`, { recursive: true });
writeFileSync(`${root}dist-single/scorecard.html`, html);
console.log(`dist-single/scorecard.html: ${(html.length / 1024).toFixed(0)} KB`);
