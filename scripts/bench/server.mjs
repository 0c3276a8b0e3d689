// The benchmark's server: dist/ as scripts/serve-dist.mjs serves it (the same module), plus two
// floor pages (a blank page, a plain textarea page) on a free 127.0.0.1 port.
import { staticServer } from "../static-server.mjs";
import { dist } from "./common.mjs";

const FLOOR_BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title>
<link rel="icon" href="data:,"></head><body></body></html>`;
const FLOOR_TEXTAREA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>textarea</title>
<link rel="icon" href="data:,"></head><body><label for="t">Notes</label><textarea id="t" rows="4"></textarea></body></html>`;

/** Resolves to the listening server; its base URL is `http://127.0.0.1:<port>/`. */
export function serve() {
  const server = staticServer(dist, { "/__floor/blank.html": FLOOR_BLANK, "/__floor/textarea.html": FLOOR_TEXTAREA });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
