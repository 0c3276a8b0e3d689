// First paints of a build on a phone's link, for the app shell (docs/PERFORMANCE.md, "App shell").
// Not the benchmark (scripts/bench.mjs takes the official figures): a quick before/after check.
// Usage: node scripts/shell-measure.mjs [dir=dist] [loads=5]
// Serves `dir` brotli-compressed (as a static host would) on a free loopback port; each load is a
// fresh browser context with 1.6 Mbps down / 750 kbps up / 150 ms RTT (CDP
// Network.emulateNetworkConditions) and 4x CPU throttling; prints FCP, LCP and the first usable
// control (the enabled "Candidate name" field of the mounted app), medians and every load.
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2] ?? "dist");
const loads = Number(process.argv[3] ?? 5);
const types = { html: "text/html", js: "text/javascript", wasm: "application/wasm", css: "text/css" };
// Compressed once before the first load, so no load waits for it.
const cache = new Map(readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f))
  .map((f) => [join(dir, f), brotliCompressSync(readFileSync(join(dir, f)))]));
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = join(dir, path);
  if (!cache.has(file)) return res.writeHead(404).end();
  res.writeHead(200, {
    "content-type": types[file.split(".").pop()] ?? "application/octet-stream",
    "content-encoding": "br",
    "cache-control": "no-store",
  });
  res.end(cache.get(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const runs = [];
for (let i = 0; i < loads; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("requestfailed", (r) => console.error(`failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("input#new-candidate:not(#shell *)").waitFor({ state: "visible", timeout: 60_000 });
  const control = await page.evaluate(() => performance.now());
  // The paint entries are reported a frame after the paint.
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  const [fcp, lcp] = await page.evaluate(() => [
    performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN, window.__lcp]);
  runs.push({ fcp, lcp, control });
  await context.close();
}
await browser.close();
server.close();
const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const ms = (v) => `${Math.round(v)} ms`;
console.log(`${dir}: ${loads} cold loads, 1.6 Mbps / 150 ms RTT / 4x CPU, brotli`);
console.log(`median FCP ${ms(median("fcp"))}, LCP ${ms(median("lcp"))}, first usable control ${ms(median("control"))}`);
for (const r of runs) console.log(`  FCP ${ms(r.fcp)}  LCP ${ms(r.lcp)}  control ${ms(r.control)}`);
