import { expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import { join } from "node:path";

// Built by scripts/test.sh (node scripts/single-file.mjs) from the release build.
const file = join(__dirname, "../../dist-single/scorecard.html");

test("the single-file build works opened from disk and keeps scores across a reload", async ({ page }) => {
  expect(existsSync(file), "run node scripts/single-file.mjs first").toBeTruthy();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("file://" + file);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel("Candidate name").fill("Ada Lovelace");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await page.getByRole("radiogroup", { name: "API design", exact: true }).getByRole("radio", { name: "4 Strong" }).check();
  await page.reload();
  await expect(page.getByRole("radiogroup", { name: "API design", exact: true }).getByRole("radio", { name: "4 Strong" })).toBeChecked();
  expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("data:"))).toEqual([]);
});
