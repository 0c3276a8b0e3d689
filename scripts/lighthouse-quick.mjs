// A quick look, not the benchmark (scripts/bench.mjs takes the official figures): Lighthouse
// mobile (its default config, simulated throttling) N times on one build folder served as
// scripts/static-server.mjs serves it, printing each run's score and metrics, the LCP element and
// the long tasks Lighthouse counts (script@simulated start:simulated duration, in ms).
// Usage: node scripts/lighthouse-quick.mjs [dir=dist] [runs=3]
import { staticServer } from "./static-server.mjs";
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
const dir = process.argv[2] ?? "dist"; const runs = Number(process.argv[3] || 3);
const server = staticServer(dir);
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/`;
const { default: lighthouse } = await import("lighthouse");
const { launchArgs } = await import("./bench/measure.mjs");
const proc = spawn(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--headless=new", "--remote-debugging-port=0", `--user-data-dir=${await mkdtemp(join(tmpdir(), "lighthouse-quick-"))}`, ...launchArgs(), "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
const port = await new Promise((res) => { let e = ""; proc.stderr.on("data", (d) => { e += d; const m = e.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//); if (m) res(Number(m[1])); }); });
for (let i = 0; i < runs; i++) {
  const { lhr } = await lighthouse(url, { output: "json", logLevel: "error", onlyCategories: ["performance"], disableFullPageScreenshot: true, port });
  const a = (id) => Math.round(lhr.audits[id]?.numericValue ?? -1);
  const lt = (lhr.audits["long-tasks"]?.details?.items || []).map((t) => `${t.url.split("/").pop()}@${Math.round(t.startTime)}:${Math.round(t.duration)}`).join(" ");
  const el = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node; const phases = (lhr.audits["largest-contentful-paint-element"]?.details?.items?.[1]?.items||[]).map(p=>`${p.phase}:${Math.round(p.timing)}`).join(" ");
  console.log(`LCP el ${el?.nodeLabel} ${el?.selector} | ${phases}`);
  console.log(`perf ${Math.round(lhr.categories.performance.score * 100)} FCP ${a("first-contentful-paint")} LCP ${a("largest-contentful-paint")} TBT ${a("total-blocking-time")} SI ${a("speed-index")} CLS ${lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)} | long: ${lt}`);
}
proc.kill(); server.close();
