// Cold loads, as a first visit: a fresh browser context per load (no HTTP cache, no compiled
// wasm, no service worker), each page served with its precompressed files by
// scripts/static-server.mjs, on loopback and throttled to a phone's link (CDP
// Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate). Per load: the first
// usable control (the probe of initScript in measure.mjs: the first text field enabled and
// painted; the blank page's load event), the app running (its own field drawn), FCP and LCP
// from PerformanceObserver, and the bytes downloaded until the app runs (encoded body sizes
// from Resource Timing: brotli, as served). Warm
// reloads of the same page (compiled code and service worker kept) are taken apart.
import { initScript } from "./measure.mjs";
import { checkDeadline, log } from "./common.mjs";

export const COLD_LOADS = 13;
export const WARM_RELOADS = 5;
// A phone on a slow link, as Lighthouse's mobile preset: 1.6 Mbps down, 750 kbps up, 150 ms RTT, 4x CPU.
export const THROTTLE = { downKbps: 1600, upKbps: 750, rttMs: 150, cpu: 4 };

async function throttle(cdp, on) {
  await cdp.send("Network.enable");
  if (!on) return;
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: THROTTLE.rttMs,
    downloadThroughput: (THROTTLE.downKbps * 1000) / 8,
    uploadThroughput: (THROTTLE.upKbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE.cpu });
}

// After the probe: one more frame, so that the LCP entry of that paint has been delivered.
const afterProbe = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
        resolve({
          ...window.__paints,
          bytes: entries.reduce((a, e) => a + (e.encodedBodySize || 0), 0),
          requests: entries.length,
        });
      }, 0),
    ),
  );

// `ready`: the first usable control; `app`: the page's own code running (Scorecard: its form
// drawn by the app, not the shell's; the others: the same as `ready`). The bytes are counted
// when the app runs, so the first download holds everything the first visit needs.
async function load(page, url, target, reload) {
  if (reload) await page.reload({ waitUntil: "commit" });
  else await page.goto(url, { waitUntil: "commit" });
  const ready = await page.evaluate((p) => window[p], target.probe);
  const app = target.appProbe ? await page.evaluate((p) => window[p], target.appProbe) : ready;
  return { ready, app, ...(await page.evaluate(afterProbe)) };
}

async function coldLoad(browser, ctxOpts, target, throttled, warm) {
  const ctx = await browser.newContext(ctxOpts);
  try {
    await ctx.addInitScript(initScript);
    const page = await ctx.newPage();
    page.setDefaultTimeout(30_000);
    await throttle(await ctx.newCDPSession(page), throttled);
    const cold = await load(page, target.url, target, false);
    const warmLoads = [];
    for (let i = 0; i < warm; i++) warmLoads.push(await load(page, target.url, target, true));
    return { cold, warm: warmLoads };
  } finally {
    await ctx.close();
  }
}

/**
 * `targets`: [{ key, name, url, probe }]. Returns, per mode ("loopback", "throttled") and target
 * key, the cold samples and the warm reloads (taken after the last cold load).
 */
export async function coldLoads(browser, ctxOpts, targets) {
  const out = {};
  for (const mode of ["loopback", "throttled"]) {
    out[mode] = Object.fromEntries(targets.map((t) => [t.key, { cold: [], warm: [] }]));
    for (let i = 0; i < COLD_LOADS; i++) {
      // Round robin, so that the machine's noise spreads over every page alike.
      for (const t of targets) {
        const warm = i === COLD_LOADS - 1 ? WARM_RELOADS : 0;
        const r = await coldLoad(browser, ctxOpts, t, mode === "throttled", warm);
        out[mode][t.key].cold.push(r.cold);
        out[mode][t.key].warm.push(...r.warm);
      }
    }
    log(`cold loads ${mode}: done`);
    checkDeadline(`cold loads after ${mode}`);
  }
  return out;
}
