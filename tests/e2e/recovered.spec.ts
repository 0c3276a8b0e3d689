import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

const CORRUPT = '{"format":"scorecard","version":1,"scorecard":{"candidate":"Grace Hopper"';
const FUTURE = '{"format":"scorecard","version":99,"scorecard":{"candidate":"Alan Turing","criteria":[{"score":3}]}}';

test("recovered data lists every backup, exports it byte for byte and restores what it can", async ({ page }) => {
  test.setTimeout(60_000);
  const app = new ScorecardApp(page);
  await app.open();
  // A card the app once wrote, turned into a whole version-1 document (rubric inline, no
  // decision rule) and left under a backup key, as a migration leftover would be.
  await app.start("Ada Lovelace", "Grace");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const leftover = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("scorecard:card:"))!;
    const doc = JSON.parse(localStorage.getItem(key)!);
    const snapshot = JSON.parse(localStorage.getItem(`scorecard:snapshot:${doc.rubric_ref}`)!);
    delete snapshot.rubric.decision_rule;
    const v1 = JSON.stringify({ format: "scorecard", version: 1, scorecard: { ...doc.scorecard, rubric: snapshot.rubric } });
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem("scorecard:card:broken", '{"format":"scorecard","version":1,"scorecard":{"candidate":"Grace Hopper"');
    localStorage.setItem("scorecard:card:future", '{"format":"scorecard","version":99,"scorecard":{"candidate":"Alan Turing","criteria":[{"score":3}]}}');
    return { key: `scorecard:backup:1700000000000:${key}`, text: v1 };
  });
  await page.reload();

  // The two unreadable cards were moved to backup keys; the library says so.
  await expect(page.getByRole("button", { name: "Recovered data (2)" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(0);

  await page.evaluate(({ key, text }) => localStorage.setItem(key, text), leftover);
  await page.reload();
  await page.getByRole("button", { name: "Recovered data (3)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Recovered data" })).toBeVisible();
  const items = page.getByRole("list").first().locator("> li");
  await expect(items).toHaveCount(3);

  const corrupt = items.filter({ hasText: "scorecard:card:broken" });
  await expect(corrupt.getByRole("heading", { level: 3 })).toHaveText("A scorecard");
  await expect(corrupt).toContainText(`Not JSON. It begins: ${CORRUPT}`);
  const future = items.filter({ hasText: "scorecard:card:future" });
  await expect(future.getByRole("heading", { level: 3 })).toHaveText("A scorecard: Alan Turing");
  await expect(future).toContainText('Format "scorecard", version 99');
  await expect(future).toContainText("1 of 1 criteria scored");
  const ada = items.filter({ hasText: leftover.key });
  await expect(ada).toContainText('Format "scorecard", version 1');
  await expect(ada).toContainText("Interviewer: Grace");
  await expect(ada).toContainText("Moved aside 2023-11-14 22:13 UTC");

  // The raw text is shown as text, collapsed until asked for.
  const raw = corrupt.getByText(CORRUPT, { exact: true });
  await expect(raw).toBeHidden();
  await corrupt.getByText("Raw text").click();
  await expect(raw).toBeVisible();

  // Export gives the stored text byte for byte, the key in the file's name.
  const downloading = page.waitForEvent("download");
  await future.getByRole("button", { name: /^Export scorecard:backup:\d+:scorecard:card:future$/ }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^scorecard-backup-\d+-scorecard-card-future\.json$/);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(await readFile(path, "utf8")).toBe(FUTURE);

  // What cannot be read says exactly why, and stays.
  await future.getByRole("button", { name: /^Try to restore / }).click();
  await expect(future.getByRole("alert")).toHaveText(
    "Not restored: The document is format version 99, newer than this app reads (up to 2). Update the app to open it.",
  );
  await corrupt.getByRole("button", { name: /^Try to restore / }).click();
  await expect(corrupt.getByRole("alert")).toContainText("Not restored: This is not valid JSON (EOF while parsing");
  await expect(items).toHaveCount(3);

  // The version-1 leftover reads through the migration and is stored again; its backup goes.
  await ada.getByRole("button", { name: `Try to restore ${leftover.key}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored as a scorecard of Ada Lovelace" })).toBeVisible();
  const stored = await app.storage();
  expect(stored[leftover.key]).toBeUndefined();
  expect(Object.keys(stored).filter((k) => k.startsWith("scorecard:backup:"))).toHaveLength(2);
  expect(Object.keys(stored).filter((k) => k.startsWith("scorecard:card:"))).toHaveLength(1);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // At 360 px nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByRole("button", { name: "Open it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ada Lovelace" })).toBeVisible();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByRole("table").getByRole("rowheader", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Recovered data (2)" })).toBeVisible();
});

test("the alert that moved data to a backup key opens Recovered data", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.evaluate((text) => localStorage.setItem("scorecard:card:broken", text), CORRUPT);
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(alert).toContainText("scorecard:backup:");
  await alert.getByRole("button", { name: "Recovered data" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Recovered data" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "scorecard:card:broken" }).first()).toBeVisible();
  // A storage problem that moved nothing aside has no such link.
  await page.goto("/");
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await app.start("Quota Quinn");
  const full = page.getByRole("alert").filter({ hasText: "Browser storage is full" });
  await expect(full).toBeVisible();
  await expect(full.getByRole("button", { name: "Recovered data" })).toHaveCount(0);
});
