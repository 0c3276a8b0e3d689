// Screenshots of the current release build for the README and for a person to look at (not a
// test): light, dark, 360 px and print, of each main screen (start, a scorecard in a call, the
// library, compare, the rubric editor), plus the scorecard in compact mode.
// Usage, after a release build (trunk build --release --offline):
//   node scripts/screenshots.mjs [outdir]      (default docs/screenshots; serves dist/ itself)
// Each shot is the first screenful (1280x800, 360x740; print: the first 1000 px of the page at
// 800 px), so the PNGs stay small (the whole set is well under 1.5 MB).
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
  { name: "light", width: 1280, height: 800, scheme: "light" },
  { name: "dark", width: 1280, height: 800, scheme: "dark" },
  { name: "360", width: 360, height: 740, scheme: "light" },
  { name: "print", width: 800, height: 1000, scheme: "light", print: true },
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
    if (v.print) await page.emulateMedia({ media: "print" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${out}/${screen}-${v.name}.png`, animations: "disabled" });
    if (v.print) await page.emulateMedia({ media: "screen" });
  };
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("heading", { name: "New scorecard" }).waitFor();
  await shot("start");

  await start(page, "Alan Turing", "Linus Torvalds");
  await score(page, "API design", "3 Meets bar");
  await page.getByRole("button", { name: "All scorecards" }).click();
  await start(page, "Ada Lovelace", "Grace Hopper");
  await page.getByRole("button", { name: "Start call" }).click();
  await score(page, "API design", "4 Strong");
  await score(page, "Databases and query performance", "3 Meets bar");
  await page.getByLabel("Notes on API design").fill("Idempotency keys, cursor pagination.");
  await shot("scorecard");
  if (v.name === "light") {
    await page.getByRole("switch", { name: "Compact" }).check();
    await shot("scorecard-compact");
    await page.getByRole("switch", { name: "Compact" }).uncheck();
  }

  await page.getByRole("button", { name: "All scorecards" }).click();
  await page.getByRole("table").getByRole("rowheader").first().waitFor();
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
