// What every part of the benchmark shares: paths, the clock and its deadline, the budgets, and
// the statistics and rounding of the figures.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = fileURLToPath(new URL("../../", import.meta.url));
export const dist = join(repo, "dist") + "/";
export const outDir = join(repo, "target", "bench");
export const started = Date.now();
const DEADLINE_MS = 540_000; // a guard against a hung run (scripts/bench.sh: timeout 600); about 6 minutes on a quiet machine is the aim
export const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);
export const checkDeadline = (what) => {
  if (Date.now() - started > DEADLINE_MS) throw new Error(`over the time limit before ${what}`);
};

// The performance budgets, in one place.
export const BUDGET = {
  gzipKB: 150,
  loadOverFloorMs: 100,
  keyP95Ms: 16,
  autosaveMs: 2,
  list1000Ms: 100,
  fitAtLeast: 1000,
  // Issue 19: the first visit on a phone's link.
  lighthousePerfAtLeast: 98,
  firstDownloadKB: 200,
  throttledFirstControlMs: 1600,
};
export const QUOTA_5MIB = 5 * 1024 * 1024;
// Rows the app draws at once: the library's first page ("Show 50 more", src/ui/library.rs) and
// a comparison matrix's page (PAGE_ROWS, src/model/compare/page.rs). The list and matrix
// timings wait for that many rows (or every row, when there are fewer).
export const LIST_PAGE = 50;
export const MATRIX_PAGE = 25;

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  // nearest-rank
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
export const r2 = (x) => (x == null ? null : Math.round(x * 100) / 100);
