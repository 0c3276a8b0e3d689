// Performance benchmark of the release build in dist/ against the performance budgets. Run it
// through scripts/bench.sh.
// Serves dist/ plus two floor pages (a blank page, a plain textarea page) from one server on
// 127.0.0.1, drives Debian's Chromium through Playwright with the launch args of
// playwright.config.ts, prints a table, writes target/bench/results.json and, with
// --write-doc, the table into docs/PERFORMANCE.md.
// Data sets are built by the benchmark itself: one real scorecard is created and completed
// through the UI, its stored documents are read back from localStorage, and clones with ids,
// names, dates and scores from a seeded PRNG are written next to it. The stored format is
// therefore always the app's own.
// This file runs the steps in order; the parts are in scripts/bench/: common.mjs (paths, clock,
// budgets, statistics), server.mjs (dist/ and the floor pages, through scripts/static-server.mjs
// as scripts/serve-dist.mjs serves them), seed.mjs (the data sets), measure.mjs (the page probes
// and the measurements) and report.mjs (figures, verdicts, the table, docs/PERFORMANCE.md).
// Usage: node scripts/bench.mjs [--write-doc] [--label TEXT]
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { outDir, started, log, checkDeadline, BUDGET } from "./bench/common.mjs";
import { serve } from "./bench/server.mjs";
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
import { addFigures, machine, verdicts, renderTable, writeDocFile } from "./bench/report.mjs";

const writeDoc = process.argv.includes("--write-doc");

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
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
