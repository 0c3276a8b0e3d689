// A quick look, not the benchmark (scripts/bench.mjs takes the official figures): Lighthouse
// mobile (its default config, simulated throttling) N times on one build folder served as
// scripts/static-server.mjs serves it, printing each run's score and metrics, the LCP element and
// the long tasks Lighthouse counts (script@simulated start:simulated duration, in ms).
// Chromium is started as the benchmark starts it (scripts/bench/lighthouse.mjs).
// Usage: node scripts/lighthouse-quick.mjs [dir=dist] [runs=3]
import { staticServer } from "./static-server.mjs";
import { FLAGS, startChromium } from "./bench/lighthouse.mjs";

const dir = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] || 3);
const server = staticServer(dir);
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/`;
const { default: lighthouse } = await import("lighthouse");
const chrome = await startChromium();
try {
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(url, { ...FLAGS, port: chrome.port });
    const a = (id) => Math.round(lhr.audits[id]?.numericValue ?? -1);
    const long = (lhr.audits["long-tasks"]?.details?.items ?? [])
      .map((t) => `${t.url.split("/").pop()}@${Math.round(t.startTime)}:${Math.round(t.duration)}`)
      .join(" ");
    const lcp = lhr.audits["largest-contentful-paint-element"]?.details?.items ?? [];
    const node = lcp[0]?.items?.[0]?.node;
    const phases = (lcp[1]?.items ?? []).map((p) => `${p.phase}:${Math.round(p.timing)}`).join(" ");
    console.log(`LCP element: ${node?.nodeLabel} (${node?.selector}) | ${phases}`);
    console.log(
      `perf ${Math.round(lhr.categories.performance.score * 100)} FCP ${a("first-contentful-paint")} LCP ${a("largest-contentful-paint")}` +
        ` TBT ${a("total-blocking-time")} SI ${a("speed-index")} CLS ${lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)} | long: ${long}`,
    );
  }
} finally {
  await chrome.close();
  server.close();
}
