// The report: figures and verdicts from the raw measurements, the table printed to stdout, and
// docs/PERFORMANCE.md's generated part.
import { readFile, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { COLD_LOADS, WARM_RELOADS, THROTTLE } from "./cold.mjs";
import { repo, BUDGET, QUOTA_5MIB, LIST_PAGE, MATRIX_PAGE, median, quantile, r1, r2 } from "./common.mjs";

/** Adds the figures made from the raw measurements to `results`, in the order results.json has. */
export function addFigures(results, { load1, load1000, appKeys, floorKeys, save, lists, imp, imp1, quota, mem }) {
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
}

/** results.cold from the cold-load samples (cold.mjs) and the Lighthouse figures (null: not run). */
export function addColdFigures(results, cold, lh, pages) {
  const stats = (xs) => ({ p50: r1(median(xs)), p90: r1(quantile(xs, 0.9)) });
  const of = (samples, k) => samples.map((s) => s[k]).filter((x) => x != null);
  const mode = (m) => ({
    firstControlMs: stats(of(m.cold, "ready")),
    appRunningMs: stats(of(m.cold, "app")),
    fcpMs: stats(of(m.cold, "fcp")),
    lcpMs: stats(of(m.cold, "lcp")),
    warmReloadMs: stats(of(m.warm, "ready")),
  });
  results.cold = {
    loads: COLD_LOADS,
    warmReloads: WARM_RELOADS,
    throttle: THROTTLE,
    lighthouse: lh ? { runs: lh[pages[0].key].runs } : null,
    pages: Object.fromEntries(
      pages.map((p) => {
        const c = cold.loopback[p.key];
        return [
          p.key,
          {
            name: p.name,
            firstDownloadBytes: median(of(c.cold, "bytes")),
            requests: median(of(c.cold, "requests")),
            loopback: mode(c),
            throttled: mode(cold.throttled[p.key]),
            lighthouse: lh ? lh[p.key] : null,
          },
        ];
      }),
    ),
    samples: cold,
  };
}

export function renderColdTables(r) {
  const c = r.cold;
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(" | ")} |`);
  const kb = (b) => (b / 1024).toFixed(1);
  const ms = (s) => (s.p50 == null ? "—" : `${s.p50} / ${s.p90} ms`);
  const t = c.throttle;
  lines.push(
    `Cold loads (a fresh browser context per load, ${c.loads} loads, median / p90; served brotli by scripts/static-server.mjs; throttled: ${t.downKbps / 1000} Mbps down, ${t.upKbps} kbps up, ${t.rttMs} ms RTT, ${t.cpu}x CPU; Lighthouse mobile ${c.lighthouse ? `(${c.lighthouse.runs} run(s), median)` : "not run (--lighthouse)"})`,
    "",
  );
  row("page", "first download (brotli KB)", "first control, loopback", "first control, throttled", "app running, throttled", "Lighthouse perf", "FCP", "LCP", "TBT", "CLS");
  row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
  for (const p of Object.values(c.pages)) {
    const l = p.lighthouse;
    const lms = (x) => (l && x != null ? `${Math.round(x)} ms` : "—");
    row(p.name, kb(p.firstDownloadBytes), ms(p.loopback.firstControlMs), ms(p.throttled.firstControlMs), ms(p.throttled.appRunningMs ?? p.throttled.firstControlMs), l ? `${l.perf}` : "—", lms(l?.fcpMs), lms(l?.lcpMs), lms(l?.tbtMs), l && l.cls != null ? `${r2(l.cls)}` : "—");
  }
  lines.push(
    "",
    "First control: the first text field that takes input (Scorecard: the app shell's form, whose input the app carries over). App running: the page's own code has drawn it (Scorecard: the app's form in the shell's place). The first download is every byte fetched until the app runs.",
  );
  lines.push(
    "",
    `The same loads as the browser timed them (PerformanceObserver), and warm reloads of the same page (${c.warmReloads} after the last cold load: compiled code and service worker kept), median / p90`,
    "",
  );
  row("page", "link", "FCP", "LCP", "first control, cold", "app running, cold", "first control, warm reload");
  row("---", "---", "---:", "---:", "---:", "---:", "---:");
  for (const p of Object.values(c.pages)) {
    for (const m of ["loopback", "throttled"]) row(p.name, m, ms(p[m].fcpMs), ms(p[m].lcpMs), ms(p[m].firstControlMs), ms(p[m].appRunningMs ?? p[m].firstControlMs), ms(p[m].warmReloadMs));
  }
  lines.push("", "Scorecard against the first-visit budgets (issue 19)", "");
  row("budget", "Scorecard", "verdict");
  row("---", "---:", "---");
  const names = { lighthouseMobile: "Lighthouse mobile performance", firstDownload: "first download", throttledFirstControl: "first control, throttled" };
  for (const [k, v] of Object.entries(coldVerdicts(r))) row(`${names[k]} ${v.budget}`, v.figure, v.met === null ? "not measured" : v.met ? "pass" : "**fail**");
  const running = c.pages.app?.throttled.appRunningMs?.p50;
  if (running != null) row("app running, throttled (beside the first control; no budget of its own)", `${running} ms median`, "—");
  return lines.join("\n");
}

export function machine(chromiumVersion) {
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

export function verdicts(r) {
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
    ...coldVerdicts(r),
  };
}

/** Issue 19's budgets, for Scorecard's cold loads. */
export function coldVerdicts(r) {
  const app = r.cold.pages.app;
  const v = (ok, figure, budget) => ({ met: ok, figure, budget });
  const perf = app.lighthouse?.perf;
  const down = app.firstDownloadBytes / 1024;
  const slow = app.throttled.firstControlMs.p50;
  return {
    lighthouseMobile: v(perf == null ? null : perf >= BUDGET.lighthousePerfAtLeast, perf == null ? "not run" : `${perf}`, `>= ${BUDGET.lighthousePerfAtLeast}`),
    firstDownload: v(down <= BUDGET.firstDownloadKB, `${down.toFixed(1)} KB brotli`, `<= ${BUDGET.firstDownloadKB} KB brotli`),
    throttledFirstControl: v(slow <= BUDGET.throttledFirstControlMs, `${slow} ms median`, `<= ${BUDGET.throttledFirstControlMs} ms`),
  };
}

export function renderTable(r) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(" | ")} |`);
  const kb = (b) => (b / 1024).toFixed(1);
  lines.push(renderColdTables(r), "");
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
    `warm reload (same page) → usable first score control (1 card, ${r.load.runs} runs)`,
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

