// The measurements: each drives the page (or reads dist/) and returns raw samples; the figures
// are made from them in report.mjs. initScript runs in every page before its own scripts.
import { readFile, readdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotli, gzip } from "../compress.mjs";
import { dist, repo, LIST_PAGE, MATRIX_PAGE } from "./common.mjs";
import { seedCards, importFiles } from "./seed.mjs";

/** The launch args of playwright.config.ts, read from it so that both stay the same. */
export function launchArgs() {
  const text = readFileSync(join(repo, "playwright.config.ts"), "utf8");
  const block = text.match(/args:\s*\[([\s\S]*?)\]/);
  if (!block) throw new Error("no launch args found in playwright.config.ts");
  return [...block[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

// Runs in every page before its own scripts: storage timing, readiness probes, latency probes.
export function initScript() {
  const st = (window.__storage = { on: false, log: [] });
  const proto = Storage.prototype;
  for (const op of ["setItem", "getItem", "removeItem"]) {
    const original = proto[op];
    proto[op] = function (...args) {
      if (!st.on) return original.apply(this, args);
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const dt = performance.now() - t0;
        st.log.push({ op, key: String(args[0]), chars: op === "setItem" ? String(args[1]).length : 0, dt, at: t0 });
      }
    };
  }
  // Time at which a frame after `cond` became true has been produced: rAF, then a task
  // posted from it, which runs once that frame is committed.
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  window.__afterPaint = afterPaint;
  window.__whenPainted = (test) =>
    new Promise((resolve) => {
      const check = () => {
        if (!test()) return false;
        afterPaint(resolve);
        return true;
      };
      if (check()) return;
      const mo = new MutationObserver(() => {
        if (check()) mo.disconnect();
      });
      mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  // Navigation to a usable first score control (an enabled radio in a criterion's scale).
  window.__firstControl = window.__whenPainted(() => {
    const r = document.querySelector('[role="radiogroup"] input[type="radio"]');
    return r && !r.disabled && r.getClientRects().length > 0;
  });
  // Navigation to a usable first text field (the start form's first field; the hello world's
  // field): the cold loads' "first usable control". The app shell's form takes input before
  // the app runs (the app carries it over), so its field counts; a field inside an inert
  // element (the rest of the shell) does not.
  const firstField = (outside) => () => {
    const f = [...document.querySelectorAll('input[type="text"], input:not([type])')].find((e) => !e.closest(outside));
    return f && !f.disabled && f.getClientRects().length > 0;
  };
  window.__firstField = window.__whenPainted(firstField("[inert]"));
  // The same, drawn by the app itself (outside the shell): the app is running.
  window.__appField = window.__whenPainted(firstField("[inert], #shell"));
  window.__loaded = new Promise((resolve) => addEventListener("load", () => afterPaint(resolve)));
  // First and largest contentful paint, as the browser reports them.
  window.__paints = { fcp: null, lcp: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__paints.fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      window.__paints.lcp = list.getEntries().at(-1).startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch {}
  // Keystroke to next paint, from the keydown's own timestamp.
  window.__keys = [];
  addEventListener(
    "keydown",
    (e) => {
      const t0 = e.timeStamp;
      afterPaint((t1) => window.__keys.push(t1 - t0));
    },
    true,
  );
  // Event Timing: every event of 16 ms or more (the API's smallest threshold).
  window.__slowEvents = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__slowEvents.push({ name: e.name, duration: e.duration });
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch {}
  addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail && e.detail.wasm));
}

export async function sizes() {
  const rows = [];
  for (const f of (await readdir(dist)).sort()) {
    const kind = extname(f).slice(1);
    if (!["wasm", "js", "css"].includes(kind)) continue;
    const buf = await readFile(join(dist, f));
    rows.push({
      kind,
      file: f,
      raw: buf.length,
      // The build's precompressed files (scripts/compress.mjs), made again only when missing.
      gzip: (await readFile(join(dist, `${f}.gz`)).catch(() => gzip(buf))).length,
      brotli: (await readFile(join(dist, `${f}.br`)).catch(() => brotli(buf, kind !== "wasm"))).length,
    });
  }
  const total = { kind: "total", file: "", raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ["raw", "gzip", "brotli"]) total[k] += r[k];
  return [...rows, total];
}

export async function navTime(page, url, probe) {
  await page.goto(url, { waitUntil: "commit" });
  return page.evaluate((p) => window[p], probe);
}

export async function loadTimes(page, base, runs) {
  const blank = [];
  const app = [];
  for (let i = 0; i < runs; i++) {
    blank.push(await navTime(page, base + "__floor/blank.html", "__loaded"));
    app.push(await navTime(page, base, "__firstControl"));
  }
  return { blank, app };
}

export async function typeLatency(page, selector, text) {
  await page.locator(selector).click();
  await page.waitForTimeout(200);
  await page.evaluate(() => {
    window.__keys = [];
    window.__slowEvents = [];
  });
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(300);
  return page.evaluate(() => ({ keys: window.__keys, slow: window.__slowEvents }));
}

export async function autosaveCost(page, keystrokes) {
  const per = [];
  await page.locator("#overall-notes").click();
  for (let i = 0; i < keystrokes; i++) {
    await page.evaluate(() => {
      window.__storage.log = [];
      window.__storage.on = true;
    });
    await page.keyboard.press("a");
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const entries = await page.evaluate(() => {
      window.__storage.on = false;
      return window.__storage.log;
    });
    const sets = entries.filter((e) => e.op === "setItem");
    per.push({
      storageMs: entries.reduce((a, e) => a + e.dt, 0),
      setMs: sets.reduce((a, e) => a + e.dt, 0),
      span: entries.length ? entries.at(-1).at + entries.at(-1).dt - entries[0].at : 0,
      sets: sets.length,
      gets: entries.filter((e) => e.op === "getItem").length,
      keys: [...new Set(sets.map((e) => e.key.replace(/^scorecard:card:.*/, "scorecard:card:<id>").replace(/^scorecard:snapshot:.*/, "scorecard:snapshot:<hash>")))],
      chars: sets.reduce((a, e) => a + e.chars + e.key.length, 0),
    });
  }
  // The whole change in the page: the input event, the model, the DOM and the autosave, up to
  // the end of its microtasks (Leptos effects), timed by a task posted right after dispatch.
  const whole = await page.evaluate(async (n) => {
    const ta = document.querySelector("#overall-notes");
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      ta.value += "b";
      ta.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "b" }));
      await new Promise((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = r;
        ch.port2.postMessage(0);
      });
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, keystrokes);
  return { per, whole };
}

export async function listRender(page, base, template, n) {
  // Load + render: navigation with n cards stored and none open, to the library's rows painted.
  await page.goto(base + "__floor/blank.html");
  await page.evaluate(seedCards, { n, seed: 42 + n, template, keepOpen: false });
  const loadRender = [];
  const render = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(base, { waitUntil: "commit" });
    loadRender.push(
      await page.evaluate(
        (want) => window.__whenPainted(() => document.querySelectorAll("table tbody tr").length >= want),
        Math.min(n, LIST_PAGE),
      ),
    );
  }
  // Render only: the data is loaded; switch to another page and back to the list.
  for (let i = 0; i < 3; i++) {
    await page.getByRole("button", { name: "Rubrics", exact: true }).click();
    await page.waitForTimeout(100);
    render.push(
      await page.evaluate(async (want) => {
        const btn = [...document.querySelectorAll("nav button")].find((b) => b.textContent.trim() === "Scorecards");
        const painted = window.__whenPainted(() => document.querySelectorAll("table tbody tr").length >= want);
        const t0 = performance.now();
        btn.click();
        return (await painted) - t0;
      }, Math.min(n, LIST_PAGE)),
    );
  }
  const rows = await page.locator("table tbody tr").count();
  return { loadRender, render, rows };
}

