// Performance benchmark of the release build in dist/ against the performance budgets. Run it
// through scripts/bench.sh.
// Serves dist/ plus two floor pages (a blank page, a plain textarea page) from one server on
// 127.0.0.1 and the Leptos hello world of bench/hello from another, both with their precompressed
// files as static hosts serve them, drives Debian's Chromium through Playwright with the launch args of
// playwright.config.ts, prints a table, writes target/bench/results.json and, with
// --write-doc, the table into docs/PERFORMANCE.md.
// First the cold loads (fresh browser context per load, loopback and throttled) of the blank
// page, the hello world and the app side by side, then the app's own measurements, then (with
// --lighthouse) Lighthouse mobile on the three pages.
// Data sets are built by the benchmark itself: one real scorecard is created and completed
// through the UI, its stored documents are read back from localStorage, and clones with ids,
// names, dates and scores from a seeded PRNG are written next to it. The stored format is
// therefore always the app's own.
// This file runs the steps in order; the parts are in scripts/bench/: common.mjs (paths, clock,
// budgets, statistics), server.mjs (dist/, the floor pages and the hello world, through
// scripts/static-server.mjs as scripts/serve-dist.mjs serves them), cold.mjs (the cold loads),
// lighthouse.mjs (Lighthouse mobile), seed.mjs (the data sets), measure.mjs (the page probes
// and the measurements) and report.mjs (figures, verdicts, the table, docs/PERFORMANCE.md).
// Usage: node scripts/bench.mjs [--write-doc] [--lighthouse] [--lighthouse-runs N] [--label TEXT] [--cold-only]
//   --label: a note on the machine for docs/PERFORMANCE.md (e.g. "shared with builds").
//   --cold-only: only the cold loads and Lighthouse (a quick look; cannot --write-doc).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { outDir, started, log, checkDeadline, BUDGET } from "./bench/common.mjs";
import { serve, serveHello } from "./bench/server.mjs";
import { coldLoads } from "./bench/cold.mjs";
import { lighthouseRuns } from "./bench/lighthouse.mjs";
import { createTemplate, seedCards } from "./bench/seed.mjs";
import {
  launchArgs,
  initScript,
  sizes,
  navTime,
  loadTimes,
  typeLatency,
  autosaveCost,
  listRender,
  compareRender,
  importBundle,
  probeQuota,
  memory,
} from "./bench/measure.mjs";
import { addFigures, addColdFigures, machine, verdicts, renderTable, renderColdTables, writeDocFile } from "./bench/report.mjs";

const argv = process.argv.slice(2);
const writeDoc = argv.includes("--write-doc");
const withLighthouse = argv.includes("--lighthouse");
const coldOnly = argv.includes("--cold-only");
const label = argv.includes("--label") ? argv[argv.indexOf("--label") + 1] : null;
const lighthouseRunsN = Number(argv[argv.indexOf("--lighthouse-runs") + 1] || 0) || 1;
if (coldOnly && writeDoc) throw new Error("--cold-only cannot --write-doc: the doc needs every figure");

async function main() {
  await mkdir(outDir, { recursive: true });
  const server = await serve();
  const hello = await serveHello();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const helloBase = `http://127.0.0.1:${hello.address().port}/`;
  const pages = [
    { key: "blank", name: "blank page", url: base + "__floor/blank.html", probe: "__loaded" },
    { key: "hello", name: "Leptos 0.8 hello world", url: helloBase, probe: "__firstField" },
    { key: "app", name: "Scorecard", url: base, probe: "__firstField", appProbe: "__appField" },
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: launchArgs(),
  });
  const ctxOpts = { viewport: { width: 1280, height: 720 }, acceptDownloads: true };
  const results = { version: 2, date: new Date().toISOString(), label, budgets: BUDGET };
  try {
    log("sizes");
    results.sizes = await sizes();

    log("cold loads: blank page, hello world, Scorecard (fresh context each)");
    const cold = await coldLoads(browser, ctxOpts, pages);
    let lh = null;
    if (withLighthouse) {
      log(`Lighthouse mobile, ${lighthouseRunsN} run(s) per page`);
      lh = await lighthouseRuns(pages, lighthouseRunsN);
    }
    addColdFigures(results, cold, lh, pages);
    // Kept even when a later step fails.
    await writeFile(join(outDir, "cold.json"), JSON.stringify(results, null, 2) + "\n");
    log("wrote target/bench/cold.json");
    if (coldOnly) {
      console.log(renderColdTables(results));
      return;
    }
    checkDeadline("the app's own measurements");

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

    addFigures(results, { load1, load1000, appKeys, floorKeys, save, lists, imp, imp1, quota, mem });
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
    hello.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
