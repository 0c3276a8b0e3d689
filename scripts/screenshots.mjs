// Takes screenshots of the release build for a person to look at (not a test).
// Usage: node scripts/screenshots.mjs [outdir]   (serve dist/ first: node scripts/serve-dist.mjs)
import { chromium } from "@playwright/test";

const out = process.argv[2] ?? "screenshots";
const base = process.env.BASE_URL ?? "http://127.0.0.1:4173/";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [name, width, scheme] of [["desktop", 1280, "light"], ["desktop-dark", 1280, "dark"], ["narrow", 360, "light"]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.screenshot({ path: `${out}/${name}-start.png`, fullPage: true });
  await page.getByLabel("Candidate name").fill("Ada Lovelace");
  await page.getByLabel("Interviewer").fill("Grace Hopper");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await page.getByRole("radiogroup", { name: "API design", exact: true }).getByRole("radio", { name: "4 Strong" }).check();
  await page.getByRole("radiogroup", { name: "Security fundamentals", exact: true }).getByRole("radio", { name: "2 Below bar" }).check();
  await page.getByLabel("Notes on API design").fill("Idempotency keys, cursor pagination.");
  await page.getByRole("radio", { name: "Hire", exact: true }).check();
  await page.screenshot({ path: `${out}/${name}-card.png`, fullPage: true });
  await page.close();
}
await browser.close();