export async function compareRender(page, n) {
  // The Compare page (built alongside this benchmark): "not available" unless it is there.
  const tab = page.getByRole("button", { name: "Compare", exact: true });
  if (!(await tab.count())) return { available: false, why: "no Compare tab" };
  // Opening the page (quick picks; its list of every stored scorecard is drawn only when opened).
  const open = await page.evaluate(async () => {
    const btn = [...document.querySelectorAll("nav button")].find((b) => b.textContent.trim() === "Compare");
    const painted = window.__whenPainted(() => [...document.querySelectorAll("button")].some((b) => /^All of rubric/.test(b.textContent.trim())));
    const t0 = performance.now();
    btn.click();
    const r = await Promise.race([painted, new Promise((res) => setTimeout(() => res(null), 10_000))]);
    return r == null ? null : r - t0;
  });
  if (open == null) return { available: false, why: "the Compare page shows no \"All of rubric\" quick pick" };
  // The matrix: every card of the one rubric picked at once, to all rows painted.
  const ms = await page.evaluate(async (want) => {
    const btn = [...document.querySelectorAll("button")].find((b) => /^All of rubric/.test(b.textContent.trim()));
    const painted = window.__whenPainted(() => {
      const t = document.querySelector("table.compare-table") || document.querySelector("main table:not(.library-table)");
      return t && t.querySelectorAll("tbody tr").length >= want;
    });
    const t0 = performance.now();
    btn.click();
    const r = await Promise.race([painted, new Promise((res) => setTimeout(() => res(null), 30_000))]);
    return r == null ? null : r - t0;
  }, Math.min(n, MATRIX_PAGE));
  if (ms == null) return { available: false, why: `no matrix of ${Math.min(n, MATRIX_PAGE)} rows within 30 s`, openMs: open };
  return { available: true, ms, openMs: open, n };
}

