// The benchmark's data sets, always in the app's own stored format: one real scorecard is
// created and completed through the UI (createTemplate), its stored documents are read back from
// localStorage, and clones with ids, names, dates and scores from a seeded PRNG are written next
// to it (seedCards) or into import files (importFiles).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { outDir } from "./common.mjs";

// In the page: writes `n` clones of the template card (seeded), plus the template's snapshot and
// an index listing them newest first. Returns the number of characters written.
export function seedCards({ n, seed, template, keepOpen }) {
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
    // The template card itself, opened at start, back in scoring so its fields take typing
    // (a completed card is read-only until reopened).
    const open = JSON.parse(template.card);
    open.scorecard.status = "scoring";
    delete open.scorecard.completed_at;
    localStorage.setItem(template.cardKey, JSON.stringify(open));
    list.unshift(template.id);
    localStorage.setItem(template.openKey, template.id);
  }
  const index = JSON.parse(template.index);
  index[template.indexField] = list;
  localStorage.setItem(template.indexKey, JSON.stringify(index));
  return chars;
}

export async function createTemplate(page, base) {
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
  // A recommendation that differs from the rule needs its one-line reason (src/ui/scorecard/rule.rs).
  const reason = page.locator("#recommendation-reason");
  if (await reason.count()) await reason.fill("Benchmark data: strong answers on the follow-ups.");
  await page.getByRole("button", { name: "Mark completed" }).click();
  // The app asks before completing with warnings still open.
  const reopen = page.getByRole("button", { name: "Reopen scorecard" });
  const anyway = page.getByRole("button", { name: "Complete anyway" });
  await reopen.or(anyway).first().waitFor();
  if (await anyway.isVisible()) await anyway.click();
  await reopen.waitFor();
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

/**
 * Writes the import data set: `n` clones of the exported card in one "scorecard-export" bundle,
 * split into files the app accepts. Returns their paths, the whole bundle's bytes and the count.
 */
export async function importFiles(exportDoc, n) {
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
  return { paths, fullBytes, parts };
}
