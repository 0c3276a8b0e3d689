// A static file server for the release build, used by scripts/serve-dist.mjs (end-to-end tests)
// and by the benchmark. No dependencies, no compression, no caching (`cache-control: no-store`).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/**
 * An http.Server (not listening yet) serving the files under `root` (a folder path ending in
 * "/"), "index.html" for a folder. `pages` maps extra paths to HTML text served as they are.
 */
export function staticServer(root, pages = {}) {
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { "content-type": types[".html"], "cache-control": "no-store" }).end(pages[path]);
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
}
