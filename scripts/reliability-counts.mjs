// Prints the counts docs/RELIABILITY.md quotes, read from the tests themselves so the docs
// cannot drift from what the tests prove. Imports nothing but Node's own modules.
// Usage: node scripts/reliability-counts.mjs [--check]
// --check (run by scripts/test.sh) fails unless each figure row of docs/RELIABILITY.md names the
// count printed here.
import { readFileSync } from "node:fs";

/** [row of the figures table it belongs to, count] for --check. */
const figures = [];
const root = new URL("..", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");
/** How many times `pattern` (a global RegExp) matches in the file at `path`. */
const count = (path, pattern) => (read(path).match(pattern) ?? []).length;
/** The default case count of a fuzz test's `cases_or(N)` (FUZZ_CASES overrides it at run time). */
const defaultCases = (path) => Number(read(path).match(/cases_or\(([\d_]+)\)/)[1].replaceAll("_", ""));
/** Playwright tests in a spec: `test(` at the start of a line, including ones in a loop. */
const e2eTests = (spec) => count(`tests/e2e/${spec}`, /^\s*test\(/gm);

// tests/e2e/injection.spec.ts sends every string of this corpus through every view and export.
const corpus = JSON.parse(read("tests/e2e/injection-corpus.json")).length;
console.log(`injection strings: ${corpus}`);
figures.push(["| injection strings |", corpus]);

// Fuzz cases per test run.
figures.push(["| fuzz cases per CI run (byte-level", defaultCases("src/model/fuzz.rs")]);
console.log(`fuzz cases, byte-level scorecard import and rubric link decoder (model::fuzz): ${defaultCases("src/model/fuzz.rs")} each`);
figures.push(["| structure-aware import fuzz cases", defaultCases("src/export/fuzz_tests.rs")]);
console.log(`fuzz cases, structure-aware import (export::fuzz_tests): ${defaultCases("src/export/fuzz_tests.rs")}`);
const codec = read("src/export/link_fuzz_tests.rs").match(/for round in 0\.\.([\d_]+)/)[1].replaceAll("_", "");
figures.push(["| fuzz cases per CI run (byte-level", Number(codec)]);
console.log(`fuzz cases, link codec (export::link fuzz_tests): ${codec}`);

// Native merge cases of the two-tab merge.
const merges = ["src/model/merge_tests.rs", "src/model/merge_stamp_tests.rs"].reduce((n, f) => n + count(f, /#\[test\]/g), 0);
figures.push(["| merge cases", merges]);
console.log(`merge cases (model::merge tests and stamp_tests): ${count("src/model/merge_tests.rs", /#\[test\]/g)}`);

// Storage-fault and two-tab scenarios, each an end-to-end test (storage tests in the browser tier too).
const storage = ["storage.spec.ts", "reliability.spec.ts", "recovered.spec.ts", "pagehide.spec.ts"];
const perSpec = storage.map((s) => `${s} ${e2eTests(s)}`).join(", ");
const e2eStorage = storage.reduce((n, s) => n + e2eTests(s), 0);
figures.push(["| storage-fault end-to-end tests", e2eStorage]);
console.log(`storage-fault e2e tests: ${e2eStorage} (${perSpec})`);
figures.push(["| browser-tier tests", count("tests/web.rs", /#\[wasm_bindgen_test\]/g)]);
console.log(`browser-tier tests (tests/web.rs: storage faults, restore, mounting, share links): ${count("tests/web.rs", /#\[wasm_bindgen_test\]/g)}`);
figures.push(["| two-tab end-to-end tests", e2eTests("two-tabs.spec.ts")]);
console.log(`two-tab e2e tests (two-tabs.spec.ts): ${e2eTests("two-tabs.spec.ts")}`);

// Views and dialogs axe audits: every `audit(page, "name")` call in the e2e specs. Those in
// a11y.spec.ts run once per colour scheme; a name with "(light)"/"(dark)" is one scheme already.
const views = new Set();
for (const spec of ["a11y.spec.ts", "team.spec.ts", "two-tabs.spec.ts", "debrief.spec.ts", "parts.spec.ts"]) {
  for (const m of read(`tests/e2e/${spec}`).matchAll(/\baudit\(\w+, "([^"]+)"\)/g)) {
    views.add(m[1].replace(/ \((light|dark)\)$/, ""));
  }
}
console.log(`views and dialogs audited by axe: ${views.size}`);
figures.push(["| views and dialogs audited by axe-core", views.size]);

if (process.argv.includes("--check")) {
  const rows = read("docs/RELIABILITY.md").split("\n");
  const wrong = figures.filter(([prefix, n]) => {
    const row = rows.find((r) => r.startsWith(prefix));
    const cell = row?.split("|")[2] ?? "";
    return !new RegExp(`(^|[^\\d,])${n.toLocaleString("en-US")}([^\\d,]|$)`).test(cell);
  });
  for (const [prefix, n] of wrong) console.error(`docs/RELIABILITY.md: the row "${prefix}" does not say ${n.toLocaleString("en-US")}`);
  if (wrong.length) process.exit(1);
  console.log("docs/RELIABILITY.md figures agree");
}
