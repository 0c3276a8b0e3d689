// The app shell's CSS, a step of the post_build hook (scripts/post-build.mjs calls it on the
// staged index.html before it hashes the inline scripts: Trunk runs a stage's hooks at once).
// index.html carries the first screen as static HTML (<div id="shell">, docs/PERFORMANCE.md,
// "App shell"); for it to paint before anything else arrives, the stylesheet Trunk linked is
// inlined as a <style> element, so the first paint needs the HTML alone. The .css file stays in
// the build (the single-file build and the service worker's asset list read it).
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** `html` with Trunk's one stylesheet link replaced by the stylesheet, read from `dir`. */
export function inlineStylesheet(html, dir) {
  let found = 0;
  const out = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const href = /\bhref="([^"]+\.css)"/.exec(tag)?.[1];
    if (!href) throw new Error(`a stylesheet link without a .css href: ${tag}`);
    found++;
    const css = readFileSync(join(dir, href.split("/").pop()), "utf8");
    return `<style>${css.replaceAll("</style", "<\\/style")}</style>`;
  });
  if (found !== 1) throw new Error(`expected Trunk's one stylesheet link, found ${found}`);
  if (!out.includes('id="shell"')) throw new Error("index.html lost its app shell (#shell)");
  return out;
}
