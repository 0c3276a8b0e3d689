// Performance benchmark of the release build in dist/ (issue 9). Run it through scripts/bench.sh.
// Serves dist/ plus two floor pages (a blank page, a plain textarea page) from one server on
// 127.0.0.1, drives Debian's Chromium through Playwright with the launch args of
// playwright.config.ts, prints a table, writes target/bench/results.json and, with
// --write-doc, the table into docs/PERFORMANCE.md.
// Data sets are built by the benchmark itself: one real scorecard is created and completed
// through the UI, its stored documents are read back from localStorage, and clones with ids,
// names, dates and scores from a seeded PRNG are written next to it. The stored format is
// therefore always the app's own.
// Usage: node scripts/bench.mjs [--write-doc] [--label TEXT]
import { createServer } from "node:http";
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { gzipSync, brotliCompressSync, constants as zlibConst } from "node:zlib";
import { chromium } from "@playwright/test";

const repo = fileURLToPath(new URL("../", import.meta.url));
const dist = join(repo, "dist") + "/";
const outDir = join(repo, "target", "bench");
const writeDoc = process.argv.includes("--write-doc");
const started = Date.now();
const DEADLINE_MS = 270_000; // the whole run must stay under 5 minutes
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);
const checkDeadline = (what) => {
  if (Date.now() - started > DEADLINE_MS) throw new Error(`over the time limit before ${what}`);
};

// Budgets of issue 9, in one place.
const BUDGET = {
  gzipKB: 150,
  loadOverFloorMs: 100,
  keyP95Ms: 16,
  autosaveMs: 2,
  list1000Ms: 100,
  fitAtLeast: 1000,
};
const QUOTA_5MIB = 5 * 1024 * 1024;
// Rows the app draws at once: the library's first page ("Show 50 more", src/ui/library.rs) and
// a comparison matrix's page (PAGE_ROWS, src/model/compare/page.rs). The list and matrix
// timings wait for that many rows (or every row, when there are fewer).
const LIST_PAGE = 50;
const MATRIX_PAGE = 25;

