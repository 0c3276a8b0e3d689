// Screenshots of the current release build for the README and for a person to look at (not a
// test): light, dark, 360 px and print, of each main screen (start, a scorecard in a call, the
// library, compare, the rubric editor).
// Usage, after a release build (trunk build --release --offline):
//   node scripts/screenshots.mjs [outdir]      (default docs/screenshots; serves dist/ itself)
// Each shot is one screenful (1280x720, 360x640; print: the first 900 px of the page at 800 px),
// the library scrolled to its list, so the whole set stays about 1.5 MB (no print shot of the
// start page or the rubric editor, which nobody prints).
import { chromium } from "@playwright/test";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { staticServer } from "./static-server.mjs";

const out = process.argv[2] ?? fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
await mkdir(out, { recursive: true });
const server = staticServer(fileURLToPath(new URL("../dist/", import.meta.url)));
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const VARIANTS = [
  { name: "light", width: 1280, height: 720, scheme: "light" },
  { name: "dark", width: 1280, height: 720, scheme: "dark" },
  { name: "360", width: 360, height: 640, scheme: "light" },
  { name: "print", width: 800, height: 900, scheme: "light", print: true },
];

const CRITERIA = ["API design", "Databases and query performance", "Concurrency and distributed systems",
  "Error handling and observability", "Security fundamentals"];
const SCALE = { 2: "2 Below bar", 3: "3 Meets bar", 4: "4 Strong", 5: "5 Exceptional" };
/** Candidate, interviewer, scores in criterion order, and the recommendation that completes it. */
const SEEDS = [
  ["Alan Turing", "Linus Torvalds", [4, 4, 3, 4, 3], "Hire"],
  ["Edsger Dijkstra", "Barbara Liskov", [3, 2, 3, 3, 2], "No Hire"],
  ["Margaret Hamilton", "Ken Thompson", [5, 4, 4, 3], null],
];

const nav = (page, name) => page.getByRole("navigation", { name: "Main" }).getByRole("button", { name }).click();
const score = (page, title, choice) =>
  page.getByRole("radiogroup", { name: title, exact: true }).getByRole("radio", { name: choice }).check();

async function start(page, candidate, interviewer) {
  await page.getByLabel("Candidate name").fill(candidate);
  await page.getByLabel("Interviewer").fill(interviewer);
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await page.getByRole("heading", { level: 1, name: candidate }).waitFor();
}

for (const v of VARIANTS) {
  const page = await browser.newPage({ viewport: { width: v.width, height: v.height }, colorScheme: v.scheme });
  const shot = async (screen) => {
    // Print is for what gets printed: a scorecard, the library's list, a comparison.
    if (v.print && (screen === "start" || screen === "editor")) return;
    if (v.print) {
      await page.emulateMedia({ media: "print" });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await page.mouse.move(0, 0); // no hover state left by the last click
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${out}/${screen}-${v.name}.png`, animations: "disabled" });
    if (v.print) await page.emulateMedia({ media: "screen" });
  };
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("heading", { name: "New scorecard" }).waitFor();
  await shot("start");

  // A few finished and unfinished cards, so the library and Compare show real rows.
  for (const [candidate, interviewer, scores, done] of SEEDS) {
    await start(page, candidate, interviewer);
    for (const [i, n] of scores.entries()) await score(page, CRITERIA[i], SCALE[n]);
    if (done) {
      await page.getByRole("radio", { name: done, exact: true }).check();
      await page.getByRole("button", { name: "Mark completed" }).click();
      await page.getByText(/^Completed at/).waitFor();
    }
    await page.getByRole("button", { name: "All scorecards" }).click();
  }
  await start(page, "Ada Lovelace", "Grace Hopper");
  await page.getByRole("button", { name: "Start call" }).click();
  await score(page, "API design", "4 Strong");
  await score(page, "Databases and query performance", "3 Meets bar");
  await page.getByLabel("Notes on API design").fill("Idempotency keys, cursor pagination.");
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await shot("scorecard");

  await page.getByRole("button", { name: "All scorecards" }).click();
  await page.getByRole("table").getByRole("rowheader").first().waitFor();
  // The list, not the new-card form above it: its heading at the top of the shot.
  await page.getByRole("heading", { name: "Scorecards in this browser" }).evaluate((h) => h.scrollIntoView());
  await shot("library");

  await nav(page, "Compare");
  await page.getByRole("button", { name: /^All of rubric Backend technical phone screen/ }).click();
  await page.getByRole("table").first().waitFor();
  await shot("compare");

  await nav(page, "Rubrics");
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  await page.getByRole("form", { name: "Edit rubric" }).waitFor();
  await shot("editor");
  await page.close();
}
await browser.close();
server.close();
