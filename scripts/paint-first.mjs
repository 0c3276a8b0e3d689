// Fetching the app after the first paint, a step of the post_build hook (scripts/post-build.mjs
// calls it on the staged index.html before it hashes the inline scripts).
//
// Trunk's index.html preloads the glue, the split loader and the wasm from <head>, so on a fast
// link they finish downloading before the app shell's first paint. Lighthouse's simulation
// (Lantern) then counts every request that ended before the observed largest paint as needed
// for it, and estimates that paint as if it waited for the whole first download on a phone's
// link (2.3 s), although the shell paints from the HTML alone. Here the preload links leave the
// HTML and Trunk's loader waits for the first contentful paint, then adds them (so the three
// downloads still run side by side) and starts the app as Trunk's loader did. The shell's form
// takes input meanwhile (src/ui/common/takeover.rs). Where the shell draws nothing
// (`data-shell="blank"`: a card open, a link's query...) there is no paint to wait for: the app
// starts at once. docs/PERFORMANCE.md ("Lighthouse mobile") has the measurements.

const PRELOAD = /<link rel="(modulepreload|preload)" href="([^"]+)"([^>]*)>\n?/g;
const attr = (attrs, name) => (attrs.match(new RegExp(`\\b${name}="([^"]*)"`)) || [])[1] ?? null;

export function paintFirst(html) {
  const preloads = [...html.matchAll(PRELOAD)].map(([, rel, href, attrs]) => ({
    rel,
    href,
    as: attr(attrs, "as"),
    type: attr(attrs, "type"),
    integrity: attr(attrs, "integrity"),
  }));
  if (!preloads.some((p) => p.href.endsWith("_bg.wasm"))) throw new Error("paint-first: index.html does not preload the wasm");
  html = html.replace(PRELOAD, "");

  // Trunk's loader: a static import of the glue, then init with the wasm's path.
  const loader = /<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/;
  const found = loader.exec(html);
  if (!found) throw new Error("paint-first: Trunk's loader script has changed");
  const [, glue, wasm] = found;
  const start = `<script type="module">
const mode = document.documentElement.getAttribute("data-shell");
await new Promise((painted) => {
  if (!mode || mode === "blank" || performance.getEntriesByName("first-contentful-paint").length) return painted();
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length) {
        observer.disconnect();
        painted();
      }
    }).observe({ type: "paint", buffered: true });
  } catch (e) {
    painted();
  }
  // A tab opened in the background paints nothing until it is shown.
  setTimeout(painted, 3000);
});
for (const p of ${JSON.stringify(preloads)}) {
  const link = document.createElement("link");
  link.rel = p.rel;
  link.href = p.href;
  link.crossOrigin = "anonymous";
  if (p.integrity) link.integrity = p.integrity;
  if (p.as) link.as = p.as;
  if (p.type) link.type = p.type;
  document.head.append(link);
}
const bindings = await import(${JSON.stringify(glue)});
const init = bindings.default;
const wasm = await init({ module_or_path: ${JSON.stringify(wasm)} });`;
  return html.replace(found[0], start);
}