// ---------------------------------------------------------------- server
const FLOOR_BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title>
<link rel="icon" href="data:,"></head><body></body></html>`;
const FLOOR_TEXTAREA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>textarea</title>
<link rel="icon" href="data:,"></head><body><label for="t">Notes</label><textarea id="t" rows="4"></textarea></body></html>`;
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};
function serve() {
  // Same behaviour as scripts/serve-dist.mjs (no-store, no compression), plus the floor pages.
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const floor = { "/__floor/blank.html": FLOOR_BLANK, "/__floor/textarea.html": FLOOR_TEXTAREA }[path];
    if (floor) {
      res.writeHead(200, { "content-type": types[".html"], "cache-control": "no-store" }).end(floor);
      return;
    }
    const file = normalize(join(dist, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---------------------------------------------------------------- helpers
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  // nearest-rank
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
const r2 = (x) => (x == null ? null : Math.round(x * 100) / 100);

/** The launch args of playwright.config.ts, read from it so that both stay the same. */
function launchArgs() {
  const text = readFileSync(join(repo, "playwright.config.ts"), "utf8");
  const block = text.match(/args:\s*\[([\s\S]*?)\]/);
  if (!block) throw new Error("no launch args found in playwright.config.ts");
  return [...block[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

// Runs in every page before its own scripts: storage timing, readiness probes, latency probes.
function initScript() {
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
  window.__loaded = new Promise((resolve) => addEventListener("load", () => afterPaint(resolve)));
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

// In the page: writes `n` clones of the template card (seeded), plus the template's snapshot and
// an index listing them newest first. Returns the number of characters written.
function seedCards({ n, seed, template, keepOpen }) {
  let s = seed >>> 0;
  const rand = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const first = ["Ada", "Alan", "Grace", "Barbara", "Edsger", "Donald", "Frances", "Ken", "Radia", "Leslie", "Margaret", "Tony", "Niklaus", "Shafi", "Hedy", "Sophie"];
  const last = ["Lovelace", "Turing", "Hopper", "Liskov", "Dijkstra", "Knuth", "Allen", "Thompson", "Perlman", "Lamport", "Hamilton", "Hoare", "Wirth", "Goldwasser", "Lamarr", "Wilson"];
  const words = "clear reasoning asked good questions about trade offs indexes retries idempotency latency budget wrote tests missed edge case strong on SQL weak on queues".split(" ");
  localStorage.clear();
  // The tab's own memory of its open card (sessionStorage) would win over the seeded one.
  sessionStorage.clear();
  localStorage.setItem(template.snapshotKey, template.snapshot);
  const base = JSON.parse(template.card);
  const ids = [];
  let chars = 0;
  const day = 86_400_000;
  const t0 = 1_760_000_000_000; // fixed, so runs are identical
  for (let i = 0; i < n; i++) {
    const doc = structuredClone(base);
    const c = doc.scorecard;
    const id = `bench-${seed}-${String(i).padStart(5, "0")}`;
    c.id = id;
    c.candidate = `${first[Math.floor(rand() * first.length)]} ${last[Math.floor(rand() * last.length)]} ${i}`;
    const created = t0 - Math.floor(rand() * 365) * day;
    c.created_at = created;
    c.updated_at = created + Math.floor(rand() * day);
    if ("completed_at" in c) c.completed_at = c.updated_at;
    c.date = new Date(created).toISOString().slice(0, 10);
    for (const crit of c.criteria ?? []) {
      if (typeof crit.score === "number") crit.score = 1 + Math.floor(rand() * 5);
      if (typeof crit.notes === "string" && crit.notes)
        crit.notes = Array.from({ length: 6 }, () => words[Math.floor(rand() * words.length)]).join(" ");
    }
    if (typeof c.notes === "string" && c.notes)
      c.notes = Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]).join(" ");
    const text = JSON.stringify(doc);
    localStorage.setItem(template.cardPrefix + id, text);
    chars += text.length;
    ids.push([c.updated_at, id]);
  }
  ids.sort((a, b) => b[0] - a[0]);
  const list = ids.map(([, id]) => id);
  if (keepOpen) {
    // The template card itself, opened at start.
    localStorage.setItem(template.cardKey, template.card);
    list.unshift(template.id);
    localStorage.setItem(template.openKey, template.id);
  }
  const index = JSON.parse(template.index);
  index[template.indexField] = list;
  localStorage.setItem(template.indexKey, JSON.stringify(index));
  return chars;
}

// ---------------------------------------------------------------- measurements
async function sizes() {
  const rows = [];
  for (const f of (await readdir(dist)).sort()) {
    const kind = extname(f).slice(1);
    if (!["wasm", "js", "css"].includes(kind)) continue;
    const buf = await readFile(join(dist, f));
    rows.push({
      kind,
      file: f,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, {
        params: { [zlibConst.BROTLI_PARAM_QUALITY]: 11, [zlibConst.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length,
    });
  }
  const total = { kind: "total", file: "", raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ["raw", "gzip", "brotli"]) total[k] += r[k];
  return [...rows, total];
}

async function createTemplate(page, base) {
  await page.goto(base);
  await page.getByRole("heading", { name: "New scorecard" }).waitFor();
  await page.getByLabel("Candidate name").fill("Template Candidate");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await page.getByRole("heading", { level: 1, name: "Template Candidate" }).waitFor();
  const groups = page.getByRole("radiogroup");
  const n = Math.min(await groups.count(), 40);
  for (let i = 0; i < n; i++) {
    const radios = groups.nth(i).getByRole("radio");
    const k = await radios.count();
    if (k) await radios.nth(Math.min(3, k - 1)).check();
  }
  await page.locator("textarea").first().fill("Clear reasoning about indexes and retries.");
  await page.locator("#overall-notes").fill("Strong on SQL, asked good questions about trade-offs.");
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByRole("button", { name: "Reopen scorecard" }).waitFor();
  const all = await page.evaluate(() => ({ ...localStorage }));
  const cardKey = Object.keys(all).find((k) => k.startsWith("scorecard:card:"));
  const snapshotKey = Object.keys(all).find((k) => k.startsWith("scorecard:snapshot:"));
  if (!cardKey || !snapshotKey || !all["scorecard:index"]) throw new Error("no stored card/snapshot/index found: " + Object.keys(all));
  const index = JSON.parse(all["scorecard:index"]);
  const indexField = Object.keys(index).find((k) => Array.isArray(index[k]));
  if (!indexField) throw new Error("index document has no id list: " + all["scorecard:index"]);
  const id = cardKey.slice("scorecard:card:".length);
  return {
    id,
    cardKey,
    cardPrefix: "scorecard:card:",
    card: all[cardKey],
    snapshotKey,
    snapshot: all[snapshotKey],
    indexKey: "scorecard:index",
    index: all["scorecard:index"],
    indexField,
    openKey: "scorecard:open",
  };
}

async function navTime(page, url, probe) {
  await page.goto(url, { waitUntil: "commit" });
  return page.evaluate((p) => window[p], probe);
}

async function loadTimes(page, base, runs) {
  const blank = [];
  const app = [];
  for (let i = 0; i < runs; i++) {
    blank.push(await navTime(page, base + "__floor/blank.html", "__loaded"));
    app.push(await navTime(page, base, "__firstControl"));
  }
  return { blank, app };
}

async function typeLatency(page, selector, text) {
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

async function autosaveCost(page, keystrokes) {
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

async function listRender(page, base, template, n) {
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

async function compareRender(page, n) {
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

async function importBundle(browser, base, ctxOpts, exportDoc, n) {
  // "Export all" of one card gives a single scorecard document; of several, a bundle.
  const exported = JSON.parse(exportDoc);
  const one = exported.scorecards ? exported.scorecards[0] : exported.scorecard;
  const bundle = { format: "scorecard-export", version: exported.version, exported_at: one.updated_at, app_version: "bench", scorecards: [] };
  let s = 7 >>> 0;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
  bundle.scorecards = Array.from({ length: n }, (_, i) => {
    const c = structuredClone(one);
    c.id = `import-${String(i).padStart(5, "0")}`;
    c.candidate = `Imported Candidate ${i}`;
    c.updated_at = c.created_at + i * 1000;
    if (c.completed_at != null) c.completed_at = c.updated_at;
    for (const crit of c.criteria ?? []) if (typeof crit.score === "number") crit.score = 1 + Math.floor(rand() * 5);
    return c;
  });
  // The app refuses an import file over 5 MiB (MAX_IMPORT_BYTES), so a large set goes in as
  // several files of one selection, as a user would pick them.
  const all = bundle.scorecards;
  const fullBytes = Buffer.byteLength(JSON.stringify(bundle));
  const parts = Math.ceil(fullBytes / (4.5 * 1024 * 1024));
  const paths = [];
  for (let p = 0; p < parts; p++) {
    const path = join(outDir, `import-${n}-${p + 1}of${parts}.json`);
    const size = Math.ceil(all.length / parts);
    await writeFile(path, JSON.stringify({ ...bundle, scorecards: all.slice(p * size, (p + 1) * size) }));
    paths.push(path);
  }
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
async function probeQuota(browser, base, ctxOpts) {
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

async function memory(page, base, template, n) {
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

// ---------------------------------------------------------------- main
async function main() {
  await mkdir(outDir, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: launchArgs(),
  });
  const ctxOpts = { viewport: { width: 1280, height: 720 }, acceptDownloads: true };
  const results = { version: 1, date: new Date().toISOString(), budgets: BUDGET };
  try {
    log("sizes");
    results.sizes = await sizes();

    const ctx = await browser.newContext(ctxOpts);
    await ctx.addInitScript(initScript);
    const page = await ctx.newPage();
    page.setDefaultTimeout(20_000);

    log("template scorecard through the UI");
    const template = await createTemplate(page, base);
    results.storedCardChars = template.card.length;
    results.snapshotChars = template.snapshot.length;
    // The export of the completed card, for the import data set.
    await page.getByRole("button", { name: "All scorecards" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export all" }).click();
    const exportPath = join(outDir, "template-export.json");
    await (await download).saveAs(exportPath);
    const exportDoc = await readFile(exportPath, "utf8");

    log("load: blank page vs first score control (1 card stored)");
    await page.goto(base + "__floor/blank.html");
    await page.evaluate(seedCards, { n: 0, seed: 1, template, keepOpen: true });
    await navTime(page, base, "__firstControl"); // warm-up
    const load1 = await loadTimes(page, base, 10);
    checkDeadline("load with 1,000");

    log("load with 1,000 stored; keystroke latency; autosave");
    await page.goto(base + "__floor/blank.html");
    await page.evaluate(seedCards, { n: 1000, seed: 1, template, keepOpen: true });
    const load1000 = await loadTimes(page, base, 5);
    const typed = "Asked about idempotency keys and retry budgets; good answer on indexes.";
    await page.goto(base, { waitUntil: "commit" });
    await page.evaluate(() => window.__firstControl);
    const appKeys = await typeLatency(page, "#overall-notes", typed);
    const save = await autosaveCost(page, 20);
    await page.goto(base + "__floor/textarea.html");
    const floorKeys = await typeLatency(page, "#t", typed);
    checkDeadline("library");

    const lists = {};
    for (const n of [100, 1000]) {
      log(`library list with ${n}`);
      lists[n] = await listRender(page, base, template, n);
      log(`compare with ${n}`);
      lists[n].compare = await compareRender(page, n);
      checkDeadline("next data set");
    }

    log("memory after loading 1,000");
    const mem = await memory(page, base, template, 1000);
    await ctx.close();

    log("import 1,000 from JSON");
    const imp = await importBundle(browser, base, ctxOpts, exportDoc, 1000);
    const imp1 = await importBundle(browser, base, ctxOpts, exportDoc, 1);
    log("quota probe");
    const quota = await probeQuota(browser, base, ctxOpts);

    // ---- figures
    const total = results.sizes.at(-1);
    const blank = median(load1.blank);
    const app = median(load1.app);
    const perCard = imp.stored.chars > imp1.stored.chars ? (imp.stored.chars - imp1.stored.chars) / 999 : null;
    const fixed = imp1.stored.chars - (perCard ?? 0);
    const fit = (q) => (perCard ? Math.floor((q - fixed) / perCard) : null);
    const saveMs = save.per.map((p) => p.storageMs);
    results.load = {
      runs: load1.app.length,
      blankMs: r1(blank),
      appMs: r1(app),
      ratio: r2(app / blank),
      differenceMs: r1(app - blank),
      with1000: { blankMs: r1(median(load1000.blank)), appMs: r1(median(load1000.app)), differenceMs: r1(median(load1000.app) - median(load1000.blank)) },
      samples: load1,
    };
    results.keystroke = {
      stored: 1000,
      keys: appKeys.keys.length,
      app: { p50: r1(median(appKeys.keys)), p95: r1(quantile(appKeys.keys, 0.95)), max: r1(Math.max(...appKeys.keys)), slowEvents: appKeys.slow.length },
      floor: { p50: r1(median(floorKeys.keys)), p95: r1(quantile(floorKeys.keys, 0.95)), max: r1(Math.max(...floorKeys.keys)), slowEvents: floorKeys.slow.length },
    };
    results.autosave = {
      keystrokes: save.per.length,
      storageMsP50: r2(median(saveMs)),
      storageMsMax: r2(Math.max(...saveMs)),
      setItemsPerChange: median(save.per.map((p) => p.sets)),
      getItemsPerChange: median(save.per.map((p) => p.gets)),
      keysWritten: [...new Set(save.per.flatMap((p) => p.keys))],
      charsWrittenPerChange: median(save.per.map((p) => p.chars)),
      wholeChangeMsP50: r2(median(save.whole)),
      wholeChangeMsP95: r2(quantile(save.whole, 0.95)),
    };
    results.lists = Object.fromEntries(
      Object.entries(lists).map(([n, l]) => [
        n,
        {
          rows: l.rows,
          loadAndRenderMs: r1(median(l.loadRender)),
          renderMs: r1(median(l.render)),
          compare: l.compare.available ? { ms: r1(l.compare.ms), openPageMs: r1(l.compare.openMs) } : { available: false, why: l.compare.why },
        },
      ]),
    );
    results.import = { n: 1000, ms: r1(imp.ms), status: imp.status, cardsStored: imp.stored.cards, bundleBytes: imp.bundleBytes, files: imp.files };
    results.capacity = {
      storedCharsWith1000: imp.stored.chars,
      storedUtf8With1000: imp.stored.utf8,
      charsPerCompletedCard: perCard && Math.round(perCard),
      fixedChars: Math.round(fixed),
      fitIn5MiB: fit(QUOTA_5MIB),
      measuredQuotaChars: quota,
      fitInMeasuredQuota: fit(quota),
    };
    results.memory = { ...mem, total: mem.jsHeapUsed + (mem.wasmMemory ?? 0) };
    const chromiumVersion = browser.version();
    results.machine = machine(chromiumVersion);
    results.verdicts = verdicts(results);

    const table = renderTable(results);
    console.log(table);
    await writeFile(join(outDir, "results.json"), JSON.stringify(results, null, 2) + "\n");
    log(`wrote target/bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (writeDoc) {
      await writeDocFile(results, table);
      log("wrote docs/PERFORMANCE.md");
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function machine(chromiumVersion) {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = (cpuinfo.match(/model name\s*:\s*(.*)/) || [])[1] || cpus()[0]?.model || "unknown";
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync("nproc").toString().trim());
  } catch {}
  let os = "";
  try {
    os = (readFileSync("/etc/os-release", "utf8").match(/PRETTY_NAME="(.*)"/) || [])[1] || "";
  } catch {}
  return { nproc, cpu: model, memGiB: Math.round(totalmem() / 2 ** 30), os, chromium: chromiumVersion, node: process.version };
}

function verdicts(r) {
  const total = r.sizes.at(-1);
  const v = (ok, figure, budget) => ({ met: ok, figure, budget });
  const l1000 = r.lists["1000"];
  return {
    size: v(total.gzip / 1024 <= BUDGET.gzipKB, `${(total.gzip / 1024).toFixed(1)} KB gzip`, `<= ${BUDGET.gzipKB} KB gzip`),
    load: v(r.load.differenceMs <= BUDGET.loadOverFloorMs, `+${r.load.differenceMs} ms over the blank page`, `<= +${BUDGET.loadOverFloorMs} ms`),
    keystroke: v(r.keystroke.app.p95 <= BUDGET.keyP95Ms, `p95 ${r.keystroke.app.p95} ms (plain textarea ${r.keystroke.floor.p95} ms)`, `<= ${BUDGET.keyP95Ms} ms`),
    autosave: v(
      r.autosave.storageMsP50 <= BUDGET.autosaveMs && r.autosave.keysWritten.every((k) => k === "scorecard:card:<id>"),
      `${r.autosave.storageMsP50} ms storage, writes ${r.autosave.keysWritten.join(", ")}`,
      `<= ${BUDGET.autosaveMs} ms, only the changed card`,
    ),
    library1000: v(l1000.renderMs <= BUDGET.list1000Ms, `${l1000.renderMs} ms`, `<= ${BUDGET.list1000Ms} ms`),
    compare1000: l1000.compare.ms != null ? v(l1000.compare.ms <= BUDGET.list1000Ms, `${l1000.compare.ms} ms`, `<= ${BUDGET.list1000Ms} ms`) : v(null, "not available", `<= ${BUDGET.list1000Ms} ms`),
    capacity: v(r.capacity.fitIn5MiB >= BUDGET.fitAtLeast, `${r.capacity.fitIn5MiB} in 5 MiB`, `>= ${BUDGET.fitAtLeast}`),
  };
}

function renderTable(r) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(" | ")} |`);
  const kb = (b) => (b / 1024).toFixed(1);
  lines.push("Transfer size of dist/ (KB = 1,024 bytes; gzip -9, brotli q11)", "");
  row("file", "raw KB", "gzip KB", "brotli KB");
  row("---", "---:", "---:", "---:");
  for (const s of r.sizes) row(s.kind === "total" ? "**total**" : `${s.kind} (${s.file})`, kb(s.raw), kb(s.gzip), kb(s.brotli));
  lines.push("", "Timings (medians unless said; Chromium headless on loopback)", "");
  row("measure", "app", "floor", "budget", "verdict");
  row("---", "---:", "---:", "---", "---");
  const V = r.verdicts;
  const mark = (x) => (x.met === null ? "n/a" : x.met ? "met" : "**missed**");
  row(
    `navigation → usable first score control (1 card, ${r.load.runs} runs)`,
    `${r.load.appMs} ms`,
    `${r.load.blankMs} ms blank page`,
    `≤ floor + ${BUDGET.loadOverFloorMs} ms`,
    `${mark(V.load)}: ×${r.load.ratio}, +${r.load.differenceMs} ms`,
  );
  row("same, 1,000 cards stored", `${r.load.with1000.appMs} ms`, `${r.load.with1000.blankMs} ms`, "—", `+${r.load.with1000.differenceMs} ms`);
  row(
    `keystroke → paint, notes, 1,000 stored (${r.keystroke.keys} keys) p50 / p95`,
    `${r.keystroke.app.p50} / ${r.keystroke.app.p95} ms`,
    `${r.keystroke.floor.p50} / ${r.keystroke.floor.p95} ms plain textarea`,
    `p95 ≤ ${BUDGET.keyP95Ms} ms`,
    mark(V.keystroke),
  );
  row(
    "keystroke → paint: app minus plain textarea, p50 / p95",
    `+${r1(r.keystroke.app.p50 - r.keystroke.floor.p50)} / +${r1(r.keystroke.app.p95 - r.keystroke.floor.p95)} ms`,
    "—",
    "—",
    "—",
  );
  row(
    "one autosave: storage calls (p50 / max)",
    `${r.autosave.storageMsP50} / ${r.autosave.storageMsMax} ms`,
    "—",
    `≤ ${BUDGET.autosaveMs} ms`,
    `${mark(V.autosave)}`,
  );
  row(
    "one change end to end: input → model → DOM → autosave (p50 / p95)",
    `${r.autosave.wholeChangeMsP50} / ${r.autosave.wholeChangeMsP95} ms`,
    "—",
    "—",
    "—",
  );
  row(
    "bytes written per change",
    `${r.autosave.charsWrittenPerChange} B in ${r.autosave.setItemsPerChange} write(s): ${r.autosave.keysWritten.join(", ")}`,
    "—",
    "only the changed card",
    r.autosave.keysWritten.every((k) => k === "scorecard:card:<id>") ? "met" : "**missed**",
  );
  for (const n of ["100", "1000"]) {
    const l = r.lists[n];
    row(`library list, ${n} cards: render (switch back to the list; ${Math.min(Number(n), LIST_PAGE)} rows drawn)`, `${l.renderMs} ms`, "—", n === "1000" ? `≤ ${BUDGET.list1000Ms} ms` : "—", n === "1000" ? mark(V.library1000) : "—");
    row(`library list, ${n} cards: navigation → rows painted`, `${l.loadAndRenderMs} ms`, "—", "—", "—");
    if (l.compare.openPageMs != null) row(`Compare page, ${n} cards: open (quick picks; the list of every card is drawn only when opened)`, `${l.compare.openPageMs} ms`, "—", "—", "—");
    row(`comparison matrix, ${n} cards: pick all → matrix painted (${Math.min(Number(n), MATRIX_PAGE)} rows drawn)`, l.compare.ms != null ? `${l.compare.ms} ms` : "not available", "—", n === "1000" ? `≤ ${BUDGET.list1000Ms} ms` : "—", l.compare.ms != null ? (n === "1000" ? mark(V.compare1000) : "—") : `n/a (${l.compare.why})`);
  }
  row(`import 1,000 scorecards from JSON (${(r.import.bundleBytes / 2 ** 20).toFixed(1)} MiB as ${r.import.files} file(s))`, `${r.import.ms} ms`, "—", "—", `${r.import.cardsStored} stored`);
  row("stored per completed scorecard", `${r.capacity.charsPerCompletedCard} B`, "—", "—", `+ ${r.capacity.fixedChars} B once (rubric snapshot, index)`);
  row("completed scorecards in a 5 MiB quota", `${r.capacity.fitIn5MiB}`, "—", `≥ ${BUDGET.fitAtLeast}`, `${mark(V.capacity)} (this Chromium's real quota: ${r.capacity.measuredQuotaChars} chars → ${r.capacity.fitInMeasuredQuota})`);
  row(
    "memory after loading 1,000: JS heap + wasm",
    `${kb(r.memory.total)} KB`,
    "—",
    "—",
    `JS heap ${kb(r.memory.jsHeapUsed)} KB + wasm ${r.memory.wasmMemory == null ? "?" : kb(r.memory.wasmMemory)} KB`,
  );
  return lines.join("\n");
}

async function writeDocFile(r, table) {
  const m = r.machine;
  const path = join(repo, "docs", "PERFORMANCE.md");
  let notes = "";
  try {
    const old = await readFile(path, "utf8");
    const i = old.indexOf("<!-- notes -->");
    if (i >= 0) notes = old.slice(i);
  } catch {}
  if (!notes) notes = "<!-- notes -->\n";
  const text = `# Performance

The latest figures of \`scripts/bench.sh\` (issue 9). Everything above the notes marker is written
by the benchmark (\`scripts/bench.sh --write-doc\`); the notes below it are kept.

- Date: ${r.date}
- Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB RAM, ${m.os}; shared with other builds, so
  timings are noisy: for this record the benchmark ran twice and the second run is written here.
- Browser: Chromium ${m.chromium} headless (Debian's /usr/bin/chromium, launch args of
  \`playwright.config.ts\`), Node ${m.node}, app served from \`dist/\` on 127.0.0.1 without compression
  or caching.

## How to reproduce

\`\`\`sh
scripts/bench.sh                 # setup, release build, benchmark: prints the table, writes target/bench/results.json
scripts/bench.sh --no-build      # the same against the dist/ already built
scripts/bench.sh --write-doc     # also rewrites the figures above the notes in this file
\`\`\`

## Figures

${table}

Verdicts against the budgets of issue 9:

${Object.entries(r.verdicts)
  .map(([k, v]) => `- ${k}: ${v.met === null ? "not measured" : v.met ? "met" : "**missed**"} (${v.figure}; budget ${v.budget})`)
  .join("\n")}

${notes}`;
  await writeFile(path, text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
