// A static file server for the release build, used by scripts/serve-dist.mjs (end-to-end tests)
// and by the benchmark. No dependencies, no caching (`cache-control: no-store`). It serves the
// precompressed files the build writes (scripts/compress.mjs) as static hosts do: `<file>.br` with
// `Content-Encoding: br` (or `<file>.gz` with `gzip`) when the request's Accept-Encoding allows it,
// the plain file otherwise, always with the plain file's Content-Type and `Vary: Accept-Encoding`.
// A `.br` or `.gz` file is never served as itself.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

// The precompressed siblings, in the order they are preferred.
const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

/** The content codings an Accept-Encoding header allows (q > 0), "*" included. */
export function accepted(header) {
  const ok = new Set();
  const refused = new Set();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/)).find(Boolean);
    (q && Number(q[1]) === 0 ? refused : ok).add(name);
  }
  return (coding) => !refused.has(coding) && (ok.has(coding) || (ok.has("*") && !refused.has("*")));
}

async function pick(file, acceptEncoding) {
  const allows = accepted(acceptEncoding);
  for (const [coding, suffix] of ENCODINGS) {
    if (!allows(coding)) continue;
    try {
      return { body: await readFile(file + suffix), coding };
    } catch {}
  }
  return { body: await readFile(file), coding: null };
}

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
      if (ENCODINGS.some(([, suffix]) => file.endsWith(suffix))) throw new Error("a precompressed file is not an asset");
      const { body, coding } = await pick(file, req.headers["accept-encoding"]);
      const headers = {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-store",
        vary: "Accept-Encoding",
      };
      if (coding) headers["content-encoding"] = coding;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
}
