// Lighthouse mobile (its default config: a Moto G Power screen, simulated slow 4G of 150 ms RTT and
// 1.6 Mbps, 4x CPU) on each page, performance category only, run programmatically against Debian's
// Chromium started here headless with the launch args of playwright.config.ts. Offline-safe:
// nothing but the pages on 127.0.0.1 is loaded (no full-page screenshot, no other category, and
// Chromium's background networking is off).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchArgs } from "./measure.mjs";
import { log, median } from "./common.mjs";

export async function startChromium() {
  const profile = await mkdtemp(join(tmpdir(), "bench-lighthouse-"));
  const exe = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const proc = spawn(exe, ["--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, ...launchArgs(), "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`${exe} gave no DevTools port in 20 s: ${err}`)), 20_000);
    proc.stderr.on("data", (d) => {
      err += d;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.on("exit", (code) => reject(new Error(`${exe} exited (${code}): ${err}`)));
  });
  return {
    port,
    async close() {
      proc.kill();
      await new Promise((r) => (proc.exitCode != null ? r() : proc.once("exit", r)));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export const FLAGS = {
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance"],
  disableFullPageScreenshot: true,
};

/** `targets`: [{ key, url }]. Returns { [key]: { perf, fcpMs, lcpMs, tbtMs, cls, runs } } (medians of `runs`). */
export async function lighthouseRuns(targets, runs = 1) {
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await startChromium();
  const out = {};
  try {
    for (const t of targets) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(t.url, { ...FLAGS, port: chrome.port });
        const lhr = result.lhr;
        if (lhr.runtimeError) {
          log(`lighthouse ${t.key}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          samples.push({ error: lhr.runtimeError.code, warnings: lhr.runWarnings });
          continue;
        }
        const a = (id) => lhr.audits[id]?.numericValue ?? null;
        samples.push({
          perf: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
          fcpMs: a("first-contentful-paint"),
          lcpMs: a("largest-contentful-paint"),
          tbtMs: a("total-blocking-time"),
          cls: a("cumulative-layout-shift"),
          warnings: lhr.runWarnings,
        });
      }
      const m = (k) => median(samples.map((s) => s[k]).filter((x) => x != null));
      const errors = samples.map((s) => s.error).filter(Boolean);
      out[t.key] = { errors, perf: m("perf"), fcpMs: m("fcpMs"), lcpMs: m("lcpMs"), tbtMs: m("tbtMs"), cls: m("cls"), runs, warnings: samples.flatMap((s) => s.warnings) };
      log(`lighthouse ${t.key}: perf ${out[t.key].perf}`);
    }
  } finally {
    await chrome.close();
  }
  return out;
}