export async function writeDocFile(r, table) {
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

The latest figures of \`scripts/bench.sh\`. Everything above the notes marker is written by the
benchmark (\`scripts/bench.sh --write-doc\`); the notes below it are kept.

- Date: ${r.date}
- Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB RAM, ${m.os}${r.label ? `; ${r.label}` : ""}.
- Browser: Chromium ${m.chromium} headless (Debian's /usr/bin/chromium, launch args of
  \`playwright.config.ts\`), Node ${m.node}, app served from \`dist/\` on 127.0.0.1 by
  \`scripts/static-server.mjs\` with the build's precompressed files (brotli), without caching.

## How to reproduce

\`\`\`sh
scripts/bench.sh                 # setup, release build, benchmark: prints the table, writes target/bench/results.json
scripts/bench.sh --no-build      # the same against the dist/ already built
scripts/bench.sh --write-doc     # also rewrites the figures above the notes in this file
scripts/bench.sh --no-lighthouse # without Lighthouse (which scripts/bench.sh runs by default)
node scripts/bench.mjs --cold-only --lighthouse   # only the cold loads and Lighthouse, against the built dist/ and hello world
\`\`\`

## Figures

${table}

Verdicts against the performance budgets:

${Object.entries(r.verdicts)
  .map(([k, v]) => `- ${k}: ${v.met === null ? "not measured" : v.met ? "met" : "**missed**"} (${v.figure}; budget ${v.budget})`)
  .join("\n")}

${notes}`;
  await writeFile(path, text);
}