export async function importBundle(browser, base, ctxOpts, exportDoc, n) {
  const { paths, fullBytes, parts } = await importFiles(exportDoc, n);
  const ctx = await browser.newContext(ctxOpts);
  await ctx.addInitScript(initScript);
  const page = await ctx.newPage();
  await page.goto(base);
  await page.getByRole("heading", { name: "New scorecard" }).waitFor();
  const input = page.getByLabel("Import scorecard files");
  await page.evaluate((want) => {
    window.__importDone = new Promise((resolve) => {
      document.addEventListener(
        "change",
        () => {
          const t0 = performance.now();
          window
            .__whenPainted(() => {
              const text = document.body.textContent;
              // One line per file: "<file>: N imported."
              const done = [...text.matchAll(/([\d,]+) imported/g)].reduce((a, m) => a + Number(m[1].replace(/,/g, "")), 0);
              return /Import finished/.test(text) && done >= want;
            })
            .then((t1) => resolve(t1 - t0));
        },
        true,
      );
    });
  }, n);
  await input.setInputFiles(paths);
  const ms = await Promise.race([
    page.evaluate(() => window.__importDone),
    new Promise((r) => setTimeout(() => r(null), 60_000).unref()),
  ]);
  const text = await page.getByRole("status").filter({ hasText: "Import finished" }).first().textContent().catch(() => "");
  const stored = await page.evaluate(() => {
    let chars = 0;
    let cards = 0;
    let utf8 = 0;
    const enc = new TextEncoder();
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      const v = localStorage.getItem(k);
      chars += k.length + v.length;
      utf8 += enc.encode(k + v).length;
      if (k.startsWith("scorecard:card:")) cards++;
    }
    return { chars, utf8, cards, index: (localStorage.getItem("scorecard:index") || "").length };
  });
  await ctx.close();
  return { ms, status: (text || "").trim().replace(/\s+/g, " ").slice(0, 200), stored, bundleBytes: fullBytes, files: parts };
}

/** The real localStorage quota of this Chromium, in characters of key + value. */
export async function probeQuota(browser, base, ctxOpts) {
  const ctx = await browser.newContext(ctxOpts);
  const page = await ctx.newPage();
  await page.goto(base + "__floor/blank.html");
  const q = await page.evaluate(() => {
    localStorage.clear();
    let total = 0;
    let chunk = 1 << 20;
    let i = 0;
    while (chunk >= 64 && i < 10_000) {
      const key = `q${i++}`;
      try {
        localStorage.setItem(key, "x".repeat(chunk));
        total += key.length + chunk;
      } catch {
        chunk >>= 1;
      }
    }
    localStorage.clear();
    return total;
  });
  await ctx.close();
  return q;
}

export async function memory(page, base, template, n) {
  await page.goto(base + "__floor/blank.html");
  await page.evaluate(seedCards, { n, seed: 99, template, keepOpen: true });
  await page.goto(base, { waitUntil: "commit" });
  await page.evaluate(() => window.__firstControl);
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const usage = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => {
    const mem = window.__wasm?.memory ?? window.wasmBindings?.__wasm?.memory;
    return mem ? mem.buffer.byteLength : null;
  });
  let uaMemory = null;
  const isolated = await page.evaluate(() => self.crossOriginIsolated === true && !!performance.measureUserAgentSpecificMemory);
  if (isolated) uaMemory = await page.evaluate(() => performance.measureUserAgentSpecificMemory().then((r) => r.bytes));
  const libraryRows = await page.evaluate(() => document.querySelectorAll("table tbody tr").length);
  await cdp.detach();
  return { jsHeapUsed: m.JSHeapUsedSize ?? usage.usedSize, jsHeapTotal: m.JSHeapTotalSize, wasmMemory: wasm, uaMemory, libraryRows };
}
