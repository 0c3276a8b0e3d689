// The benchmark's servers, each on a free 127.0.0.1 port, through scripts/static-server.mjs as
// scripts/serve-dist.mjs serves dist/ (precompressed files by Accept-Encoding): dist/ plus two
// floor pages (a blank page, a plain textarea page), and the Leptos hello world of bench/hello
// (target/bench/hello-dist, built by scripts/bench/hello.sh) at its own origin's root.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { staticServer } from "../static-server.mjs";
import { dist, outDir } from "./common.mjs";

// One word of text, so that the blank page has a first contentful paint (Lighthouse fails a page
// that paints nothing: NO_FCP).
const FLOOR_BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title>
<link rel="icon" href="data:,"></head><body><p>blank</p></body></html>`;
const FLOOR_TEXTAREA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>textarea</title>
<link rel="icon" href="data:,"></head><body><label for="t">Notes</label><textarea id="t" rows="4"></textarea></body></html>`;
export const helloDist = join(outDir, "hello-dist") + "/";

const listen = (server) => new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));

/** Resolves to the listening server; its base URL is `http://127.0.0.1:<port>/`. */
export function serve() {
  return listen(staticServer(dist, { "/__floor/blank.html": FLOOR_BLANK, "/__floor/textarea.html": FLOOR_TEXTAREA }));
}

/** The hello world's server, as serve() does. */
export function serveHello() {
  if (!existsSync(join(helloDist, "index.html"))) throw new Error("no Leptos hello world in target/bench/hello-dist: run scripts/bench/hello.sh");
  return listen(staticServer(helloDist));
}
